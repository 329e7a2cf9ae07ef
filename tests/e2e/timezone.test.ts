/** The same dates whatever the machine's time zone: builds under TZ=America/Los_Angeles and TZ=Asia/Tokyo are identical. */
import { indexedPages } from "../../src/render/search-index.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, listFiles, SEED_ARTICLES } from "../support/helpers.ts";

/** Every file of a built site, the search index included (the build makes it the same for the same site: src/render/pagefind-order.ts). */
function snapshot(out: string): Map<string, string> {
  return new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), "latin1")]));
}

describe("time zones and determinism", () => {
  it("builds byte-identical sites under America/Los_Angeles and Asia/Tokyo", async () => {
    const la = await buildSite(SEED_ARTICLES, { TZ: "America/Los_Angeles" });
    const tokyo = await buildSite(SEED_ARTICLES, { TZ: "Asia/Tokyo" });
    expect(la.status, la.stderr).toBe(0);
    expect(tokyo.status, tokyo.stderr).toBe(0);
    const a = snapshot(la.out);
    const b = snapshot(tokyo.out);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, text] of a) expect(b.get(file), file).toBe(text);
    const page = a.get("peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html") ?? "";
    expect(page).toContain('<time datetime="2021-03-22">Senin, 22 Maret 2021</time>');
    expect(a.get("peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/index.html")).toContain("Kamis, 2 November 2017 15.23 WIB");
    expect(a.size).toBeGreaterThan(50);
    expect([...a.keys()].filter((f) => f.startsWith("pagefind/")).length).toBeGreaterThan(5);
    // the search index covers the same pages either way
    const entry = (out: string) => indexedPages(out);
    expect(entry(la.out)).toBe(entry(tokyo.out));
    expect(entry(la.out)).toBe(4);
  });
});
