/** The content cache (src/content/cache.ts) and the loader with it: the same archive as without, and every change picked up. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeKey, DiskCache, type Cache } from "../../src/lib/cache.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { siteConfig } from "../../src/site/config.ts";
import { siteData } from "../../src/site/pages.ts";
import { copySeedArchive } from "../support/helpers.ts";
import { ROOT } from "../support/paths.ts";

const tempDir = (): string => mkdtempSync(join(tmpdir(), "arsip-cache-"));
const EVENT = "2021-03-22-kim-xi-bertukar-pesan";

/** Load `articles` with a cache in `dir`, as a command does: open, load, save. */
/** A cache that counts, by kind, the entries asked for and the entries made. */
function countingCache(cache: Cache): Cache & { asked: Map<string, number>; made: Map<string, number> } {
  const asked = new Map<string, number>();
  const made = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key.slice(0, key.indexOf(":")), (counts.get(key.slice(0, key.indexOf(":"))) ?? 0) + 1);
  return {
    asked,
    made,
    get<T>(key: string): T | undefined {
      count(asked, key);
      return cache.get<T>(key);
    },
    set(key: string, value: unknown) {
      count(made, key);
      cache.set(key, value);
    },
    keep: (key: string) => cache.keep(key),
  };
}

function loadWithCache(articles: string, dir: string) {
  const cache = DiskCache.open(dir, "test-code");
  const result = loadArchive(articles, { cache });
  cache.save();
  return result;
}

describe("the content cache", () => {
  it("keeps what a run set for the next run of the same code, and nothing for other code", () => {
    const dir = tempDir();
    const first = DiskCache.open(dir, "a");
    expect(first.get("k")).toBeUndefined();
    first.set("x:k", { marks: new Map([["x", new Map([[0, [{ start: 1, end: 2, others: ["y"] }]]])]]) });
    first.save();
    expect(DiskCache.open(dir, "a").get("x:k")).toEqual({ marks: new Map([["x", new Map([[0, [{ start: 1, end: 2, others: ["y"] }]]])]]) });
    expect(DiskCache.open(dir, "b").get("x:k")).toBeUndefined();
  });

  it("drops the entries of a kind this run used but did not ask for, and keeps the kinds it did not use", () => {
    const dir = tempDir();
    const first = DiskCache.open(dir, "a");
    first.set("file:old", 1);
    first.set("file:kept", 2);
    first.set("site:other", 3);
    first.save();
    const second = DiskCache.open(dir, "a");
    expect(second.get("file:kept")).toBe(2);
    second.save();
    const third = DiskCache.open(dir, "a");
    expect(third.get("file:old")).toBeUndefined();
    expect(third.get("file:kept")).toBe(2);
    expect(third.get("site:other")).toBe(3);
  });

  it("starts each run of a long-running command from what it saved last (the preview saves after every rebuild)", () => {
    const dir = tempDir();
    const cache = DiskCache.open(dir, "a");
    cache.set("file:first", 1);
    cache.save();
    cache.set("file:second", 2);
    cache.save();
    const reopened = DiskCache.open(dir, "a");
    expect(reopened.get("file:first")).toBeUndefined();
    expect(reopened.get("file:second")).toBe(2);
  });

  it("keeps a kind as it was when saved again with nothing used since (the preview's save after a rebuild can follow another)", () => {
    const dir = tempDir();
    const cache = DiskCache.open(dir, "a");
    cache.set("file:k", 1);
    cache.save();
    cache.save();
    expect(DiskCache.open(dir, "a").get("file:k")).toBe(1);
    expect(cache.get("file:k")).toBe(1);
  });

  it("treats a damaged cache file as an empty cache, and a damaged entry as no entry", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file.bin"), "not a cache");
    expect(DiskCache.open(dir, "a").get("file:k")).toBeUndefined();
    const cache = DiskCache.open(dir, "a");
    cache.set("file:k", { text: "satu" });
    cache.set("file:l", "dua");
    cache.save();
    const whole = readFileSync(join(dir, "file.bin"));
    expect(DiskCache.open(dir, "a").get("file:k")).toEqual({ text: "satu" });
    // cut short: nothing of it is trusted
    writeFileSync(join(dir, "file.bin"), whole.subarray(0, whole.length - 2));
    expect(DiskCache.open(dir, "a").get("file:k")).toBeUndefined();
    // one entry's value garbled (the last one, "dua"): that entry is gone, the other is intact
    const garbled = Buffer.from(whole);
    garbled.fill(0xff, garbled.length - 4);
    writeFileSync(join(dir, "file.bin"), garbled);
    const reopened = DiskCache.open(dir, "a");
    expect(reopened.get("file:l")).toBeUndefined();
    expect(reopened.get("file:k")).toEqual({ text: "satu" });
  });

  it("keeps a value as it was when set, and writes the entries it kept back as the bytes it read", () => {
    const dir = tempDir();
    const first = DiskCache.open(dir, "a");
    const value = { words: ["satu"] };
    first.set("file:k", value);
    value.words.push("dua");
    first.set("file:other", 1);
    first.save();
    const before = readFileSync(join(dir, "file.bin"));
    const second = DiskCache.open(dir, "a");
    expect(second.get("file:k")).toEqual({ words: ["satu"] });
    expect(second.get("file:other")).toBe(1);
    second.set("file:new", 2);
    second.save();
    // the kept entries' bytes reappear unchanged, followed by the new one
    const after = readFileSync(join(dir, "file.bin"));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(DiskCache.open(dir, "a").get("file:new")).toBe(2);
  });

  it("belongs to one version of the code: a changed source file or lock file changes the key", () => {
    const root = tempDir();
    mkdirSync(join(root, "src", "site"), { recursive: true });
    writeFileSync(join(root, "src", "site", "a.ts"), "export const a = 1;\n");
    writeFileSync(join(root, "package-lock.json"), "{}\n");
    const before = codeKey(root);
    expect(codeKey(root)).toBe(before);
    writeFileSync(join(root, "src", "site", "a.ts"), "export const a = 2;\n");
    const afterSource = codeKey(root);
    expect(afterSource).not.toBe(before);
    writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion": 3}\n');
    expect(codeKey(root)).not.toBe(afterSource);
    expect(codeKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeKey()).toBe(codeKey(ROOT));
  });
});

describe("loading with the cache", () => {
  it("gives the same archive and page data as loading without it, from a cold and from a warm cache", () => {
    const { articles } = copySeedArchive();
    const dir = tempDir();
    const plain = loadArchive(articles);
    const cold = loadWithCache(articles, dir);
    const warm = loadWithCache(articles, dir);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    const site = siteConfig({});
    if (!plain.archive || !warm.archive) throw new Error("the seed archive does not load");
    const cache = DiskCache.open(dir, "test-code");
    siteData(warm.archive, site, cache);
    cache.save();
    expect(JSON.stringify(siteData(warm.archive, site, DiskCache.open(dir, "test-code")))).toBe(JSON.stringify(siteData(plain.archive, site)));
  });

  it("makes the page data without reading any event's marks back: they are read when a page is written", () => {
    const { articles } = copySeedArchive();
    const dir = tempDir();
    const site = siteConfig({});
    const { archive } = loadArchive(articles);
    if (!archive) throw new Error("the seed archive does not load");
    const filled = DiskCache.open(dir, "test-code");
    siteData(archive, site, filled);
    filled.save();
    const cache = countingCache(DiskCache.open(dir, "test-code"));
    const data = siteData(archive, site, cache);
    const shared = data.eventPages.filter((p) => p.articles.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    expect(cache.asked.get("shared-quotations")).toBe(shared.length * 2);
    expect(cache.asked.get("shared-passages")).toBeUndefined();
    // writing a page with shared words reads its marks, and prints them
    expect(shared[0]?.articles.map((a) => a.html).join("")).toContain("<mark");
    expect(cache.asked.get("shared-passages")).toBeGreaterThan(0);
  });

  it("keeps the marks of the pages a run did not write, for the run that writes them", () => {
    const { articles } = copySeedArchive();
    // a second event whose outlets share words
    const copy = join(articles, "2021-03-23-kim-xi-bertukar-pesan-lagi");
    cpSync(join(articles, EVENT), copy, { recursive: true });
    writeFileSync(join(copy, "index.md"), readFileSync(join(copy, "index.md"), "utf8").replace("date: 2021-03-22", "date: 2021-03-23"));
    writeFileSync(join(copy, "kontan.md"), `${readFileSync(join(copy, "kontan.md"), "utf8")}\nKalimat tambahan.\n`);
    const dir = tempDir();
    const site = siteConfig({});
    const { archive } = loadArchive(articles);
    if (!archive) throw new Error("the seed archive does not load");
    const writeAll = (data: ReturnType<typeof siteData>) =>
      [...data.eventPages.flatMap((p) => p.articles), ...data.comparePages.flatMap((p) => p.columns)].map((x) => x.html).join("").length;
    const first = DiskCache.open(dir, "test-code");
    writeAll(siteData(archive, site, first));
    first.save();
    // a run that writes one page with shared words (the others are kept on disk)
    const second = DiskCache.open(dir, "test-code");
    const pages = siteData(archive, site, second).eventPages.filter((p) => p.articles.length > 1);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.articles.map((a) => a.html).join("")).toContain("<mark");
    second.save();
    // then one that writes every page (a template changed): no event's shared passages are searched again
    const third = countingCache(DiskCache.open(dir, "test-code"));
    expect(writeAll(siteData(archive, site, third))).toBeGreaterThan(0);
    expect(third.asked.get("shared-passages")).toBeGreaterThan(0);
    expect(third.made.get("shared-passages")).toBeUndefined();
  });

  it("keeps each event's spellings and each body's plain text, and picks up a new spelling in tags.yaml or sinonim.yaml", () => {
    const { articles } = copySeedArchive();
    const dir = tempDir();
    const site = siteConfig({});
    const build = (cache: DiskCache) => {
      const { archive } = loadArchive(articles, { cache });
      if (!archive) throw new Error("the seed archive does not load");
      const data = siteData(archive, site, cache);
      // a data file's text is made when read (views.ts plainFile), as the build reads it before saving the cache
      const json = data.files.find((f) => f.path === "/data/arsip.json")?.content;
      cache.save();
      return { spellings: data.eventPages.map((p) => p.spellings), json };
    };
    const uncached = () => build(DiskCache.open(tempDir(), "test-code"));
    build(DiskCache.open(dir, "test-code"));
    expect(readdirSync(dir).sort()).toEqual([
      "article.bin",
      "comparison.bin",
      "event.bin",
      "plain-text.bin",
      "printed-names.bin",
      "shared-passages.bin",
      "shared-quotations.bin",
      "spellings.bin",
    ]);
    expect(build(DiskCache.open(dir, "test-code"))).toEqual(uncached());
    // a new alias of a tag, and a new name in a synonym group: every page mentioning the thing gets it
    const tags = join(articles, "tags.yaml");
    writeFileSync(tags, readFileSync(tags, "utf8").replace("aliases: [Kim Jong-un, Jong-un]", "aliases: [Kim Jong-un, Jong-un, Kim Jong Eun]"));
    const synonyms = join(articles, "sinonim.yaml");
    writeFileSync(synonyms, readFileSync(synonyms, "utf8").replace("- [Korea Utara, Korut,", "- [Korea Utara, Korea Utara Raya, Korut,"));
    const warm = build(DiskCache.open(dir, "test-code"));
    expect(warm.spellings.filter((s) => s.includes("Kim Jong Eun"))).toHaveLength(4);
    expect(warm.spellings.filter((s) => s.includes("Korea Utara Raya")).length).toBeGreaterThan(0);
    expect(warm).toEqual(uncached());
    // and an edited text reaches arsip.json's plain text
    const file = join(articles, EVENT, "kontan.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n---\n/, "\n---\nKalimat **baru** di awal.\n\n"));
    const edited = build(DiskCache.open(dir, "test-code"));
    expect(edited.json).toContain('"text": "Kalimat baru di awal.');
    expect(edited).toEqual(uncached());
  });

  it("picks up a changed file", () => {
    const { articles } = copySeedArchive();
    const dir = tempDir();
    loadWithCache(articles, dir);
    const file = join(articles, EVENT, "kontan.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n---\n/, "\n---\nKalimat baru di awal.\n\n"));
    const article = loadWithCache(articles, dir)
      .archive?.events.find((e) => e.id === EVENT)
      ?.articles.find((a) => a.id === "kontan");
    expect(article?.body.startsWith("Kalimat baru di awal.")).toBe(true);
  });

  it("picks up a changed tag vocabulary: a tag removed from tags.yaml is reported in the cached file, with its line", () => {
    const { articles } = copySeedArchive();
    const dir = tempDir();
    expect(loadWithCache(articles, dir).archive).toBeDefined();
    const tags = join(articles, "tags.yaml");
    const text = readFileSync(tags, "utf8");
    const withoutSongTao = text.replace("song-tao:\n  label: Song Tao\n  kind: tokoh\n", "");
    expect(withoutSongTao).not.toBe(text);
    const fresh = tempDir();
    cpSync(articles, join(fresh, "articles"), { recursive: true });
    // song-tao is listed by the 2021 event's index.md
    writeFileSync(tags, withoutSongTao);
    writeFileSync(join(fresh, "articles", "tags.yaml"), withoutSongTao);
    const warm = loadWithCache(articles, dir);
    const uncached = loadArchive(join(fresh, "articles"));
    expect(warm.archive).toBeUndefined();
    const unknown = warm.problems.filter((p) => p.code === "tag.unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((p) => typeof p.line === "number")).toBe(true);
    expect(warm.problems.map((p) => [p.file.replace(/^.*articles\//, ""), p.line, p.field, p.code])).toEqual(
      uncached.problems.map((p) => [p.file.replace(/^.*articles\//, ""), p.line, p.field, p.code]),
    );
  });
});
