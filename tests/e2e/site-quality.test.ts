/**
 * Every built page of the seed archive: valid HTML (html-validate), no broken internal links
 * (linkinator over the site served on 127.0.0.1, with and without a path prefix), feeds that a
 * real feed parser reads, and JSON-LD that parses.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type StaticServer } from "../browser/server.ts";
import { listFiles, seedSite, SITE_URL } from "../support/helpers.ts";
import { brokenLinks, htmlValidationErrors } from "../support/site-checks.ts";

/** Debian's lynx, when installed (.ci/run installs it), reads the pages as a text browser does. */
const hasLynx = existsSync("/usr/bin/lynx");

describe("the built seed site", () => {
  let out = "";
  let server: StaticServer;
  let pages: string[] = [];
  beforeAll(async () => {
    out = seedSite();
    pages = listFiles(out).filter((f) => f.endsWith(".html"));
    server = await serve(out);
  });
  afterAll(async () => server?.close());

  it("presents no headline the source did not print (no invented 'Artikel Kontan', 'Artikel tanpa judul')", () => {
    for (const f of listFiles(out).filter((x) => /\.(?:html|xml|json)$/.test(x))) {
      expect(readFileSync(join(out, f), "utf8"), f).not.toMatch(/Artikel (?:tanpa judul|Kontan|Warta Ekonomi|SINDOnews|Purna Warta)/);
    }
    // the 2021 Kontan article has no headline: its section is named by outlet and time, and its JSON-LD item has none
    const page = readFileSync(join(out, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html"), "utf8");
    expect(page).toMatch(/<h3 id="judul_kontan" class="article-title untitled">Kontan(?:, [^<]+)?<\/h3>/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "{}") as {
      mainEntity?: { itemListElement?: { item: { "@id": string; headline?: string } }[] };
    };
    const items = JSON.stringify(ld);
    expect(items).toContain("#kontan");
    expect(items).not.toMatch(/"headline":"Artikel/);
  });

  it("keeps the search metadata in attributes: text browsers show none of it, and no page names a repository path", () => {
    const events = listFiles(out).filter((f) => /^peristiwa\/[^/]+\/index\.html$/.test(f));
    expect(events.length).toBe(4);
    for (const f of events) {
      const html = readFileSync(join(out, f), "utf8");
      // every filter and meta value sits in an attribute of an empty element
      expect(html.match(/<[^>]+data-pagefind-(?:filter|meta)=[^>]*>[^<]/g) ?? [], f).toEqual([]);
      expect(html, f).not.toMatch(/\shidden[\s>]/);
      expect(html, f).not.toContain("articles/");
      if (hasLynx) {
        const dump = execFileSync("lynx", ["-dump", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8", join(out, f)], { encoding: "utf8" });
        // the facet values run together were the first thing lynx printed ("2021 Antony BlinkenJoe Biden…TokohLembagaTempatTopik")
        expect(dump, f).not.toMatch(/TokohLembaga|Tokoh\s*Lembaga\s*Tempat\s*Topik/);
        const beforeTitle = dump.slice(
          0,
          dump.indexOf(
            readFileSync(join(out, f), "utf8")
              .match(/<h1>([^<]+)<\/h1>/)?.[1]
              ?.slice(0, 20) ?? "\u0000",
          ),
        );
        expect(beforeTitle, f).not.toMatch(/\b(?:19|20)\d{2}\s+\p{Lu}\p{Ll}+\s\p{Lu}/u);
      }
    }
  });

  it("shows on the 2021 page what both outlets carry: marked in the text, listed under Kutipan bersama", () => {
    const doc = parseDocument(readFileSync(join(out, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html"), "utf8"));
    const section = (id: string) => DomUtils.findOne((e) => e.name === "article" && e.attribs.id === id, doc.children);
    const marked = (id: string): string[] =>
      DomUtils.findAll((e) => e.name === "mark", section(id)?.children ?? []).map((m) => `${m.attribs["data-liputan-bersama"]}: ${DomUtils.textContent(m)}`);
    expect(marked("kontan").join("\n")).toMatch(/^warta-ekonomi: .*aset berharga/m);
    expect(marked("kontan").join("\n")).toMatch(/^warta-ekonomi: .*kekuatan musuh/m);
    expect(marked("warta-ekonomi").join("\n")).toMatch(/^kontan: .*aset berharga/m);
    const list = DomUtils.findOne((e) => e.name === "section" && e.attribs.class === "shared-quotes", doc.children);
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === "h3", list?.children ?? []) ?? doc)).toBe("Kutipan bersama");
    const items = DomUtils.findAll((e) => e.name === "li", list?.children ?? []).map((li) => DomUtils.textContent(li).replace(/\s+/g, " ").trim());
    // the KCNA statement in each outlet's own words, each credited to its outlet alone (tests/e2e/shared-marks.test.ts)
    expect(items).toEqual([
      "aset berharga — Kontan, Warta Ekonomi",
      expect.stringMatching(/^Pernyataan yang sama, dengan kata berbeda: Pesan Kim .* — Kontan Pesan Kim .* — Warta Ekonomi$/),
      expect.stringMatching(/^Pesan Kim menekankan .*tantangan dan langkah-langkah untuk menghalangi kekuatan musuh — Kontan$/),
      expect.stringMatching(/^Pesan Kim menekankan .*tantangan serba guna dan langkah-langkah yang menghalangi kekuatan musuh — Warta Ekonomi$/),
    ]);
    // an event with one article has nothing to compare
    expect(readFileSync(join(out, "peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/index.html"), "utf8")).not.toContain("data-liputan-bersama");
  });

  it("lays out the 2021 coverage: a source strip, each article with its kicker, an h3 under the page's h2, folded when long, and a way back", () => {
    const doc = parseDocument(readFileSync(join(out, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html"), "utf8"));
    type Element = ReturnType<typeof DomUtils.findAll>[number];
    const find = (test: (e: Element) => boolean, within: Parameters<typeof DomUtils.findAll>[1] = doc.children) => DomUtils.findAll(test, within);
    const cls = (name: string) => (e: Element) => (e.attribs.class ?? "").split(" ").includes(name);
    const [strip] = find(cls("coverage-strip"));
    if (!strip) throw new Error("no source strip");
    // one row per article: outlet, date (or that it is unknown), agency, and a link to its section
    const rows = find((e) => e.name === "li", find(cls("sources"), strip.children));
    expect(rows.map((li) => DomUtils.textContent(li).replace(/\s+/g, " ").trim())).toEqual([
      "Kontan tanggal terbit tidak diketahui · mengutip AP",
      "Warta Ekonomi Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS tanggal terbit tidak diketahui",
    ]);
    expect(rows.map((li) => find((e) => e.name === "a", li.children)[0]?.attribs.href)).toEqual(["#kontan", "#warta-ekonomi"]);
    // the page's sections are h2; each article's heading is an h3 below them
    expect(find((e) => e.name === "h2").map((h) => DomUtils.textContent(h))).toEqual([
      "Liputan",
      "Latar belakang",
      "Teks liputan",
      "Kutip",
      "Peristiwa terkait",
    ]);
    const articles = find((e) => e.name === "article" && cls("article")(e));
    expect(articles.map((a) => a.attribs.id)).toEqual(["kontan", "warta-ekonomi"]);
    for (const a of articles) {
      const heading = find((e) => /^h[1-6]$/.test(e.name), a.children)[0];
      expect(heading?.name).toBe("h3");
      expect(find((e) => e.name === "a" && e.attribs.href === "#daftar_liputan", find(cls("back-to-sources"), a.children))).toHaveLength(1);
      // both texts are long: they fold after three paragraphs, under a summary that says how much follows
      const fold = find((e) => e.name === "details" && cls("fold")(e), a.children)[0];
      expect(DomUtils.textContent(find((e) => e.name === "summary", fold?.children ?? [])[0] ?? a)).toMatch(/^Baca selengkapnya \(\d+ paragraf lagi\)$/);
    }
    // the titled article has the outlet and date above its headline; the untitled one is named by them, in their place
    const kicker = (a: Element | undefined) => find(cls("kicker"), a?.children ?? []).map((k) => DomUtils.textContent(k));
    expect(kicker(articles[1])).toEqual(["Warta Ekonomi"]);
    expect(kicker(articles[0])).toEqual([]);
  });

  it("is valid HTML on every page", async () => {
    const errors = await htmlValidationErrors(out, pages);
    expect(pages.length).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  });

  it("has no broken internal links", async () => {
    expect(await brokenLinks(server.base, pages)).toEqual([]);
  });

  it("finds a broken link when there is one (the checker is live)", async () => {
    const { writeFileSync } = await import("node:fs");
    const broken = { out: join(mkdtempSync(join(tmpdir(), "arsip-broken-")), "_site") };
    cpSync(out, broken.out, { recursive: true });
    writeFileSync(
      join(broken.out, "index.html"),
      readFileSync(join(broken.out, "index.html"), "utf8").replace("</main>", '<a href="/tidak-ada/">x</a></main>'),
    );
    const s = await serve(broken.out);
    try {
      expect((await brokenLinks(s.base, pages)).some((l) => l.includes("/tidak-ada/"))).toBe(true);
    } finally {
      await s.close();
    }
  });

  it("publishes an Atom feed of events that a feed parser reads", async () => {
    const xml = readFileSync(join(out, "feed.xml"), "utf8");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Arsip Berita China–Korea Utara");
    expect(feed.items.map((i) => i.url)).toEqual([
      `${SITE_URL}/peristiwa/2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning/`,
      `${SITE_URL}/peristiwa/2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong/`,
      `${SITE_URL}/peristiwa/2021-03-22-kim-xi-bertukar-pesan/`,
      `${SITE_URL}/peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/`,
    ]);
    const first = feed.items[2];
    // a date-only event: noon UTC, the same day from UTC−11 to UTC+11 (tests/e2e/feed-dates.test.ts)
    expect(first?.published?.toISOString()).toBe("2021-03-22T12:00:00.000Z");
    expect(first?.description).toContain("Liputan: Kontan, Warta Ekonomi");
    // each entry carries the coverage as content, with a link to every article's section, and an author
    expect(first?.content).toContain(`<li>Kontan (<a href="${SITE_URL}/peristiwa/2021-03-22-kim-xi-bertukar-pesan/#kontan">baca</a>)</li>`);
    expect(first?.content).toContain(`<li>Warta Ekonomi: <a href="${SITE_URL}/peristiwa/2021-03-22-kim-xi-bertukar-pesan/#warta-ekonomi">Ada yang Baru Nih!`);
    expect(first?.authors.map((a) => a.name)).toEqual(["Arsip Berita China–Korea Utara"]);
    expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/updated>/);
  });

  it("publishes an Atom feed per tag", async () => {
    const feed = parseFeed(readFileSync(join(out, "topik/kim-jong-un/feed.xml"), "utf8"));
    expect(feed.items).toHaveLength(3);
    expect(feed.items.every((i) => i.url?.startsWith(`${SITE_URL}/peristiwa/`))).toBe(true);
  });

  it("lists every page in the sitemap, and the sitemap in robots.txt", async () => {
    const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = pages.filter((p) => p !== "404.html").map((p) => `${SITE_URL}/${p.replace(/index\.html$/, "")}`);
    expect([...locs].sort()).toEqual([...expected].sort());
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  it("gives every page a unique title and description, canonical URL, Open Graph tags and valid JSON-LD", async () => {
    const titles = new Map<string, string>();
    for (const f of pages) {
      const html = readFileSync(join(out, f), "utf8");
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? "";
      expect(title, f).not.toBe("");
      expect(titles.get(title), `${f} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, f);
      expect(html, f).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, f).toContain(`<link rel="canonical" href="${SITE_URL}/`);
      expect(html, f).toContain('<meta property="og:title"');
      expect(html, f).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'');
      const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      expect(() => JSON.parse(ld ?? ""), f).not.toThrow();
    }
  });

  it("describes the event page and, beside it, each article as a top-level NewsArticle item, stating only what the source states", async () => {
    const html = readFileSync(join(out, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html"), "utf8");
    type Node = Record<string, unknown> & { "@type": string; "@id": string };
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "null") as { "@context": string; "@graph": Node[] };
    expect(ld["@context"]).toBe("https://schema.org");
    const [page, ...articles] = ld["@graph"];
    expect(page?.["@type"]).toBe("CollectionPage");
    expect(page?.about).toMatchObject({ "@type": "Event", startDate: "2021-03-22", location: { name: "Beijing" } });
    expect(page?.hasPart).toEqual(articles.map((a) => ({ "@id": a["@id"] })));
    expect(articles.map((a) => [a["@type"], (a.publisher as { name?: string } | undefined)?.name])).toEqual([
      ["NewsArticle", "Kontan"],
      ["NewsArticle", "Warta Ekonomi"],
    ]);
    // Kontan relays AP: a work it cites, never the employer of its writer; neither article has a known address
    expect(articles[0]?.citation).toEqual({ "@type": "CreativeWork", publisher: { "@type": "Organization", name: "AP" } });
    expect(articles.some((a) => "sourceOrganization" in a || "isBasedOn" in a)).toBe(false);
    expect(articles[0]).not.toHaveProperty("headline");
  });

  it("requests nothing from another host", async () => {
    for (const f of pages) {
      const html = readFileSync(join(out, f), "utf8");
      const external = [...html.matchAll(/<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:)?\/\/[^"]*"/g)]
        .map((m) => m[0])
        .filter((tag) => !tag.startsWith('<link rel="canonical"'));
      expect(external, f).toEqual([]);
    }
  });
});

describe("a site built under a path prefix", () => {
  let out = "";
  let server: StaticServer;
  beforeAll(async () => {
    out = seedSite(true);
    server = await serve(out, "/arsip-korut/");
  });
  afterAll(async () => server?.close());

  it("prefixes every root-relative link and asset", async () => {
    for (const f of listFiles(out).filter((x) => x.endsWith(".html"))) {
      const html = readFileSync(join(out, f), "utf8");
      const rootRelative = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] ?? "");
      expect(rootRelative.length, f).toBeGreaterThan(0);
      expect(
        rootRelative.filter((u) => !u.startsWith("/arsip-korut/")),
        f,
      ).toEqual([]);
    }
  });

  it("has no broken internal links when served under the prefix", async () => {
    expect(
      await brokenLinks(
        server.base,
        listFiles(out).filter((f) => f.endsWith(".html")),
      ),
    ).toEqual([]);
  });

  it("puts the prefix in feed, canonical and sitemap URLs", async () => {
    expect(parseFeed(readFileSync(join(out, "feed.xml"), "utf8")).items[0]?.url).toBe(
      `${SITE_URL}/arsip-korut/peristiwa/2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning/`,
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain(`<link rel="canonical" href="${SITE_URL}/arsip-korut/">`);
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toContain(`<loc>${SITE_URL}/arsip-korut/arsip/2021/</loc>`);
  });
});
