/**
 * What the templates print, computed here so that templates only loop and print.
 * Every string is plain text (templates escape it) except fields named `html` (made safe by
 * the markdown module) and `jsonLd` (made safe by seo.ts).
 */
import { type Chart, yearChart } from "./chart.ts";
import { TAG_KINDS } from "../content/schema.ts";
import { type CalendarDate, formatLong, formatPublished, machineDate, rfc3339, sortKey } from "../content/dates.ts";
import { type Archive, type Article, type Event, type Tag, type TagRef } from "../content/model.ts";
import { outletGroups, outletSlug, UNKNOWN_OUTLET } from "./outlets.ts";
import { withBodyHtml } from "./markdown.ts";
import { paginate, type Pagination } from "./paginate.ts";
import { neighbours, relatedEvents, relatedIndex } from "./related.ts";
import { eventPageLd, jsonLdScript, webPageLd } from "./seo.ts";
import type { SiteConfig } from "./config.ts";
import { groupByMonth, type MonthGroup, type YearCount, type YearGroup, yearCounts } from "./timeline.ts";
import { absoluteUrl, eventUrl, outletUrl, tagFeedUrl, tagUrl, yearUrl } from "./urls.ts";

export { UNKNOWN_OUTLET } from "./outlets.ts";
export { eventUrl, tagUrl } from "./urls.ts";

export const KIND_LABELS: Record<TagRef["kind"], string> = {
  tokoh: "Tokoh",
  lembaga: "Lembaga",
  tempat: "Tempat",
  topik: "Topik",
};

/** How many events the home page lists before pointing to the year archives. */
export const HOME_LIMIT = 30;
/** Newest events in the site feed and in each tag feed. */
export const FEED_LIMIT = 50;

export interface TagChip extends TagRef {
  url: string;
  kindLabel: string;
}

export interface EventCard {
  id: string;
  url: string;
  title: string;
  summary: string;
  place?: string;
  date: CalendarDate;
  dateLabel: string;
  dateIso: string;
  tags: TagChip[];
  /** tag ids separated by spaces, for the filter script */
  tagIds: string;
  articleCount: number;
  /** distinct outlet names, in article order */
  outlets: string[];
  /** `2 artikel: Kontan, Warta Ekonomi` */
  coverage: string;
}

export interface ArticleView {
  id: string;
  /** the outlet's headline, or `Artikel <outlet>` where the source has none */
  heading: string;
  hasOwnTitle: boolean;
  outlet: string;
  outletUrl: string;
  publishedLabel?: string;
  publishedIso?: string;
  /** `Penulis: …; Editor: …` */
  byline?: string;
  via?: string;
  url?: string;
  language: string;
  tags: TagChip[];
  html: string;
  /** path of the source file, for the invariant "every article on exactly one page" */
  file: string;
}

export interface PageMeta {
  /** the page's own title (without the site name) */
  title: string;
  description: string;
  /** root-relative path */
  path: string;
  canonical: string;
  ogType: "website" | "article";
  jsonLd: string;
  /** link rel=alternate to an Atom feed, root-relative */
  feed?: { url: string; title: string };
  /** the search page: its policy also allows Pagefind's WebAssembly */
  search?: boolean;
}

/** Search facets of an event page (Pagefind filters): tag labels, year, outlets, tag kinds. */
export interface SearchFacets {
  topik: string[];
  tahun: string;
  sumber: string[];
  jenis: string[];
}

export interface EventPage extends EventCard {
  meta: PageMeta;
  facets: SearchFacets;
  html: string;
  articles: ArticleView[];
  older?: { url: string; title: string; dateLabel: string };
  newer?: { url: string; title: string; dateLabel: string };
  related: EventCard[];
  cite: { text: string; url: string };
}

export interface FilterGroup {
  kind: TagRef["kind"];
  label: string;
  tags: (TagChip & { count: number })[];
}

export interface TagGroup {
  kind: TagRef["kind"];
  label: string;
  tags: (TagChip & { eventCount: number })[];
}

export interface ListPage<T> {
  meta: PageMeta;
  items: T[];
  pagination: Pagination;
  total: number;
}

export interface OutletItem {
  heading: string;
  hasOwnTitle: boolean;
  url: string;
  publishedLabel?: string;
  publishedIso?: string;
  event: { title: string; url: string; dateLabel: string; dateIso: string };
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  summary: string;
  /** `Liputan: Kontan, Warta Ekonomi` */
  coverage: string;
  categories: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** root-relative path of the feed itself */
  path: string;
  selfUrl: string;
  alternateUrl: string;
  id: string;
  updated: string;
  entries: FeedEntry[];
}

export function chip(t: TagRef): TagChip {
  return { id: t.id, label: t.label, kind: t.kind, url: tagUrl(t.id), kindLabel: KIND_LABELS[t.kind] };
}

export function outletsOf(e: Event): string[] {
  return [...new Set(e.articles.map((a) => a.outlet ?? UNKNOWN_OUTLET))];
}

export function coverageLabel(e: Event): string {
  if (e.articles.length === 0) return "Belum ada liputan";
  return `${e.articles.length} artikel: ${outletsOf(e).join(", ")}`;
}

export function eventCard(e: Event): EventCard {
  return {
    id: e.id,
    url: eventUrl(e.id),
    title: e.title,
    summary: e.summary,
    ...(e.place !== undefined && { place: e.place }),
    date: e.date,
    dateLabel: formatLong(e.date),
    dateIso: machineDate(e.date),
    tags: e.tags.map(chip),
    tagIds: e.tags.map((t) => t.id).join(" "),
    articleCount: e.articles.length,
    outlets: outletsOf(e),
    coverage: coverageLabel(e),
  };
}

export function bylineOf(a: Article): string | undefined {
  const parts: string[] = [];
  if (a.author) parts.push(`Penulis: ${a.author}`);
  if (a.editor) parts.push(`Editor: ${a.editor}`);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

export function articleHeading(a: Article): string {
  return a.title ?? (a.outlet ? `Artikel ${a.outlet}` : "Artikel tanpa judul");
}

export function articleView(a: Article): ArticleView {
  const byline = bylineOf(a);
  return withBodyHtml(
    {
      id: a.id,
      heading: articleHeading(a),
      hasOwnTitle: a.title !== undefined,
      outlet: a.outlet ?? UNKNOWN_OUTLET,
      outletUrl: outletUrl(outletSlug(a.outlet)),
      ...(a.published && { publishedLabel: formatPublished(a.published), publishedIso: machineDate(a.published) }),
      ...(byline !== undefined && { byline }),
      ...(a.via !== undefined && { via: a.via }),
      ...(a.url !== undefined && { url: a.url }),
      language: a.language,
      tags: a.tags.map(chip),
      file: a.file,
    },
    a.body,
  );
}

/** The vocabulary grouped by kind (tokoh, lembaga, tempat, topik), each tag with its event count. */
export function tagGroups(tags: readonly Tag[]): TagGroup[] {
  return TAG_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: tags.filter((t) => t.kind === kind).map((t) => ({ ...chip(t), eventCount: t.events.length })),
  })).filter((g) => g.tags.length > 0);
}

/** The filter bar for a list of events: the tags those events carry, by kind, most frequent first. */
export function filterGroups(cards: readonly EventCard[]): FilterGroup[] {
  const counts = new Map<string, { chip: TagChip; count: number }>();
  for (const c of cards) {
    for (const t of c.tags) {
      const entry = counts.get(t.id);
      if (entry) entry.count++;
      else counts.set(t.id, { chip: t, count: 1 });
    }
  }
  return TAG_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: [...counts.values()]
      .filter((e) => e.chip.kind === kind)
      .sort((a, b) => b.count - a.count || a.chip.label.localeCompare(b.chip.label, "id"))
      .map((e) => ({ ...e.chip, count: e.count })),
  })).filter((g) => g.tags.length > 0);
}

export function countTags(groups: readonly FilterGroup[]): number {
  return groups.reduce((n, g) => n + g.tags.length, 0);
}

/** Page metadata; `title` is the page's own title, made unique by the caller. */
export function pageMeta(
  site: SiteConfig,
  path: string,
  title: string,
  description: string,
  jsonLd: Record<string, unknown>,
  extra: Partial<PageMeta> = {},
): PageMeta {
  return { title, description, path, canonical: absoluteUrl(site, path), ogType: "website", jsonLd: jsonLdScript(jsonLd), ...extra };
}

function listLd(site: SiteConfig, path: string, title: string, description: string): Record<string, unknown> {
  return webPageLd(title, description, absoluteUrl(site, path), site.title, absoluteUrl(site, "/"), "CollectionPage");
}

function paged<T>(site: SiteConfig, items: readonly T[], base: string, title: string, description: string, extra: Partial<PageMeta> = {}): ListPage<T>[] {
  return paginate(items, base).map(({ items: pageItems, pagination }) => {
    const t = pagination.total > 1 ? `${title} (halaman ${pagination.number} dari ${pagination.total})` : title;
    return {
      meta: pageMeta(site, pagination.url, t, description, listLd(site, pagination.url, t, description), extra),
      items: pageItems,
      pagination,
      total: items.length,
    };
  });
}

function feedOf(site: SiteConfig, events: readonly Event[], path: string, alternate: string, title: string, subtitle: string): Feed {
  const entries = events.slice(0, FEED_LIMIT).map((e): FeedEntry => {
    const latest = [e.date, ...e.articles.flatMap((a) => (a.published ? [a.published] : []))].sort((a, b) => sortKey(b).localeCompare(sortKey(a)))[0] ?? e.date;
    const url = absoluteUrl(site, eventUrl(e.id));
    return {
      id: url,
      title: e.title,
      url,
      published: rfc3339(e.date),
      updated: rfc3339(latest),
      summary: e.summary,
      coverage: e.articles.length > 0 ? `Liputan: ${outletsOf(e).join(", ")}` : "Belum ada liputan",
      categories: e.tags.map((t) => t.label),
    };
  });
  const updated =
    entries
      .map((x) => x.updated)
      .sort()
      .at(-1) ?? "1970-01-01T00:00:00+07:00";
  return { title, subtitle, path, selfUrl: absoluteUrl(site, path), alternateUrl: absoluteUrl(site, alternate), id: absoluteUrl(site, path), updated, entries };
}

export function searchFacets(e: Event): SearchFacets {
  return {
    topik: e.tags.map((t) => t.label),
    tahun: String(e.date.year),
    sumber: outletsOf(e),
    jenis: TAG_KINDS.filter((k) => e.tags.some((t) => t.kind === k)).map((k) => KIND_LABELS[k]),
  };
}

function eventPages(site: SiteConfig, archive: Archive, cardOf: (e: Event) => EventCard): EventPage[] {
  const related = relatedIndex(archive.events);
  return archive.events.map((e, i) => {
    const card = cardOf(e);
    const url = absoluteUrl(site, card.url);
    const { older, newer } = neighbours(archive.events, i);
    const link = (x: Event) => ({ url: eventUrl(x.id), title: x.title, dateLabel: formatLong(x.date) });
    const description = e.summary;
    return withBodyHtml(
      {
        ...card,
        meta: {
          ...pageMeta(site, card.url, e.title, description, eventPageLd(e, url, site.title, absoluteUrl(site, "/"))),
          ogType: "article",
        },
        facets: searchFacets(e),
        articles: e.articles.map(articleView),
        ...(older && { older: link(older) }),
        ...(newer && { newer: link(newer) }),
        related: relatedEvents(e, related).map((r) => cardOf(r.event)),
        cite: { text: `“${e.title}”, ${site.title}, ${card.dateLabel}.`, url },
      },
      e.body,
    );
  });
}

export interface HomeView {
  meta: PageMeta;
  groups: YearGroup<EventCard>[];
  filter: FilterGroup[];
  filterCount: number;
  shown: number;
  total: number;
  chart: Chart;
  years: YearCount[];
}

export interface YearPage {
  meta: PageMeta;
  year: number;
  /** events in the whole year */
  count: number;
  /** events on this page */
  shown: number;
  pagination: Pagination;
  months: MonthGroup<EventCard>[];
  filter: FilterGroup[];
  filterCount: number;
  older?: YearCount;
  newer?: YearCount;
}

export interface OutletSummary {
  slug: string;
  name: string;
  url: string;
  count: number;
}

/** Everything the templates need, in one object handed to Eleventy as global data. */
export interface SiteData {
  home: HomeView[];
  eventPages: EventPage[];
  tagIndex: { meta: PageMeta; groups: TagGroup[] }[];
  tagPages: (ListPage<EventCard> & { tag: TagChip })[];
  tagFeeds: Feed[];
  archiveIndex: { meta: PageMeta; years: YearCount[]; chart: Chart }[];
  yearPages: YearPage[];
  outletIndex: { meta: PageMeta; outlets: OutletSummary[] }[];
  outletPages: (ListPage<OutletItem> & { outlet: OutletSummary })[];
  feed: Feed;
  notFound: { meta: PageMeta }[];
  search: { meta: PageMeta; years: YearCount[] }[];
  /** absolute URLs of every HTML page but the 404 page, in a stable order */
  sitemap: string[];
  sitemapUrl: string;
  counts: { events: number; articles: number; tags: number };
}

export function siteData(archive: Archive, site: SiteConfig): SiteData {
  // one card per event, shared by every list it appears in (home, years, tags, related events)
  const cardByEvent = new Map(archive.events.map((e) => [e, eventCard(e)]));
  const cardOf = (e: Event): EventCard => cardByEvent.get(e) ?? eventCard(e);
  const cards = [...cardByEvent.values()];
  const years = yearCounts(archive.events);
  const chart = yearChart(years);
  const homeCards = cards.slice(0, HOME_LIMIT);
  const siteUrl = absoluteUrl(site, "/");
  const homeDescription = site.description;

  const tagPages = archive.tags.flatMap((t) => {
    const c = chip(t);
    return paged(
      site,
      t.events.map(cardOf),
      tagUrl(t.id),
      `${t.label}`,
      `Peristiwa dengan tag ${t.label} (${KIND_LABELS[t.kind].toLowerCase()}) dalam ${site.title}: ${t.events.length} peristiwa.`,
      {
        feed: { url: tagFeedUrl(t.id), title: `${t.label} · ${site.title}` },
      },
    ).map((p) => ({ ...p, tag: c }));
  });

  // a year's events, 50 per page (a busy year must not make one huge page), grouped by month
  const yearPages: YearPage[] = years
    .filter((y) => y.count > 0)
    .flatMap((y, i, list) => {
      const newer = list[i - 1];
      const older = list[i + 1];
      const description = `${y.count} peristiwa hubungan China–Korea Utara pada tahun ${y.year}, menurut bulan.`;
      return paged(
        site,
        cards.filter((c) => c.date.year === y.year),
        yearUrl(y.year),
        `Arsip ${y.year}`,
        description,
      ).map((p) => {
        const filter = filterGroups(p.items);
        return {
          meta: p.meta,
          year: y.year,
          count: y.count,
          shown: p.items.length,
          months: groupByMonth(p.items, (c) => c.date)[0]?.months ?? [],
          filter,
          filterCount: countTags(filter),
          pagination: p.pagination,
          ...(older && { older }),
          ...(newer && { newer }),
        };
      });
    });

  const outlets = outletGroups(archive.events);
  const outletSummaries = outlets.map((o) => ({ slug: o.slug, name: o.name, url: outletUrl(o.slug), count: o.items.length }));
  const outletPages = outlets.flatMap((o, i) => {
    const summary = outletSummaries[i] as OutletSummary;
    const items = o.items.map(({ article, event }): OutletItem => ({
      heading: articleHeading(article),
      hasOwnTitle: article.title !== undefined,
      url: `${eventUrl(event.id)}#${article.id}`,
      ...(article.published && { publishedLabel: formatPublished(article.published), publishedIso: machineDate(article.published) }),
      event: { title: event.title, url: eventUrl(event.id), dateLabel: formatLong(event.date), dateIso: machineDate(event.date) },
    }));
    return paged(site, items, outletUrl(o.slug), `Sumber: ${o.name}`, `${o.items.length} artikel dari ${o.name} dalam ${site.title}.`).map((p) => ({
      ...p,
      outlet: summary,
    }));
  });

  const feedMeta = { url: "/feed.xml", title: site.title };
  const data: Omit<SiteData, "sitemap" | "sitemapUrl"> = {
    home: [
      {
        meta: pageMeta(
          site,
          "/",
          "Beranda",
          homeDescription,
          { ...webPageLd(site.title, homeDescription, siteUrl, site.title, siteUrl), "@type": "WebSite" },
          { feed: feedMeta },
        ),
        groups: groupByMonth(homeCards, (c) => c.date),
        filter: filterGroups(homeCards),
        filterCount: countTags(filterGroups(homeCards)),
        shown: homeCards.length,
        total: cards.length,
        chart,
        years: years.filter((y) => y.count > 0),
      },
    ],
    eventPages: eventPages(site, archive, cardOf),
    tagIndex: [
      {
        meta: pageMeta(
          site,
          "/topik/",
          "Topik",
          "Semua tag arsip, dikelompokkan menurut tokoh, lembaga, tempat dan topik, dengan jumlah peristiwanya.",
          listLd(site, "/topik/", "Topik", "Semua tag arsip."),
        ),
        groups: tagGroups(archive.tags),
      },
    ],
    tagPages,
    tagFeeds: archive.tags.map((t) =>
      feedOf(site, t.events, tagFeedUrl(t.id), tagUrl(t.id), `${t.label} · ${site.title}`, `Peristiwa terbaru dengan tag ${t.label}.`),
    ),
    archiveIndex: [
      {
        meta: pageMeta(
          site,
          "/arsip/",
          "Arsip per tahun",
          `Semua ${cards.length} peristiwa menurut tahun.`,
          listLd(site, "/arsip/", "Arsip per tahun", "Semua peristiwa menurut tahun."),
        ),
        years: years.filter((y) => y.count > 0),
        chart,
      },
    ],
    yearPages,
    outletIndex: [
      {
        meta: pageMeta(
          site,
          "/sumber/",
          "Sumber",
          `Artikel menurut media: ${outletSummaries.length} sumber.`,
          listLd(site, "/sumber/", "Sumber", "Artikel menurut media."),
        ),
        outlets: outletSummaries,
      },
    ],
    outletPages,
    feed: feedOf(site, archive.events, "/feed.xml", "/", site.title, site.description),
    notFound: [
      {
        meta: {
          ...pageMeta(
            site,
            "/404.html",
            "Halaman tidak ditemukan",
            "Halaman yang Anda cari tidak ada di arsip ini.",
            webPageLd("Halaman tidak ditemukan", "", absoluteUrl(site, "/404.html"), site.title, siteUrl),
          ),
        },
      },
    ],
    search: [
      {
        meta: pageMeta(
          site,
          "/cari/",
          "Cari",
          `Cari di ${cards.length} peristiwa dan ${archive.articleCount} artikel: nama, kata, atau kutipan.`,
          webPageLd("Cari", "Pencarian arsip", absoluteUrl(site, "/cari/"), site.title, siteUrl, "SearchResultsPage"),
          { search: true },
        ),
        years: years.filter((y) => y.count > 0),
      },
    ],
    counts: { events: archive.events.length, articles: archive.articleCount, tags: archive.tags.length },
  };
  const pages: { meta: PageMeta }[] = [
    ...data.home,
    ...data.eventPages,
    ...data.archiveIndex,
    ...data.yearPages,
    ...data.tagIndex,
    ...data.tagPages,
    ...data.outletIndex,
    ...data.outletPages,
    ...data.search,
  ];
  return { ...data, sitemap: pages.map((p) => p.meta.canonical), sitemapUrl: absoluteUrl(site, "/sitemap.xml") };
}
