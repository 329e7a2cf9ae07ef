/** The preview's partial rebuilds (src/render/preview.ts): what each rebuild hands Eleventy. */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { laterRun, TEMPLATES_DIR } from "../../src/render/eleventy.ts";
import { folderLook, folderState, PreviewRebuilds, type PreviewData } from "../../src/render/preview.ts";
import { siteConfig } from "../../src/site/config.ts";
import { pageEntries } from "../../src/site/page-list.ts";
import { siteData } from "../../src/site/pages.ts";
import { plainFile, type PlainFile } from "../../src/site/views.ts";
import { SEED_ARTICLES } from "../support/paths.ts";

const count = (data: PreviewData): number => pageEntries(data).length;

/** One rebuild as Eleventy runs it: select, "write" every selected page, finish. */
function rebuild(rebuilds: PreviewRebuilds, data: PreviewData): number {
  const selected = rebuilds.select(data);
  for (const e of pageEntries(selected)) rebuilds.wrote(e.url, join(tmpdir(), "unused", e.url));
  rebuilds.finish();
  return count(selected);
}

describe("the preview's rebuilds", () => {
  const { archive } = loadArchive(SEED_ARTICLES);
  if (!archive) throw new Error("the seed archive does not load");
  const data = siteData(archive, siteConfig({}));

  it("render the first build in batches: every page once, then nothing until something changes; other errors shown start over", () => {
    const rebuilds = new PreviewRebuilds(mkdtempSync(join(tmpdir(), "arsip-preview-")), TEMPLATES_DIR);
    const batch = (d: PreviewData): string[] => {
      const selected = rebuilds.select(d, 10);
      const urls = pageEntries(selected).map((e) => e.url);
      for (const url of urls) rebuilds.wrote(url, join(tmpdir(), "unused", url));
      rebuilds.finish();
      return urls;
    };
    const urls: string[] = [];
    let batches = 0;
    do {
      const got = batch(data);
      expect(got.length).toBeLessThanOrEqual(10);
      urls.push(...got);
      batches++;
    } while (rebuilds.more);
    expect(urls.sort()).toEqual(
      pageEntries(data)
        .map((e) => e.url)
        .sort(),
    );
    expect(batches).toBe(Math.ceil(count(data) / 10));
    expect(rebuild(rebuilds, data)).toBe(0);
    // the errors panel over every page: every page again, in batches
    const errors = { ...data, errors: ["articles/x/index.md:1 …"] };
    expect(batch(errors)).toHaveLength(10);
    expect(rebuilds.more).toBe(true);
    expect(rebuild(rebuilds, errors)).toBe(count(data) - 10);
  });

  it("render every page first, then only what changed, everything when the errors shown or a template change", () => {
    const templates = join(mkdtempSync(join(tmpdir(), "arsip-templates-")), "templates");
    cpSync(TEMPLATES_DIR, templates, { recursive: true });
    const rebuilds = new PreviewRebuilds(mkdtempSync(join(tmpdir(), "arsip-preview-")), templates);
    const all = count(data);
    expect(rebuild(rebuilds, data)).toBe(all);
    expect(rebuild(rebuilds, data)).toBe(0);
    const [first, ...others] = data.eventPages;
    if (!first) throw new Error("no event page");
    expect(rebuild(rebuilds, { ...data, eventPages: [{ ...first, title: "Judul lain" }, ...others] })).toBe(1);
    expect(rebuild(rebuilds, { ...data, errors: ["articles/x/index.md:1 …"] })).toBe(all);
    expect(rebuild(rebuilds, data)).toBe(all);
    appendFileSync(join(templates, "_includes", "layout.njk"), "\n");
    expect(rebuild(rebuilds, data)).toBe(all);
  });

  it("remove what an earlier preview left on the first rebuild, then what a later rebuild no longer writes, and nothing else", () => {
    const out = mkdtempSync(join(tmpdir(), "arsip-preview-"));
    const put = (path: string): string => {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), "x");
      return join(out, path);
    };
    put("peristiwa/dari-pratinjau-lama/index.html");
    put("assets/gaya.css");
    put("pagefind/pagefind.js");
    const rebuilds = new PreviewRebuilds(out, TEMPLATES_DIR);
    const run = (d: PreviewData): { removed: string[] } => {
      for (const e of pageEntries(rebuilds.select(d))) rebuilds.wrote(e.url, put(`${e.url.replace(/^\//, "")}${e.url.endsWith("/") ? "index.html" : ""}`));
      return rebuilds.finish();
    };
    expect(run(data).removed).toEqual(["peristiwa/dari-pratinjau-lama/index.html"]);
    const [first, ...others] = data.eventPages;
    if (!first) throw new Error("no event page");
    const page = `peristiwa/${first.id}/index.html`;
    const citation = data.files.find((f) => f.path.startsWith(`/peristiwa/${first.id}/`))?.path.slice(1) ?? "";
    expect(existsSync(join(out, page)) && existsSync(join(out, citation))).toBe(true);
    const removed = run({ ...data, eventPages: others, files: data.files.filter((f) => !f.path.startsWith(`/peristiwa/${first.id}/`)) }).removed;
    expect(removed).toContain(page);
    expect(removed).toContain(citation);
    expect(existsSync(join(out, "peristiwa", first.id))).toBe(false);
    expect(existsSync(join(out, "assets/gaya.css")) && existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    expect(run({ ...data, eventPages: others, files: data.files.filter((f) => !f.path.startsWith(`/peristiwa/${first.id}/`)) }).removed).toEqual([]);
    // a rebuild that failed after writing the page again (no finish), then one without the event: the page goes
    for (const e of pageEntries(rebuilds.select(data))) if (e.url === `/${page.replace(/index\.html$/, "")}`) rebuilds.wrote(e.url, put(page));
    expect(existsSync(join(out, page))).toBe(true);
    expect(run({ ...data, eventPages: others }).removed).toEqual([page]);
    expect(existsSync(join(out, page))).toBe(false);
  });

  it("write a plain file again only when its key (or, without one, its text) changed; a file with the key on disk is never made", () => {
    const out = mkdtempSync(join(tmpdir(), "arsip-preview-"));
    const rebuilds = new PreviewRebuilds(out, TEMPLATES_DIR);
    const made: string[] = [];
    const file = (path: string, text: string, key?: string): PlainFile =>
      plainFile(
        path,
        () => {
          made.push(path);
          return text;
        },
        key === undefined ? undefined : () => key,
      );
    const run = (files: PlainFile[]): string[] => {
      made.length = 0;
      rebuild(rebuilds, { ...data, files });
      return [...made];
    };
    expect(run([file("/a.bib", "A", "item a"), file("/data/all.json", "1")]).sort()).toEqual(["/a.bib", "/data/all.json"]);
    // the keyed file is not made again; the whole-archive file is made, compared and left as it is
    expect(run([file("/a.bib", "A", "item a"), file("/data/all.json", "1")])).toEqual(["/data/all.json"]);
    expect(run([file("/a.bib", "A2", "item a2"), file("/data/all.json", "2")]).sort()).toEqual(["/a.bib", "/data/all.json"]);
    expect(readFileSync(join(out, "a.bib"), "utf8")).toBe("A2");
    expect(readFileSync(join(out, "data", "all.json"), "utf8")).toBe("2");
  });

  it("ask for the next batch's rebuild during one: it starts once that one has ended, never inside it; at once when none is under way", () => {
    let running = false;
    const runs: string[] = [];
    const again = laterRun(
      () => running,
      () => runs.push(running ? "inside a run" : "after it"),
    );
    running = true;
    again.ask();
    again.ask();
    expect(runs).toEqual([]);
    // Eleventy says a run ended for a save it only queued during the run: still inside it
    again.ended();
    expect(runs).toEqual([]);
    running = false;
    again.ended();
    // asked twice during one run: one more run
    again.ended();
    expect(runs).toEqual(["after it"]);
    again.ask();
    expect(runs).toEqual(["after it", "after it"]);
  });

  it("look at the folder beside the watcher: rebuild a difference that stays for two looks with no rebuild under way, and nothing else", () => {
    let state = "read";
    let seen = "read";
    let running = false;
    let rebuilds = 0;
    const look = folderLook(
      () => state,
      () => seen,
      () => running,
      () => rebuilds++,
    );
    look();
    expect(rebuilds).toBe(0);
    // a save: the first look waits (the watcher may be about to report it), the second rebuilds
    state = "saved";
    look();
    expect(rebuilds).toBe(0);
    look();
    expect(rebuilds).toBe(1);
    // the watcher reported a save and its rebuild read it: nothing to do
    state = "saved again";
    look();
    seen = "saved again";
    look();
    look();
    expect(rebuilds).toBe(1);
    // during a rebuild the folder is not looked at, and a look before it counts for nothing after it
    state = "third";
    look();
    running = true;
    look();
    running = false;
    look();
    expect(rebuilds).toBe(1);
    // a file that keeps changing is rebuilt once it stays the same for two looks
    state = "fourth";
    look();
    expect(rebuilds).toBe(1);
    look();
    expect(rebuilds).toBe(2);
  });

  it("render again a page a rebuild selected but did not write", () => {
    const rebuilds = new PreviewRebuilds(mkdtempSync(join(tmpdir(), "arsip-preview-")), TEMPLATES_DIR);
    rebuild(rebuilds, data);
    const [first, ...others] = data.eventPages;
    if (!first) throw new Error("no event page");
    const changed = { ...data, eventPages: [{ ...first, title: "Judul lain" }, ...others] };
    expect(count(rebuilds.select(changed))).toBe(1);
    rebuilds.finish();
    expect(count(rebuilds.select(changed))).toBe(1);
  });
});

describe("the state of the articles folder (a save the watcher did not report)", () => {
  it("changes with a file's text, a new file, a removed file and a renamed folder; not by reading; and survives links that loop or leave", () => {
    const dir = mkdtempSync(join(tmpdir(), "arsip-state-"));
    mkdirSync(join(dir, "e"));
    writeFileSync(join(dir, "tags.yaml"), "a:\n  label: A\n  kind: topik\n");
    writeFileSync(join(dir, "e", "index.md"), "x");
    const first = folderState(dir);
    expect(folderState(dir)).toBe(first);
    // the same bytes written again, a second later: another modification time
    utimesSync(join(dir, "tags.yaml"), new Date(), new Date(Date.now() + 1000));
    const touched = folderState(dir);
    expect(touched).not.toBe(first);
    appendFileSync(join(dir, "tags.yaml"), "b:\n  label: B\n  kind: topik\n");
    const edited = folderState(dir);
    expect(edited).not.toBe(touched);
    writeFileSync(join(dir, "e", "baru.md"), "y");
    const added = folderState(dir);
    expect(added).not.toBe(edited);
    rmSync(join(dir, "e", "baru.md"));
    expect(folderState(dir)).toBe(edited);
    renameSync(join(dir, "e"), join(dir, "f"));
    expect(folderState(dir)).not.toBe(edited);
    symlinkSync(dir, join(dir, "f", "loop"));
    symlinkSync("/usr", join(dir, "f", "usr"));
    symlinkSync(join(dir, "nowhere"), join(dir, "f", "dangling"));
    expect(folderState(dir)).toMatch(/^[0-9a-f]{64}$/);
    rmSync(dir, { recursive: true });
  });
});
