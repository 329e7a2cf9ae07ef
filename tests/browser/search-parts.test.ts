/**
 * The search index in parts (one per year, src/site/search-parts.ts) against one index of the same
 * site: the search page must find the same events, in the same newest-first order, with the same
 * facet counts and excerpts, whichever way the index is laid out.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/perf/generate.ts";
import { buildSite, FIXTURE_TAGS, listFiles, makeArchive } from "../support/helpers.ts";
import { ONE_PART, withOneIndex } from "../support/single-index.ts";
import { hasChromium, launch } from "./chromium.ts";
import { serve, type StaticServer } from "./server.ts";

const WORDS = ["rudal", "Kim Jong Un", "beras", "pasokan", "perbatasan", "kerja", "sama", "ekonomi", "pelabuhan", "delegasi", "pesan", "nuklir", "pangan"];
const OUTLETS = ["Kontan", "Antara", "Kompas", "Tempo"];
const TAGS = ["kim-jong-un", "xi-jinping", "beijing", "nuklir"];

/** Twenty events in each of three years, one or two articles each, texts drawn from WORDS: many pages in every part, more than the 50 results shown. */
function archive(): string {
  const random = mulberry32(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (): string => `${Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(WORDS)).join(" ")}.`;
  const files: Record<string, string> = { "tags.yaml": FIXTURE_TAGS };
  for (const year of [2019, 2020, 2021])
    for (let n = 1; n <= 20; n++) {
      const date = `${year}-${String(((n - 1) % 12) + 1).padStart(2, "0")}-${String(n + 3).padStart(2, "0")}`;
      const id = `${date}-peristiwa-${n}`;
      files[`${id}/index.md`] = `---\ntitle: Peristiwa ${n} tahun ${year}\ndate: ${date}\nsummary: Ringkasan.\ntags: [${pick(TAGS)}]\n---\n${sentence()}\n`;
      for (let a = 0; a < 1 + (n % 2); a++)
        files[`${id}/artikel-${a}.md`] =
          `---\ntitle: Berita ${n}-${a} ${pick(WORDS)}\noutlet: ${OUTLETS[(n + a) % OUTLETS.length]}\npublished: ${date}\ntags: [${pick(TAGS)}]\n---\n${sentence()} ${sentence()}\n\n${sentence()}\n`;
    }
  return makeArchive(files).articles;
}

/** What the search page shows for a query: the status, each result (link, date and outlets, excerpt, article links) and the facets. */
interface Shown {
  status: string;
  results: string[];
  facets: string;
}

describe.skipIf(!hasChromium)("the search index in parts, against one index of the same site", () => {
  let browser: Browser;
  let page: Page;
  let parts: StaticServer;
  let one: StaticServer;

  beforeAll(async () => {
    const built = await buildSite(archive());
    expect(built.status, built.stderr).toBe(0);
    const single = join(mkdtempSync(join(tmpdir(), "arsip-one-index-")), "_site");
    await withOneIndex(built.out, single);
    expect(listFiles(built.out).filter((f) => f.endsWith("pagefind-entry.json"))).toEqual([
      "pagefind/2019/pagefind-entry.json",
      "pagefind/2020/pagefind-entry.json",
      "pagefind/2021/pagefind-entry.json",
    ]);
    expect(listFiles(single).filter((f) => f.endsWith("pagefind-entry.json"))).toEqual([`pagefind/${ONE_PART}/pagefind-entry.json`]);
    parts = await serve(built.out);
    one = await serve(single);
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await parts?.close();
    await one?.close();
  });

  async function shown(server: StaticServer, query: string): Promise<Shown> {
    await page.goto(`${server.base}cari/?${query}`);
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/peristiwa|Tidak ada hasil/);
    const results = await page.locator(".search-result").evaluateAll((items) =>
      items.map((li) =>
        Array.from(li.querySelectorAll("a, .meta, .excerpt"))
          .map((e) => e.getAttribute("href") ?? e.textContent)
          .join(" | "),
      ),
    );
    return { status: (await status.textContent()) ?? "", results, facets: (await page.locator("[data-search-facets]").textContent()) ?? "" };
  }

  const NEWEST = [
    "q=rudal&urut=terbaru",
    "topik=Nuklir",
    "q=beras+pasokan&urut=terbaru",
    "tahun=2020",
    "sumber=Kontan&q=pelabuhan&urut=terbaru",
    'q="kerja+sama"&urut=terbaru',
  ];
  it.each(NEWEST)("newest first (%s): the same events in the same order, the same facets and excerpts", async (query) => {
    const split = await shown(parts, query);
    expect(split.results.length).toBeGreaterThan(1);
    expect(split).toEqual(await shown(one, query));
  });

  it("newest first across more results than are shown: the 50 newest of all the parts", async () => {
    const split = await shown(parts, "q=rudal&urut=terbaru");
    expect(split.status).toMatch(/^\d+ peristiwa .*\(50 pertama ditampilkan\)/);
    expect(split.results).toHaveLength(50);
    expect(split).toEqual(await shown(one, "q=rudal&urut=terbaru"));
  });

  const RELEVANCE = ["q=rudal&tahun=2019", "q=beras+pasokan&sumber=Kontan", 'q="kerja+sama"&tahun=2020', "q=pelabuhan&tahun=2021", "q=Kim+Jong-un&tahun=2021"];
  it.each(RELEVANCE)("by relevance (%s): the same events with the same facets and excerpts", async (query) => {
    const split = await shown(parts, query);
    const single = await shown(one, query);
    // all of them shown, so that the same events are compared whatever their order
    expect(split.results.length).toBeGreaterThan(1);
    expect(split.results.length).toBeLessThan(50);
    // relevance is scored within each part (Pagefind's term statistics are an index's own), so the order may differ
    expect({ ...split, results: [...split.results].sort() }).toEqual({ ...single, results: [...single.results].sort() });
  });
});
