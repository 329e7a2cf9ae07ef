import { describe, expect, it } from "vitest";
import type { ArticleCitation } from "../../src/site/citations.ts";

/** A citation block, for views made without a site (its content is tested in citations.test.ts). */
const CITE: ArticleCitation = { references: [], bib: "", ris: "", csl: "", coins: "", sha256: "" };
import { loadArchive } from "../../src/content/loader.ts";
import { articleView, coverageLabel, eventCard, tagGroups } from "../../src/site/cards.ts";
import { siteData } from "../../src/site/pages.ts";
import { eventUrl, tagUrl } from "../../src/lib/routes.ts";
import { siteConfig } from "../../src/site/config.ts";
import { FIXTURE_TAGS, makeArchive, VALID_EVENT } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org/", ARSIP_PATH_PREFIX: "pre" });

function archiveOf(files: Record<string, string>) {
  const { articles } = makeArchive({
    "tags.yaml": FIXTURE_TAGS,
    "kantor-berita.yaml": "ap:\n  label: AP\n  kind: internasional\n  aliases: [Associated Press]\n",
    ...files,
  });
  const r = loadArchive(articles);
  if (!r.archive) throw new Error(JSON.stringify(r.problems));
  return r.archive;
}

const archive = archiveOf({
  "2021-03-22-a/index.md": VALID_EVENT,
  "2021-03-22-a/kontan.md": "---\noutlet: Kontan\neditor: Barratut\nauthor: Ani\nvia: AP\npublished: 2021-03-23T08:05\nurl: https://example.org/a\n---\nIsi.\n",
  "2021-03-22-a/tanpa.md": "---\ntags: [nuklir]\n---\nIsi lain.\n",
  "2021-03-22-a/kontan-2.md": "---\noutlet: Kontan\ntitle: Judul sendiri\npublished: 2021-03-22\n---\nIsi.\n",
  "2020-01-01-b/index.md": "---\ntitle: B\ndate: 2020-01-01\nsummary: S\n---\n",
  "2020-01-01-b/antara.md": "---\noutlet: Antara\n---\nIsi B.\n",
});

describe("page helpers", () => {
  it("builds event cards with Indonesian dates and distinct outlets", () => {
    const card = eventCard(archive.events[0]!);
    expect(card).toMatchObject({
      id: "2021-03-22-a",
      url: "/peristiwa/2021-03-22-a/",
      dateLabel: "Senin, 22 Maret 2021",
      dateIso: "2021-03-22",
      articleCount: 3,
      outlets: ["Kontan", "Sumber tidak diketahui"],
      coverage: "3 artikel: Kontan, Sumber tidak diketahui",
    });
    expect(card.tags.map((t) => [t.id, t.kindLabel, t.url])).toEqual([
      ["beijing", "Tempat", "/topik/beijing/"],
      ["nuklir", "Topik", "/topik/nuklir/"],
    ]);
  });

  it("orders articles by publication, undated last", () => {
    expect(archive.events[0]!.articles.map((a) => a.id)).toEqual(["kontan-2", "kontan", "tanpa"]);
  });

  it("describes an article for its section", () => {
    const [own, kontan, tanpa] = archive.events[0]!.articles.map((a) => articleView(a, CITE));
    expect(kontan).toMatchObject({
      // no invented headline: the outlet and the publication time name an untitled article
      heading: "Kontan, Selasa, 23 Maret 2021 08.05 WIB",
      hasOwnTitle: false,
      outlet: "Kontan",
      publishedLabel: "Selasa, 23 Maret 2021 08.05 WIB",
      publishedIso: "2021-03-23T08:05:00+07:00",
      byline: [
        { label: "Penulis", name: "Ani" },
        { label: "Editor", name: "Barratut" },
      ],
      // the agency's label and page, as kantor-berita.yaml gives them
      via: { label: "AP", url: "/kantor-berita/ap/", kindLabel: "kantor berita internasional" },
      url: "https://example.org/a",
    });
    expect(own).toMatchObject({ heading: "Judul sendiri", hasOwnTitle: true, publishedLabel: "Senin, 22 Maret 2021", publishedDateOnly: true });
    // the page says when the source gave the day but not the time
    expect(kontan?.publishedDateOnly).toBeUndefined();
    expect(tanpa).toMatchObject({ heading: "Sumber tidak diketahui", hasOwnTitle: false, outlet: "Sumber tidak diketahui" });
    expect(tanpa?.byline).toBeUndefined();
  });

  it("names the coverage: how many articles, from which outlets", () => {
    expect(coverageLabel(archive.events[1]!)).toBe("1 artikel: Antara");
  });

  it("groups tags by kind with event counts", () => {
    expect(tagGroups(archive.tags).map((g) => [g.label, g.tags.map((t) => `${t.id}:${t.eventCount}`)])).toEqual([
      ["Tokoh", ["kim-jong-un:0", "xi-jinping:0"]],
      ["Tempat", ["beijing:1"]],
      ["Topik", ["nuklir:1"]],
    ]);
  });

  it("hands templates one object with every page", () => {
    const data = siteData(archive, SITE);
    expect(data.eventPages.map((p) => p.id)).toEqual(["2021-03-22-a", "2020-01-01-b"]);
    expect(data.tagPages.find((t) => t.tag.id === "nuklir")?.items.map((e) => e.id)).toEqual(["2021-03-22-a"]);
    expect(data.yearPages.map((y) => [y.year, y.count, y.meta.path])).toEqual([
      [2021, 1, "/arsip/2021/"],
      [2020, 1, "/arsip/2020/"],
    ]);
    expect(data.outletIndex[0]?.outlets.map((o) => [o.name, o.count, o.url])).toEqual([
      ["Antara", 1, "/sumber/antara/"],
      ["Kontan", 2, "/sumber/kontan/"],
      ["Sumber tidak diketahui", 1, "/sumber/tidak-diketahui/"],
    ]);
    expect(data.sitemap[0]?.urls).toContain("https://arsip.example.org/pre/peristiwa/2020-01-01-b/");
    expect(data.sitemap[0]?.urls).not.toContain("https://arsip.example.org/pre/404.html");
    expect(eventUrl("x")).toBe("/peristiwa/x/");
    expect(tagUrl("y")).toBe("/topik/y/");
  });

  it("links each event to its neighbours in time and to related events", () => {
    const data = siteData(archive, SITE);
    const [newest, oldest] = data.eventPages;
    expect(newest?.older?.url).toBe("/peristiwa/2020-01-01-b/");
    expect(newest?.newer).toBeUndefined();
    expect(oldest?.newer?.url).toBe("/peristiwa/2021-03-22-a/");
    expect(newest?.cite).toEqual({
      text: "“Pertemuan di Beijing” (peristiwa Senin, 22 Maret 2021), Arsip Berita China–Korea Utara.",
      url: "https://arsip.example.org/pre/peristiwa/2021-03-22-a/",
    });
    expect(newest?.meta.canonical).toBe("https://arsip.example.org/pre/peristiwa/2021-03-22-a/");
  });

  it("builds the home page from the newest events with their filter bar", () => {
    const home = siteData(archive, SITE).home[0];
    expect(home?.shown).toBe(2);
    expect(home?.groups.map((y) => [y.year, y.months.map((m) => m.label)])).toEqual([
      [2021, ["Maret 2021"]],
      [2020, ["Januari 2020"]],
    ]);
    expect(home?.filter.map((g) => [g.label, g.tags.map((t) => `${t.id}:${t.count}`)])).toEqual([
      ["Tempat", ["beijing:1"]],
      ["Topik", ["nuklir:1"]],
    ]);
    expect(home?.filterCount).toBe(2);
  });
});
