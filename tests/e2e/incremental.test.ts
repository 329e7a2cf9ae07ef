/**
 * Builds that keep what did not change (src/render/reuse.ts) with a warm content cache
 * (src/content/cache.ts) must give exactly the site a build from nothing gives. Each step changes
 * the archive (or the templates), builds again over the previous output with the cache of the
 * builds before, builds the same content into an empty folder without a cache, and compares every
 * file, the search index and the list of what was written included.
 */
import { appendFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DiskCache, NO_CACHE } from "../../src/lib/cache.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { writeBuild, type BuildResult } from "../../src/render/build.ts";
import { pagesListFile } from "../../src/render/reuse.ts";
import { TEMPLATES_DIR } from "../../src/render/eleventy.ts";
import { siteConfig } from "../../src/site/config.ts";
import { sha256 } from "../../src/lib/hash.ts";
import { copySeedArchive, listFiles } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });
const EVENT = "2021-03-22-kim-xi-bertukar-pesan";
const OTHER = "2017-11-02-xi-jinping-balas-pesan-kim-jong-un";

/** Build as `npm run build` does: with `cacheDir`, through the content cache, opened before and saved after. */
async function build(articles: string, output: string, templates: string, cacheDir?: string): Promise<BuildResult> {
  const cache = cacheDir === undefined ? NO_CACHE : DiskCache.open(cacheDir);
  const { archive, problems } = loadArchive(articles, { cache });
  if (!archive) throw new Error(problems.map((p) => JSON.stringify(p)).join("\n"));
  const result = await writeBuild(archive, SITE, output, { templates, cache });
  if (cache instanceof DiskCache) cache.save();
  return result;
}

/** Files that differ between two sites. */
function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  const other = listFiles(b);
  const missing = [...files.filter((f) => !other.includes(f)), ...other.filter((f) => !files.includes(f))].map((f) => `only in one: ${f}`);
  return [...missing, ...files.filter((f) => other.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))];
}

/** An event of its own on `date`, with one article and no tag. */
function makeEvent(folder: string, date: string): void {
  mkdirSync(folder);
  writeFileSync(join(folder, "index.md"), `---\ntitle: Peristiwa tahun baru\ndate: ${date}\nsummary: Ringkasan.\n---\nLatar.\n`);
  writeFileSync(join(folder, "liputan.md"), `---\ntitle: Liputan tahun baru\noutlet: Contoh Warta\npublished: ${date}\n---\nTeks liputan.\n`);
}

describe("a build over the previous one", () => {
  const { articles } = copySeedArchive();
  const work = mkdtempSync(join(tmpdir(), "arsip-incremental-"));
  const output = join(work, "_site");
  const cacheDir = join(work, "cache");
  let templates = TEMPLATES_DIR;
  let cold = 0;

  /** Build again over `output` and from nothing; both must be the same site. */
  async function warmAndCold(): Promise<BuildResult> {
    const warm = await build(articles, output, templates, cacheDir);
    const fresh = join(work, `cold-${++cold}`);
    await build(articles, fresh, templates);
    expect(differences(output, fresh)).toEqual([]);
    // and the list of what was written, beside each
    expect(readFileSync(pagesListFile(fresh), "utf8")).toBe(readFileSync(pagesListFile(output), "utf8"));
    rmSync(fresh, { recursive: true });
    rmSync(pagesListFile(fresh));
    return warm;
  }

  beforeAll(async () => {
    await build(articles, output, templates, cacheDir);
  });

  it("keeps every page, file and the search index when nothing changed, without touching them", async () => {
    const before = statSync(join(output, "peristiwa", EVENT, "index.html"));
    const r = await warmAndCold();
    expect(r.kept).toEqual({
      pages: r.kept.pagesTotal,
      pagesTotal: r.kept.pagesTotal,
      files: r.kept.filesTotal,
      filesTotal: r.kept.filesTotal,
      searchParts: 4,
      searchPartsTotal: 4,
    });
    const after = statSync(join(output, "peristiwa", EVENT, "index.html"));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("an added article: the pages that show it are written again, the others kept", async () => {
    // robots.txt does not change; the other events' pages do, since their related-event cards show this event's outlets
    const robots = statSync(join(output, "robots.txt"));
    writeFileSync(
      join(articles, EVENT, "tambahan.md"),
      "---\ntitle: Liputan tambahan\noutlet: Contoh Warta\npublished: 2021-03-23\n---\nKim dan Xi bertukar pesan lagi.\n",
    );
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(r.kept.pages).toBeLessThan(r.kept.pagesTotal);
    expect(r.kept.searchParts).toBeLessThan(r.kept.searchPartsTotal);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Kim dan Xi bertukar pesan lagi.");
    expect(statSync(join(output, "robots.txt")).mtimeMs).toBe(robots.mtimeMs);
  });

  it("an edited article", async () => {
    writeFileSync(
      join(articles, EVENT, "tambahan.md"),
      "---\ntitle: Liputan tambahan\noutlet: Contoh Warta\npublished: 2021-03-23\n---\nKalimat yang diubah.\n",
    );
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    // a text no other page shows: only its event's year of the search index is indexed again
    expect([r.kept.searchParts, r.kept.searchPartsTotal]).toEqual([3, 4]);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Kalimat yang diubah.");
  });

  it("an edited event background (a body nothing else on the page fingerprints)", async () => {
    const index = join(articles, EVENT, "index.md");
    writeFileSync(index, `${readFileSync(index, "utf8").trimEnd()}\n\nLatar belakang yang ditambahkan.\n`);
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Latar belakang yang ditambahkan.");
  });

  it("an event of a new year: a new part of the search index, with Pagefind's script, which the part that was newest no longer has", async () => {
    const event = join(articles, "2025-01-02-peristiwa-tahun-baru");
    makeEvent(event, "2025-01-02");
    const r = await warmAndCold();
    expect(r.kept.searchPartsTotal).toBe(5);
    expect(r.kept.searchParts).toBeLessThan(5);
    expect(listFiles(output).filter((f) => f.endsWith("/pagefind.js"))).toEqual(["pagefind/2025/pagefind.js"]);
    rmSync(event, { recursive: true });
    const back = await warmAndCold();
    expect(back.kept.searchPartsTotal).toBe(4);
    expect(listFiles(output).filter((f) => f.endsWith("/pagefind.js"))).toEqual(["pagefind/2024/pagefind.js"]);
  });

  it("a deleted article", async () => {
    rmSync(join(articles, EVENT, "tambahan.md"));
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(listFiles(output).some((f) => f.includes("tambahan"))).toBe(false);
  });

  it("a renamed event: the old address is gone", async () => {
    renameSync(join(articles, OTHER), join(articles, `${OTHER}-baru`));
    // its storyline names it by its folder
    const storylines = join(articles, "rangkaian.yaml");
    writeFileSync(storylines, readFileSync(storylines, "utf8").replace(`- ${OTHER}\n`, `- ${OTHER}-baru\n`));
    await warmAndCold();
    expect(listFiles(output)).toContain(`peristiwa/${OTHER}-baru/index.html`);
    expect(listFiles(output)).not.toContain(`peristiwa/${OTHER}/index.html`);
  });

  it("a changed tag label", async () => {
    const tags = join(articles, "tags.yaml");
    writeFileSync(tags, readFileSync(tags, "utf8").replace("label: Xi Jinping", "label: Presiden Xi Jinping"));
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Presiden Xi Jinping");
  });

  it("a changed agency in kantor-berita.yaml: its label on the event pages that cite it, its page and feed", async () => {
    const agencies = join(articles, "kantor-berita.yaml");
    // the label becomes the full name, and "AP", which the article writes, an alias
    writeFileSync(
      agencies,
      readFileSync(agencies, "utf8").replace(
        "label: AP\n  kind: internasional\n  aliases: [Associated Press,",
        "label: Associated Press\n  kind: internasional\n  aliases: [AP,",
      ),
    );
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("mengutip <bdi>Associated Press</bdi>");
    expect(readFileSync(join(output, "kantor-berita", "ap", "feed.json"), "utf8")).toContain('"title": "Mengutip Associated Press ·');
  });

  it("a changed storyline in rangkaian.yaml: its page and its events' pages", async () => {
    const storylines = join(articles, "rangkaian.yaml");
    writeFileSync(storylines, readFileSync(storylines, "utf8").replace("title: Pertukaran pesan Kim Jong Un dan Xi Jinping", "title: Pesan-pesan Kim dan Xi"));
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Pesan-pesan Kim dan Xi</a>: peristiwa ke-2 dari 2");
  });

  it("a changed sinonim.yaml: the pages whose spellings change, and the search index, are written again", async () => {
    const synonyms = join(articles, "sinonim.yaml");
    writeFileSync(synonyms, `${readFileSync(synonyms, "utf8")}- [Xi Jinping, Presiden Xi]\n`);
    const r = await warmAndCold();
    expect(r.kept.pages).toBeGreaterThan(0);
    expect(r.kept.pages).toBeLessThan(r.kept.pagesTotal);
    expect(r.kept.searchParts).toBeLessThan(r.kept.searchPartsTotal);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Presiden Xi");
  });

  it("a page changed by hand in the output is written again", async () => {
    appendFileSync(join(output, "peristiwa", EVENT, "index.html"), "<!-- diubah -->");
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(r.kept.pagesTotal - 1);
  });

  it("keeps the list of what was written outside the output, so that a page edited with a forged list is written again", async () => {
    expect(listFiles(output).filter((f) => f.includes("arsip-pages"))).toEqual([]);
    const page = join(output, "index.html");
    const forged = readFileSync(page, "utf8").replace("</head>", '<script src="https://evil.example/x.js"></script></head>');
    writeFileSync(page, forged);
    // whoever can write the published folder can only write there: a list left in it is not read
    const list = JSON.parse(readFileSync(pagesListFile(output), "utf8")) as { pages: Record<string, { sha256: string }> };
    writeFileSync(
      join(output, ".arsip-pages.json"),
      JSON.stringify({ ...list, pages: { ...list.pages, "/": { ...list.pages["/"], sha256: sha256(forged) } } }),
    );
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(r.kept.pagesTotal - 1);
    expect(readFileSync(page, "utf8")).not.toContain("evil.example");
  });

  it("builds from nothing when the output was deleted by hand, whatever list lies beside it", async () => {
    rmSync(output, { recursive: true });
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(0);
  });

  it("writes again a kept file that is also linked from outside the output", async () => {
    const page = join(output, "peristiwa", EVENT, "index.html");
    const outside = join(work, "linked.html");
    linkSync(page, outside);
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(r.kept.pagesTotal - 1);
    expect(statSync(page).nlink).toBe(1);
    rmSync(outside);
  });

  it("an edited list of what was written cannot make a build keep another file, or one outside the output", async () => {
    const listFile = pagesListFile(output);
    type List = { pages: Record<string, { file: string; sha256: string }> };
    const read = (): List => JSON.parse(readFileSync(listFile, "utf8")) as List;
    const entry = (list: List, url: string) => {
      const e = list.pages[url];
      if (!e) throw new Error(`the list has no ${url}`);
      return e;
    };
    // the home page's entry names the 404 page's file, with that file's true bytes: the home page is rendered again
    const swapped = read();
    swapped.pages["/"] = { ...entry(swapped, "/"), file: entry(swapped, "/404.html").file, sha256: entry(swapped, "/404.html").sha256 };
    writeFileSync(listFile, JSON.stringify(swapped));
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(r.kept.pagesTotal - 1);
    // an entry naming a file outside the output, or a list that is not a list: the whole list is ignored
    const outside = read();
    writeFileSync(join(work, "outside.txt"), "not the site's");
    outside.pages["/robots.txt"] = { ...entry(outside, "/robots.txt"), file: "../outside.txt" };
    writeFileSync(listFile, JSON.stringify(outside));
    expect((await warmAndCold()).kept.pages).toBe(0);
    writeFileSync(listFile, JSON.stringify({ ...read(), pages: null }));
    expect((await warmAndCold()).kept.pages).toBe(0);
  });

  it("a changed template and a changed asset: nothing is kept but what has the same name and bytes", async () => {
    templates = join(work, "templates");
    cpSync(TEMPLATES_DIR, templates, { recursive: true });
    const page = join(templates, "_includes", "pages", "peristiwa.njk");
    writeFileSync(page, readFileSync(page, "utf8").replace("</article>", "<p>Templat diubah.</p></article>"));
    appendFileSync(join(templates, "assets", "style.css"), "\n.diubah { color: inherit; }\n");
    const r = await warmAndCold();
    expect(r.kept.pages).toBe(0);
    expect(readFileSync(join(output, "peristiwa", EVENT, "index.html"), "utf8")).toContain("Templat diubah.");
  });
});
