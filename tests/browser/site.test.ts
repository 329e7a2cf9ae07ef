/**
 * The built seed site in real Chromium: tag filtering with and without JavaScript, anchors, 404,
 * screenshots at phone and desktop widths, axe-core on every page, light and dark.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, seedSite } from "../support/helpers.ts";
import { SEED_ARTICLES } from "../support/paths.ts";
import { readTagsFile } from "../../src/content/tags-file.ts";
import { axeViolations, withAxe } from "./axe.ts";
import { hasChromium, launch } from "./chromium.ts";
import { serve, type StaticServer } from "./server.ts";

const SHOTS = process.env.ARSIP_SCREENSHOT_DIR ?? join(tmpdir(), "arsip-screenshots");
const EV2021 = "2021-03-22-kim-xi-bertukar-pesan";

describe.skipIf(!hasChromium)("the seed site in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let out: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    out = seedSite();
    server = await serve(out);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("narrows the timeline to events carrying both selected tags, keeps the choice in the URL and across reload", async () => {
    await page.goto(server.base);
    const status = page.locator("[data-filter-status]");
    await expect.poll(() => status.textContent()).toBe("4 peristiwa");
    expect(await page.locator('button[data-tag="kim-jong-un"]').isVisible()).toBe(false);
    await page.locator(".filter summary").click();
    await page.locator('button[data-tag="kim-jong-un"]').click();
    await expect.poll(() => status.textContent()).toBe("3 dari 4 peristiwa memuat semua tag terpilih");
    await page.locator('button[data-tag="xi-jinping"]').click();
    await expect.poll(() => status.textContent()).toBe("2 dari 4 peristiwa memuat semua tag terpilih");
    expect(new URL(page.url()).search).toBe("?topik=kim-jong-un,xi-jinping");
    const visible = async () => page.locator(".event-card:visible .event-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(await visible()).toEqual([`/peristiwa/${EV2021}/`, "/peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/"]);
    expect(await page.locator('button[data-tag="xi-jinping"]').getAttribute("aria-pressed")).toBe("true");

    await page.reload();
    await expect.poll(() => status.textContent()).toBe("2 dari 4 peristiwa memuat semua tag terpilih");
    expect(await page.locator(".filter details").getAttribute("open")).toBe("");
    expect(await visible()).toHaveLength(2);
    // years with no visible event are hidden with them
    expect(await page.locator("#tahun_2024").isVisible()).toBe(false);

    // back from an event page restores the same selection
    await page.locator(`.event-card:visible a[href="/peristiwa/${EV2021}/"]`).first().click();
    await page.waitForURL(`**/peristiwa/${EV2021}/`);
    await page.goBack();
    await expect.poll(() => status.textContent()).toBe("2 dari 4 peristiwa memuat semua tag terpilih");

    await page.locator(".filter-reset").click();
    await expect.poll(() => status.textContent()).toBe("4 peristiwa");
    expect(new URL(page.url()).search).toBe("");
  });

  it("counts on each chip the events that would remain with it, and disables the chips that would leave none", async () => {
    await page.goto(server.base);
    await page.locator(".filter summary").click();
    const chip = (id: string) => page.locator(`button[data-tag="${id}"]`);
    const count = async (id: string) => (await chip(id).locator(".n").textContent())?.trim();
    // before any choice: how many of the 4 listed events carry each tag
    expect(await count("kim-jong-un")).toBe("(3)");
    expect(await count("song-tao")).toBe("(1)");
    await chip("kim-jong-un").click();
    await expect.poll(() => count("xi-jinping")).toBe("(2)");
    // Song Tao is only on the 2021 event, which has Kim Jong Un: 1 would remain
    expect(await count("song-tao")).toBe("(1)");
    // Wang Huning is only on the 2024 event, which lacks Kim Jong Un: none would remain
    expect(await count("wang-huning")).toBe("(0)");
    expect(await chip("wang-huning").isDisabled()).toBe(true);
    expect(await chip("kim-jong-un").isDisabled()).toBe(false);
    expect(await count("kim-jong-un")).toBe("(3)");
    await chip("kim-jong-un").click();
    await expect.poll(() => chip("wang-huning").isDisabled()).toBe(false);
    expect(await count("wang-huning")).toBe("(1)");
  });

  it("works from the keyboard", async () => {
    await page.goto(`${server.base}?topik=`);
    await page.locator(".filter summary").focus();
    await page.keyboard.press("Enter");
    await page.locator('button[data-tag="beijing"]').focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator("[data-filter-status]").textContent()).toBe("3 dari 4 peristiwa memuat semua tag terpilih");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-filter-status]").textContent()).toBe("4 peristiwa");
  });

  it("filters a year archive the same way", async () => {
    await page.goto(`${server.base}arsip/2021/?topik=nuklir`);
    await expect.poll(() => page.locator("[data-filter-status]").textContent()).toBe("1 dari 1 peristiwa memuat semua tag terpilih");
  });

  it("without JavaScript every chip is a link to its tag page", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(server.base);
    expect(await p.locator("button[data-tag]").count()).toBe(0);
    await p.locator(".filter summary").click();
    await p.locator('.filter a[data-tag="song-tao"]').click();
    await p.waitForURL("**/topik/song-tao/");
    expect(await p.locator("h1").textContent()).toBe("Song Tao");
    expect(await p.locator(".event-card").count()).toBe(1);
    await noJs.close();
  });

  it("jumps to an article by its anchor, and from the coverage list", async () => {
    await page.goto(`${server.base}peristiwa/${EV2021}/#warta-ekonomi`);
    const section = page.locator("#warta-ekonomi");
    expect(await section.locator("h3").textContent()).toContain("Ada yang Baru Nih!");
    // a long text folds after its first paragraphs; an anchor to the article opens it
    await expect.poll(() => section.locator("details.fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator("#kontan details.fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => section.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
    await page.goto(`${server.base}peristiwa/${EV2021}/`);
    await page.locator('.sources a[href="#kontan"]').click();
    await expect.poll(() => page.locator("#kontan").evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
    expect(new URL(page.url()).hash).toBe("#kontan");
    expect(await page.locator("#kontan details.fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // and each article leads back to the source strip
    await page.locator("#kontan .back-to-sources a").click();
    await expect.poll(() => page.locator("#daftar_liputan").evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
  });

  it("follows a run of shared words to the same words in the other text, opening its fold", async () => {
    await page.goto(`${server.base}peristiwa/${EV2021}/`);
    // Kontan's last run is folded away in Warta Ekonomi's text too: the link opens the other fold
    const link = page.locator("#sama_kontan_6 + mark + sup.sama a");
    expect(await link.textContent()).toBe("Warta Ekonomi");
    const target = (await link.getAttribute("href")) ?? "";
    await page.locator("#kontan details.fold summary").click();
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    expect(await page.locator("#warta-ekonomi details.fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const mark = page.locator(`${target} + mark`);
    await expect.poll(() => mark.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await mark.textContent()).toContain("Pesan Kim menekankan perlunya memperkuat persatuan");
  });

  it("sets the paragraphs that share words level in the comparison on a wide screen, and moves nothing on a phone", async () => {
    const rowsTops = async (p: Page) =>
      p.locator(".compare-columns [data-baris]").evaluateAll((els) => {
        const rows = new Map<string, number[]>();
        // where each paragraph's text starts: its box, and the padding the script adds above the text
        const textTop = (el: Element) => Math.round(el.getBoundingClientRect().top + parseFloat(getComputedStyle(el).paddingTop));
        for (const el of els) rows.set(el.getAttribute("data-baris") ?? "", [...(rows.get(el.getAttribute("data-baris") ?? "") ?? []), textTop(el)]);
        return [...rows.values()].filter((tops) => tops.length > 1);
      });
    const wide = await context.newPage();
    await wide.setViewportSize({ width: 1366, height: 900 });
    await wide.goto(`${server.base}peristiwa/${EV2021}/banding/`);
    const paired = await rowsTops(wide);
    expect(paired.length).toBeGreaterThanOrEqual(3);
    for (const tops of paired) expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
    await wide.screenshot({ path: join(SHOTS, "banding-1366.png"), fullPage: true });
    await wide.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => wide.locator(".compare-columns [data-baris]").evaluateAll((els) => els.filter((e) => (e as HTMLElement).style.paddingTop !== "").length))
      .toBe(0);
    await wide.screenshot({ path: join(SHOTS, "banding-390.png"), fullPage: true });
    await wide.close();
  });

  it("answers an unknown address with the helpful 404 page", async () => {
    const response = await page.goto(`${server.base}tidak/ada/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Halaman tidak ditemukan");
    expect(await page.locator('main a[href="/arsip/"]').count()).toBe(1);
  });

  it.each([390, 1280])(
    "renders the home, the 2021 event, the archive's charts, an agency, a storyline and a tag at %i px without horizontal scrolling",
    async (width) => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const p = await ctx.newPage();
      for (const [name, path] of [
        ["beranda", ""],
        ["peristiwa-2021", `peristiwa/${EV2021}/`],
        ["arsip", "arsip/"],
        ["kantor-berita-ap", "kantor-berita/ap/"],
        ["rangkaian", "rangkaian/pertukaran-pesan-kim-xi/"],
        ["topik", "topik/kim-jong-un/"],
      ] as const) {
        await p.goto(`${server.base}${path}`);
        expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const png = await p.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: false });
        expect(png.subarray(1, 4).toString()).toBe("PNG");
      }
      await ctx.close();
    },
  );

  it("has no axe-core violations on any page kind, in light and dark", async () => {
    // every page but the tag pages, which share one template: of those, the first of each kind
    // in tags.yaml (tokoh, lembaga, tempat, topik), Kim Jong Un's, the largest, among them
    const { tags } = readTagsFile(join(SEED_ARTICLES, "tags.yaml"), "tags.yaml");
    const firstOfKind = new Map<string, string>();
    for (const [id, t] of tags) if (!firstOfKind.has(t.kind)) firstOfKind.set(t.kind, id);
    const sampled = new Set([...firstOfKind.values(), "kim-jong-un"].map((id) => `topik/${id}/index.html`));
    expect(sampled.size).toBe(4);
    const all = listFiles(out).filter((f) => f.endsWith(".html"));
    const pages = all.filter((f) => !/^topik\/[^/]+\/index\.html$/.test(f) || sampled.has(f));
    expect(all.filter((f) => sampled.has(f))).toHaveLength(4);
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const queue = [
      ...pages.map((file) => ({ scheme: "light" as const, file })),
      ...pages
        .filter(
          (f) =>
            f === "index.html" ||
            f.startsWith("peristiwa/") ||
            f === "topik/kim-jong-un/index.html" ||
            f === "arsip/index.html" ||
            f.startsWith("kantor-berita/") ||
            f.startsWith("rangkaian/"),
        )
        .map((file) => ({ scheme: "dark" as const, file })),
    ];
    // two browser contexts at once, each with its own renderer process: axe is bound by the renderer's CPU
    const worker = async (): Promise<void> => {
      const contexts = {
        light: await withAxe(await browser.newContext({ bypassCSP: true, colorScheme: "light" })),
        dark: await withAxe(await browser.newContext({ bypassCSP: true, colorScheme: "dark" })),
      };
      const tabs = { light: await contexts.light.newPage(), dark: await contexts.dark.newPage() };
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        const p = tabs[job.scheme];
        await p.goto(`${server.base}${job.file.replace(/index\.html$/, "")}`);
        for (const v of await axeViolations(p)) failures.push(`${job.scheme} ${job.file}: ${v}`);
      }
      await Promise.all([contexts.light.close(), contexts.dark.close()]);
    };
    await Promise.all([worker(), worker()]);
    failures.sort();
    expect(failures).toEqual([]);
    // about 25 pages and 6 in dark take 15-30 s on 2 shared cores: more than the suite's default allows
  }, 180_000);
});
