/** Unit tests for the page-building modules: urls, paginate, timeline, chart, related, outlets, seo. */
import { describe, expect, it } from "vitest";
import { yearChart } from "../../src/site/chart.ts";
import { parseDate } from "../../src/content/dates.ts";
import type { Article, Event, TagRef } from "../../src/content/model.ts";
import { outletSlug } from "../../src/content/outlets.ts";
import { outletGroups } from "../../src/site/outlets.ts";
import { paginate } from "../../src/site/paginate.ts";
import { neighbours, RELATED_WINDOW, relatedEvents, relatedIndex } from "../../src/site/related.ts";
import { jsonLdScript } from "../../src/site/seo.ts";
import { groupByMonth, yearCounts } from "../../src/site/timeline.ts";
import { absoluteUrl, pageUrl } from "../../src/lib/routes.ts";
import { en } from "../support/helpers.ts";

function date(iso: string) {
  const r = parseDate(iso);
  if (!r.ok) throw new Error(en(r.problem));
  return r.value;
}

const tag = (id: string): TagRef => ({ id, label: id, kind: "topik" });

function event(id: string, iso: string, tags: string[] = [], outlets: (string | undefined)[] = []): Event {
  const articles: Article[] = outlets.map((outlet, i) => ({
    id: `a${i}`,
    eventId: id,
    file: `articles/${id}/a${i}.md`,
    ...(outlet !== undefined && { outlet }),
    language: "id",
    tags: [],
    draft: false,
    body: "x",
  }));
  return {
    id,
    file: `articles/${id}/index.md`,
    title: id,
    date: date(iso),
    summary: "s",
    tags: tags.map(tag),
    ownTagIds: tags,
    draft: false,
    body: "",
    articles,
  };
}

describe("urls", () => {
  it("adds the path prefix to absolute URLs", () => {
    expect(absoluteUrl({ url: "https://a.org", pathPrefix: "/" }, "/peristiwa/x/")).toBe("https://a.org/peristiwa/x/");
    expect(absoluteUrl({ url: "https://a.org", pathPrefix: "/arsip-korut/" }, "/feed.xml")).toBe("https://a.org/arsip-korut/feed.xml");
  });
  it("numbers pages after the first", () => {
    expect(pageUrl("/topik/x/", 1)).toBe("/topik/x/");
    expect(pageUrl("/topik/x/", 3)).toBe("/topik/x/3/");
  });
});

describe("paginate", () => {
  it("splits past the page size with links both ways", () => {
    const pages = paginate(
      Array.from({ length: 101 }, (_, i) => i),
      "/topik/x/",
    );
    expect(pages.map((p) => [p.items.length, p.pagination.url, p.pagination.prevUrl ?? null, p.pagination.nextUrl ?? null])).toEqual([
      [50, "/topik/x/", null, "/topik/x/2/"],
      [50, "/topik/x/2/", "/topik/x/", "/topik/x/3/"],
      [1, "/topik/x/3/", "/topik/x/2/", null],
    ]);
    expect(pages[2]?.items).toEqual([100]);
  });
  it("keeps one empty page for an empty list", () => {
    expect(paginate([], "/x/").map((p) => [p.items, p.pagination.total])).toEqual([[[], 1]]);
  });
});

describe("timeline", () => {
  const events = [event("c", "2023-07-27"), event("b", "2021-03-22"), event("b2", "2021-03-01"), event("a", "2021-01-05"), event("z", "2017-11-02")];
  it("groups newest-first events by year and month, keeping order", () => {
    expect(
      groupByMonth(events, (e) => e.date).map((y) => [y.year, y.url, y.months.map((m) => [m.label, m.name, m.anchor, m.events.map((e) => e.id)])]),
    ).toEqual([
      [2023, "/arsip/2023/", [["Juli 2023", "Juli", "2023-07", ["c"]]]],
      [
        2021,
        "/arsip/2021/",
        [
          ["Maret 2021", "Maret", "2021-03", ["b", "b2"]],
          ["Januari 2021", "Januari", "2021-01", ["a"]],
        ],
      ],
      [2017, "/arsip/2017/", [["November 2017", "November", "2017-11", ["z"]]]],
    ]);
  });
  it("counts events per year, filling the empty years between", () => {
    expect(yearCounts(events).map((c) => `${c.year}:${c.count}`)).toEqual(["2023:1", "2022:0", "2021:3", "2020:0", "2019:0", "2018:0", "2017:1"]);
    expect(yearCounts([])).toEqual([]);
  });
});

describe("yearChart", () => {
  it("scales bars to the busiest year, keeps a visible stub for a year without events, and counts every bar", () => {
    const chart = yearChart(yearCounts([event("a", "2021-01-01"), event("b", "2021-02-01"), event("c", "2019-01-01")]));
    expect(chart.bars.map((b) => [b.year, b.count, b.url])).toEqual([
      [2019, 1, "/arsip/2019/"],
      [2020, 0, "/arsip/2020/"],
      [2021, 2, "/arsip/2021/"],
    ]);
    const [y2019, y2020, y2021] = chart.bars;
    expect(y2021?.height).toBe(100);
    expect(y2021?.y).toBe(0);
    expect(y2019?.height).toBe(50);
    expect(y2019?.y).toBe(50);
    expect(y2020?.height).toBeGreaterThan(0);
    expect(y2020?.height).toBeLessThan(3);
    expect(chart.bars.every((b) => b.showCount && b.showLabel && b.y + b.height === 100)).toBe(true);
    expect(chart.dense).toBe(false);
  });
  it("labels only some years when there are many", () => {
    const counts = Array.from({ length: 37 }, (_, i) => ({ year: 2026 - i, count: i % 3, url: "" }));
    const labelled = yearChart(counts)
      .bars.filter((b) => b.showLabel)
      .map((b) => b.year);
    expect(labelled).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2026]);
    expect(yearChart(counts).dense).toBe(true);
    expect(yearChart(counts).bars.some((b) => b.showCount)).toBe(false);
  });
});

describe("related events", () => {
  const e1 = event("e1", "2021-01-01", ["a", "b", "c"]);
  const e2 = event("e2", "2021-06-01", ["a", "b"]);
  const e3 = event("e3", "2020-12-25", ["a"]);
  const e4 = event("e4", "2015-01-01", ["a"]);
  const e5 = event("e5", "2021-01-02", ["x"]);
  const all = [e2, e5, e1, e3, e4];
  it("ranks by shared tags, then closeness in time, and excludes the event itself and unrelated ones", () => {
    expect(relatedEvents(e1, relatedIndex(all)).map((r) => [r.event.id, r.shared])).toEqual([
      ["e2", 2],
      ["e3", 1],
      ["e4", 1],
    ]);
    expect(relatedEvents(e1, relatedIndex(all), 1).map((r) => r.event.id)).toEqual(["e2"]);
  });

  it("looks along a very common tag's time line only within the window, and still finds rarer shared tags", () => {
    // 2 × WINDOW + 50 events all tagged "common", one per day, newest first
    const n = 2 * RELATED_WINDOW + 50;
    const many = Array.from({ length: n }, (_, i) => event(`m${i}`, new Date(Date.UTC(2000, 0, n - i)).toISOString().slice(0, 10), ["common"]));
    // the oldest event also shares a rare tag with the newest one
    many[0] = event("m0", many[0]!.date.iso, ["common", "rare"]);
    many[n - 1] = event(`m${n - 1}`, many[n - 1]!.date.iso, ["common", "rare"]);
    const index = relatedIndex(many);
    const forNewest = relatedEvents(many[0]!, index);
    expect(forNewest[0]).toMatchObject({ event: { id: `m${n - 1}` }, shared: 2 });
    expect(forNewest.slice(1).map((r) => r.event.id)).toEqual(["m1", "m2", "m3", "m4"]);
    // an event in the middle sees its nearest neighbours on the common tag
    expect(relatedEvents(many[120]!, index).map((r) => r.event.id)).toEqual(["m119", "m121", "m118", "m122", "m117"]);
  });
  it("finds the older and newer neighbour", () => {
    expect(neighbours(all, 0)).toEqual({ older: e5 });
    expect(neighbours(all, 2)).toEqual({ older: e3, newer: e5 });
    expect(neighbours(all, 4)).toEqual({ newer: e3 });
  });
});

describe("outlets", () => {
  it("groups articles by outlet slug, names by the most used spelling, unknown last", () => {
    const groups = outletGroups([event("e1", "2021-01-01", [], ["Kontan", undefined, "KONTAN"]), event("e0", "2020-01-01", [], ["Kontan", "Antara"])]);
    expect(groups.map((g) => [g.slug, g.name, g.items.map((i) => `${i.event.id}/${i.article.id}`)])).toEqual([
      ["antara", "Antara", ["e0/a1"]],
      ["kontan", "Kontan", ["e1/a0", "e1/a2", "e0/a0"]],
      ["tidak-diketahui", "Sumber tidak diketahui", ["e1/a1"]],
    ]);
  });
  it("always gives a valid slug", () => {
    expect(outletSlug("Warta Ekonomi")).toBe("warta-ekonomi");
    expect(outletSlug(undefined)).toBe("tidak-diketahui");
    expect(outletSlug("???")).toMatch(/^sumber-[a-z0-9]+$/);
    expect(outletSlug("???")).not.toBe(outletSlug("!!!"));
  });
});

describe("jsonLdScript", () => {
  it("cannot close its script element and still parses to the same data", () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- "x" \u2028' };
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
