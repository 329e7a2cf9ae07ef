/** Writing the plain files of a build (src/render/plain-files.ts): what is kept from the previous build, and what is made. */
import { existsSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writePlain } from "../../src/render/plain-files.ts";
import { PAGES_LIST_VERSION, type PagesList } from "../../src/render/reuse.ts";
import { plainFile, type PlainFile } from "../../src/site/views.ts";

const emptyList = (): PagesList => ({ version: PAGES_LIST_VERSION, key: "test", pages: {}, files: {}, search: {} });

describe("a build's plain files", () => {
  // a JSON Feed large enough for compressed copies (precompressed.ts: 1 MiB), with a key, and a small citation file
  const big = `${JSON.stringify({ items: Array.from({ length: 100_000 }, (_, i) => `entri ${i}`) })}\n`;
  const made: string[] = [];
  const files = (key: string): PlainFile[] => [
    plainFile(
      "/feed.json",
      () => {
        made.push("/feed.json");
        return big;
      },
      () => key,
    ),
    plainFile(
      "/peristiwa/a/b.bib",
      () => {
        made.push("/peristiwa/a/b.bib");
        return "@article{a/b}\n";
      },
      () => `${key} b`,
    ),
  ];
  const build = async (key: string, previous?: { dir: string; list: PagesList }) => {
    const dir = mkdtempSync(join(tmpdir(), "arsip-plain-"));
    const written = emptyList();
    made.length = 0;
    const kept = await writePlain(
      dir,
      files(key),
      previous && { dir: previous.dir, real: realpathSync(previous.dir), list: previous.list },
      written,
      new Set(),
    );
    return { dir, list: written, kept, made: [...made].sort() };
  };

  it("keeps a file whose key is the previous build's, with its compressed copies, without making its text", async () => {
    const first = await build("k1");
    expect(first.made).toEqual(["/feed.json", "/peristiwa/a/b.bib"]);
    expect(Object.keys(first.list.files).sort()).toEqual(["/feed.json", "/feed.json.br", "/feed.json.gz", "/peristiwa/a/b.bib"]);
    const second = await build("k1", first);
    expect(second.made).toEqual([]);
    expect(second.kept).toBe(2);
    expect(second.list).toEqual(first.list);
    for (const f of ["feed.json", "feed.json.br", "feed.json.gz", "peristiwa/a/b.bib"]) expect(existsSync(join(second.dir, f))).toBe(true);
    // another key: made again
    expect((await build("k2", second)).made).toEqual(["/feed.json", "/peristiwa/a/b.bib"]);
  });

  it("makes the file again when the previous list lacks a compressed copy its size asks for", async () => {
    const first = await build("k1");
    const rest = Object.fromEntries(Object.entries(first.list.files).filter(([path]) => path !== "/feed.json.gz"));
    const second = await build("k1", { dir: first.dir, list: { ...first.list, files: rest } });
    expect(second.made).toEqual(["/feed.json"]);
    expect(existsSync(join(second.dir, "feed.json.gz"))).toBe(true);
    expect(second.list.files).toEqual(first.list.files);
  });
});
