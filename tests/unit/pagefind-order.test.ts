/**
 * The stable search index (src/render/pagefind-order.ts): the CBOR codec gives back Pagefind's exact
 * bytes, the names are Pagefind's own hashes, and the same pages in any order give the same files.
 */
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCbor, encodeCbor, pagefindHash, readIndexFile, stableFilters, type IndexFile } from "../../src/render/pagefind-order.ts";

const page = (i: number): { url: string; content: string } => ({
  url: `/peristiwa/p${i}/`,
  content: `<html lang="id"><body data-pagefind-body><h1>Peristiwa ${i}</h1><p>Kim Jong Un dan Xi Jinping ${i}</p>
    <span data-pagefind-filter="tahun">${2000 + (i % 7)}</span><span data-pagefind-filter="sumber">Sumber ${i % 5}</span>
    <span data-pagefind-filter="topik">Topik ${(i * 3) % 11}</span></body></html>`,
});

async function indexOf(order: number[]): Promise<IndexFile[]> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error("no index");
  for (const i of order) await index.addHTMLFile(page(i));
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return files.map((f) => ({ path: f.path, content: Buffer.from(f.content) }));
}

describe("a stable Pagefind index", () => {
  let first: IndexFile[];
  let second: IndexFile[];
  beforeAll(async () => {
    const pages = Array.from({ length: 40 }, (_, i) => i);
    first = await indexOf(pages);
    second = await indexOf(pages);
  });
  afterAll(async () => {
    await pagefind.close();
  });

  it("decodes and re-encodes every metadata and filter file to its exact bytes, and names filter files by Pagefind's own hash", () => {
    const files = first.filter((f) => f.path.endsWith(".pf_meta") || f.path.endsWith(".pf_filter"));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const raw = gunzipSync(f.content).subarray("pagefind_dcd".length);
      expect(encodeCbor(decodeCbor(raw)).equals(raw)).toBe(true);
      if (f.path.endsWith(".pf_filter")) expect(f.path).toBe(`filter/id_${pagefindHash(raw).slice(0, 7)}.pf_filter`);
    }
  });

  it("gives the same files, byte for byte, for the same pages (Pagefind alone does not)", () => {
    const names = (files: IndexFile[]): string[] => files.map((f) => f.path).sort();
    // Pagefind's own filter files differ between two runs (the chance of the same order: 1 in 5!·7!·11!)
    expect(names(first)).not.toEqual(names(second));
    const a = stableFilters(first);
    const b = stableFilters(second);
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(Buffer.compare(Buffer.from(f.content), Buffer.from(b[i]?.content ?? []))).toBe(0));
    // and idempotent: ordering an ordered index changes nothing
    const again = stableFilters(a);
    expect(again.map((f) => [f.path, Buffer.from(f.content).toString("base64")])).toEqual(a.map((f) => [f.path, Buffer.from(f.content).toString("base64")]));
  });

  it("keeps every filter value with its pages, in order of value, and the entry file pointing at the new metadata", () => {
    const stable = stableFilters(first);
    const entry = JSON.parse(Buffer.from(stable.find((f) => f.path === "pagefind-entry.json")?.content ?? []).toString()) as {
      languages: { id: { hash: string } };
    };
    const meta = readIndexFile(stable.find((f) => f.path === `pagefind.${entry.languages.id.hash}.pf_meta`)?.content ?? new Uint8Array()) as unknown[];
    const filters = meta[3] as [string, string][];
    expect(filters.map(([name]) => name)).toEqual(["sumber", "tahun", "topik"]);
    const decode = (files: IndexFile[], name: string): [string, number[]][] => {
      for (const f of files) {
        if (!f.path.endsWith(".pf_filter")) continue;
        const [n, values] = readIndexFile(f.content) as [string, [string, number[]][]];
        if (n === name) return values;
      }
      return [];
    };
    for (const [name, hash] of filters) {
      expect(stable.some((f) => f.path === `filter/${hash}.pf_filter`)).toBe(true);
      const values = decode(stable, name);
      expect(values.map(([v]) => v)).toEqual(values.map(([v]) => v).sort());
      expect(new Map(values)).toEqual(new Map(decode(first, name)));
    }
  });
});
