/** Full-text search on the built seed site in Chromium: Pagefind index, facets, URL state, no other host. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { eventSpellings, phraseGroups, spellingGroups } from "../../src/site/spellings.ts";
import { buildSite, listFiles, readPage, SEED_ARTICLES, seedSite } from "../support/helpers.ts";
import { axeViolations } from "./axe.ts";
import { hasChromium, launch } from "./chromium.ts";
import { serve, type StaticServer } from "./server.ts";

const EV = {
  y2017: "/peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/",
  y2021: "/peristiwa/2021-03-22-kim-xi-bertukar-pesan/",
  y2023: "/peristiwa/2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong/",
  y2024: "/peristiwa/2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning/",
};

describe.skipIf(!hasChromium)("search in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let out = "";
  let page: Page;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    out = seedSite();
    server = await serve(out);
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on("request", (req) => {
      if (!req.url().startsWith(server.origin)) foreignRequests.push(req.url());
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string): Promise<string[]> {
    await page.goto(`${server.base}cari/?${query}`);
    await expect.poll(() => page.locator("[data-search-status]").textContent(), { timeout: 15_000 }).toMatch(/peristiwa|Tidak ada hasil/);
    return page.locator(".result-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  }

  it("finds the 2021 event for Song Tao, with the articles as sub-results on their anchors", async () => {
    expect(await search("q=Song+Tao")).toEqual([EV.y2021]);
    const subs = await page.locator(".sub-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(subs).toEqual([`${EV.y2021}#kontan`, `${EV.y2021}#warta-ekonomi`]);
    expect(await page.locator(".search-result .meta").first().textContent()).toBe("Senin, 22 Maret 2021 · Kontan, Warta Ekonomi");
    expect(await page.locator(".search-result mark").first().textContent()).toBe("Song");
  });

  it("finds, for every spelling of a name (each label and alias in tags.yaml, each name in sinonim.yaml), every event that mentions any of them", async () => {
    const { archive } = loadArchive(SEED_ARTICLES);
    if (!archive) throw new Error("the included archive does not load");
    const groups = spellingGroups(archive);
    expect(groups.filter((g) => g.tagId !== undefined).length).toBeGreaterThan(5);
    expect(groups.filter((g) => g.tagId === undefined).length).toBeGreaterThan(2);
    // Pagefind itself, in the search page, for every name: the same index and engine as /cari/, without a page load per query
    await page.goto(`${server.base}cari/`);
    // every part of the index, the newest loaded and the others merged into it, as the page does
    const [newest, ...older] = (JSON.parse((await page.locator("[data-search-form]").getAttribute("data-parts")) ?? "[]") as string[]).map(
      (part) => new URL(`pagefind/${part}/`, server.base).pathname,
    );
    expect(older.length).toBe(3);
    // its own copy of Pagefind (another address), apart from the page's
    const load = `window.engine ??= import(${JSON.stringify(`${newest}pagefind.js?engine`)}).then(async (pf) => { await Promise.all(${JSON.stringify(older)}.map((p) => pf.mergeIndex(p))); return pf; })`;
    const engine = async (query: string): Promise<Set<string>> =>
      new Set(
        // a string, so that the test runner does not rewrite the page's own import()
        (await page.evaluate(
          `(async () => { const pf = await (${load}); const r = await pf.search(${JSON.stringify(query)}); return Promise.all(r.results.map(async (x) => (await x.data()).url)); })()`,
        )) as string[],
      );
    const missing: string[] = [];
    let checked = 0;
    for (const g of groups) {
      // the events whose text names the thing in any spelling (or carry its tag)
      const expected = archive.events.filter((e) => eventSpellings(e, [g]).length > 0).map((e) => `/peristiwa/${e.id}/`);
      if (expected.length === 0) continue;
      for (const name of g.names) {
        checked++;
        const found = await engine(name);
        const lost = expected.filter((u) => !found.has(u));
        if (lost.length > 0) missing.push(`${name} misses ${lost.join(" ")}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    // "Kim Jong-un" found 3 of the 4 events with Kim Jong Un before the spellings were indexed
    expect(await search("q=Kim+Jong-un")).toHaveLength(4);
    expect((await search("q=Korut")).sort()).toEqual((await search("q=Korea+Utara")).sort());
  });

  it("shows excerpts from the texts alone: never the page's list of spellings, never a field label or heading", async () => {
    const textOf = (url: string): string => {
      const html = readPage(out, `${url.slice(1)}index.html`);
      // the texts a reader can read as the sources printed them: the background, headlines, bodies;
      // not the site's own labels, fields, folds, citations, tag lists or the outlets named after shared words
      const main = html.slice(html.indexOf('<div class="coverage-main">'), html.indexOf('<section class="cite"'));
      return main
        .replace(/<dl class="article-meta"[\s\S]*?<\/dl>|<p class="kicker"[\s\S]*?<\/p>|<h2[\s\S]*?<\/h2>|<h3[^>]*untitled[\s\S]*?<\/h3>/g, " ")
        .replace(
          /<summary[\s\S]*?<\/summary>|<details class="cite-article"[\s\S]*?<\/details>|<p class="back-to-sources"[\s\S]*?<\/p>|<ul class="tags"[\s\S]*?<\/ul>|<sup class="sama"[\s\S]*?<\/sup>/g,
          " ",
        )
        .replace(/<[^>]+>/g, " ")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");
    };
    for (const q of ["Tiongkok", "RRT", "Li Hongzhong", "Kontan", "denuklirisasi"]) {
      const urls = await search(`q=${encodeURIComponent(q)}`);
      expect(urls.length, q).toBeGreaterThan(0);
      const excerpts = await page.locator(".search-result .excerpt").allTextContents();
      expect(excerpts, q).toHaveLength(urls.length);
      for (const [i, excerpt] of excerpts.entries()) {
        const core = excerpt
          .replace(/^… |\s…$/g, "")
          .replace(/\s+/g, " ")
          .trim();
        expect(core, `${q}: ${excerpt}`).not.toMatch(/ · |tautan asli tidak tersedia|^(?:Teks liputan|Latar belakang|Sumber|Terbit)\b/);
        // every excerpt is words the page's texts print, in that order (Pagefind joins a headline to its text with a full stop)
        const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
        expect(words(textOf(urls[i] ?? "")), `${q}: ${core}`).toContain(words(core));
      }
    }
  });

  it("finds a name of several words as a phrase: Kim Song Nam finds exactly the events whose texts print it, in any spelling", async () => {
    const { archive } = loadArchive(SEED_ARTICLES);
    if (!archive) throw new Error("the included archive does not load");
    const group = phraseGroups(archive).find((g) => g.key === "kim-song-nam");
    expect(group?.names.length).toBeGreaterThan(0);
    // recomputed from the markdown: the events whose texts have one of the names as whole words in order
    const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
    const printed = archive.events
      .filter((e) => {
        const text = words([e.title, e.summary, e.body, ...e.articles.flatMap((a) => [a.title ?? "", a.body])].join(" "));
        return (group?.names ?? []).some((n) => text.includes(words(n)));
      })
      .map((e) => `/peristiwa/${e.id}/`);
    expect(printed.length).toBeGreaterThan(0);
    expect((await search("q=Kim+Song+Nam")).sort()).toEqual(printed.sort());
    // the words apart are not the name: the 2021 event has "Song" Tao and Ri Ryong "Nam", and Kim
    expect(printed).not.toContain(EV.y2021);
  });

  it("finds the events about ballistic missiles for rudal balistik: 2023 and 2024 say it, 2017 says rudal, its alias in tags.yaml", async () => {
    expect((await search("q=rudal+balistik")).sort()).toEqual([EV.y2017, EV.y2023, EV.y2024].sort());
  });

  it("finds a word's other forms through the Indonesian stemmer: berjalan finds perjalanan", async () => {
    // none of the pages contains "berjalan"; three contain "perjalanan" (stem: jalan)
    const pages = [EV.y2017, EV.y2021, EV.y2023, EV.y2024].map((u) => readPage(out, `${u.slice(1)}index.html`));
    expect(pages.some((p) => /\bberjalan\b/i.test(p))).toBe(false);
    const withPerjalanan = [EV.y2017, EV.y2021, EV.y2023, EV.y2024].filter((_, i) => /\bperjalanan\b/i.test(pages[i] ?? ""));
    expect(withPerjalanan).toHaveLength(3);
    expect((await search("q=berjalan")).sort()).toEqual([...withPerjalanan].sort());
    // and the root finds a prefixed and suffixed form: "tegas" finds "ditegaskan" in the 2023 article
    expect(await search("q=tegas")).toEqual([EV.y2023]);
  });

  it("narrows results by ticking a tahun facet, keeps the state in the URL and restores it after reload", async () => {
    expect(await search("q=Kim")).toHaveLength(4);
    await page.locator('.facet input[name="tahun"][value="2023"]').check();
    await expect.poll(() => page.locator(".result-title a").count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(page.url()).search).toBe("?q=Kim&tahun=2023");
    await page.reload();
    await expect
      .poll(() => page.locator(".result-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), { timeout: 15_000 })
      .toEqual([EV.y2023]);
    expect(await page.locator('.facet input[name="tahun"][value="2023"]').isChecked()).toBe(true);
    expect(await page.locator("#cari_q").inputValue()).toBe("Kim");
  });

  it("filters by topik without a query, newest first, as a shareable URL", async () => {
    expect(await search("topik=Kim+Jong+Un")).toEqual([EV.y2023, EV.y2021, EV.y2017]);
    expect(await search("topik=Kim+Jong+Un&topik=Xinhua")).toEqual([EV.y2021]);
  });

  it("narrows to the events whose articles relay an agency with the Mengutip facet, its counts from the articles' via", async () => {
    expect(await search("q=Kim")).toHaveLength(4);
    const facet = page.locator('.facet input[name="kutipan"]');
    // one value per source the seed's articles relay, and the articles that name none
    expect((await facet.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).sort()).toEqual([
      "AP",
      "CNN",
      "KCNA",
      "Tanpa keterangan sumber",
      "Xinhua",
    ]);
    await page.locator('.facet input[name="kutipan"][value="KCNA"]').check();
    await expect
      .poll(() => page.locator(".result-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), { timeout: 15_000 })
      .toEqual([EV.y2023]);
    expect(new URL(page.url()).search).toBe("?q=Kim&kutipan=KCNA");
    // any of the chosen: AP or CNN
    expect(await search("kutipan=AP&kutipan=CNN")).toEqual([EV.y2021, EV.y2017]);
  });

  it("sorts by date on request", async () => {
    expect(await search("q=China&urut=terbaru")).toEqual([EV.y2024, EV.y2023, EV.y2021, EV.y2017]);
  });

  it("is reachable from every page's header as a plain GET form", async () => {
    await page.goto(server.base);
    await page.locator("#cari_kata").fill("Song Tao");
    await page.locator(".site-search button").click();
    await page.waitForURL("**/cari/?q=Song+Tao");
    await expect.poll(() => page.locator(".result-title a").count(), { timeout: 15_000 }).toBe(1);
  });

  it("on a 390 × 844 phone: the facets wait behind one Saring control and the first result is on the first screen", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const p = await ctx.newPage();
    await p.goto(`${server.base}cari/?q=rudal`);
    const first = p.locator(".search-result").first();
    await expect.poll(() => first.count(), { timeout: 15_000 }).toBe(1);
    const box = await first.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(844 - 100);
    expect(await p.locator("details[data-search-filters]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await p.locator("details[data-search-filters] > summary").textContent()).toContain("Saring");
    expect(await p.locator(".facet").first().isVisible()).toBe(false);
    await p.locator("details[data-search-filters] > summary").click();
    expect(await p.locator(".facet").first().isVisible()).toBe(true);
    await ctx.close();
  });

  it("shows one excerpt per result, marked, with an ellipsis where it cuts a sentence", async () => {
    expect(await search("q=rudal")).toHaveLength(3);
    const results = page.locator(".search-result");
    for (let i = 0; i < 3; i++) {
      const r = results.nth(i);
      expect(await r.locator(".excerpt").count()).toBe(1);
      expect(await r.locator(".excerpt mark").count()).toBeGreaterThan(0);
      const excerpt = ((await r.locator(".excerpt").textContent()) ?? "").trim();
      // none of the three excerpts starts at the beginning of a sentence: each shows it is cut
      expect(excerpt.startsWith("… "), excerpt).toBe(true);
    }
    // the facets sit beside the results on a wide screen, open
    expect(await page.locator("details[data-search-filters]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("has no axe-core violations with results shown", async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.base}cari/?q=rudal`);
    await expect.poll(() => p.locator(".result-title a").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await axeViolations(p)).toEqual([]);
    await ctx.close();
  });

  it("says search needs JavaScript, and offers the archives, when it is off", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${server.base}cari/?q=rudal`);
    expect(await p.locator("[data-search-nojs]").isVisible()).toBe(true);
    expect(await p.locator("[data-search-nojs]").textContent()).toContain("Pencarian memerlukan JavaScript");
    expect(await p.locator('[data-search-nojs] a[href="/arsip/2021/"]').count()).toBe(1);
    // no control that needs script: the facets' "Saring" is not shown
    expect(await p.locator("details[data-search-filters]").isVisible()).toBe(false);
    await ctx.close();
  });

  it("made no request to another host", async () => {
    expect(foreignRequests).toEqual([]);
  });
});

describe("the search index in the build output", () => {
  it("covers every event page and nothing else, in Indonesian", async () => {
    const r = await buildSite(SEED_ARTICLES);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Search index: 4 pages, \d+ files, \d+ KiB, [\d.]+ s/);
    // one part per year of the events, each a whole Pagefind index, newest first on the search page
    const parts = ["2024", "2023", "2021", "2017"];
    expect(readPage(r.out, "cari/index.html")).toContain(`data-parts="${JSON.stringify(parts).replaceAll('"', "&quot;")}"`);
    const files = listFiles(r.out);
    expect([...new Set(files.filter((f) => f.startsWith("pagefind/")).map((f) => f.split("/")[1]))].sort()).toEqual([...parts].sort());
    for (const part of parts) {
      const entry = JSON.parse(readFileSync(join(r.out, `pagefind/${part}/pagefind-entry.json`), "utf8"));
      expect(Object.keys(entry.languages)).toEqual(["id"]);
      expect(entry.languages.id.page_count).toBe(1);
      // Pagefind's script and WebAssembly once, in the newest part, which the search page loads first
      expect(files.includes(`pagefind/${part}/pagefind.js`)).toBe(part === "2024");
      expect(files.includes(`pagefind/${part}/wasm.id.pagefind`)).toBe(part === "2024");
      expect(files.some((f) => f.startsWith(`pagefind/${part}/filter/`))).toBe(true);
    }
    const indexed = files.filter((f) => f.endsWith(".html") && readPage(r.out, f).includes("data-pagefind-body"));
    expect(indexed.sort()).toEqual(
      Object.values(EV)
        .map((u) => `${u.slice(1)}index.html`)
        .sort(),
    );
  });
});
