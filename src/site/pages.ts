/**
 * Everything the templates need, computed here so that templates only loop and print: one
 * SiteData object for a validated Archive. The pieces live beside it (cards, event pages, feeds,
 * metadata, timeline, chart, outlets, related events).
 */
import { formatLong, formatPublished, machineDate } from "../content/dates.ts";
import type { Archive, Event } from "../content/model.ts";
import { NO_CACHE, type Cache } from "../lib/cache.ts";
import { articleHeading, chip, countTags, eventCard, filterGroups, tagGroups } from "./cards.ts";
import { yearChart } from "./chart.ts";
import type { SiteConfig } from "./config.ts";
import { eventPages } from "./event-pages.ts";
import { SEARCH_PART_FILTER, searchParts } from "./search-parts.ts";
import { phraseGroups } from "./spellings.ts";
import { comparePages } from "./compare-pages.ts";
import { citationFiles } from "./citations.ts";
import { dataFiles } from "./data.ts";
import { feedOf } from "./feeds.ts";
import { listLd, pageMeta, paged } from "./meta.ts";
import { outletGroups } from "./outlets.ts";
import { webPageLd } from "./seo.ts";
import { groupByMonth, yearCounts } from "./timeline.ts";
import {
  absoluteUrl,
  articleUrl,
  eventUrl,
  NOT_FOUND_PAGE,
  outletUrl,
  ROBOTS,
  SECTIONS,
  SITE_FEED,
  SITEMAP,
  tagFeedUrl,
  tagUrl,
  yearUrl,
} from "../lib/routes.ts";
import {
  HOME_LIMIT,
  KIND_LABELS,
  SEARCH_FACETS,
  type EventCard,
  type OutletItem,
  type OutletSummary,
  type PageMeta,
  type SiteData,
  type YearPage,
} from "./views.ts";

/** The page data of `archive`; `cache` keeps the costliest parts (each event's shared passages and spellings and each body's plain text) between runs. */
export function siteData(archive: Archive, site: SiteConfig, cache: Cache = NO_CACHE): SiteData {
  // one card per event, shared by every list it appears in (home, years, tags, related events)
  const cardByEvent = new Map(archive.events.map((e) => [e, eventCard(e)]));
  const cardOf = (e: Event): EventCard => cardByEvent.get(e) ?? eventCard(e);
  const cards = [...cardByEvent.values()];
  const years = yearCounts(archive.events);
  const chart = yearChart(years);
  const homeCards = cards.slice(0, HOME_LIMIT);
  const siteUrl = absoluteUrl(site, SECTIONS.home);
  const homeDescription = site.description;

  const tagPages = tagPagesOf(archive, site, cardOf);
  const yearPages = yearPagesOf(site, cards, years);
  const { outletSummaries, outletPages } = outletPagesOf(archive, site);

  const feedMeta = { url: SITE_FEED, title: site.title };
  const events = eventPages(site, archive, cardOf, cache);
  const data: Omit<SiteData, "sitemap" | "robots"> = {
    home: [
      {
        meta: pageMeta(
          site,
          SECTIONS.home,
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
    eventPages: events,
    comparePages: comparePages(site, archive, cache),
    tagIndex: [
      {
        meta: pageMeta(
          site,
          SECTIONS.tags,
          "Topik",
          "Semua tag arsip, dikelompokkan menurut tokoh, lembaga, tempat dan topik, dengan jumlah peristiwanya.",
          listLd(site, SECTIONS.tags, "Topik", "Semua tag arsip."),
        ),
        groups: tagGroups(archive.tags),
      },
    ],
    tagPages,
    feeds: [
      feedOf(site, archive.events, SITE_FEED, SECTIONS.home, site.title, site.description),
      ...archive.tags.map((t) =>
        feedOf(site, t.events, tagFeedUrl(t.id), tagUrl(t.id), `${t.label} · ${site.title}`, `Peristiwa terbaru dengan tag ${t.label}.`),
      ),
    ],
    archiveIndex: [
      {
        meta: pageMeta(
          site,
          SECTIONS.years,
          "Arsip per tahun",
          `Semua ${cards.length} peristiwa menurut tahun.`,
          listLd(site, SECTIONS.years, "Arsip per tahun", "Semua peristiwa menurut tahun."),
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
          SECTIONS.outlets,
          "Sumber",
          `Artikel menurut sumber yang menerbitkannya: ${outletSummaries.length} sumber.`,
          listLd(site, SECTIONS.outlets, "Sumber", "Artikel menurut sumber yang menerbitkannya."),
        ),
        outlets: outletSummaries,
      },
    ],
    outletPages,
    notFound: [
      {
        meta: {
          ...pageMeta(
            site,
            NOT_FOUND_PAGE,
            "Halaman tidak ditemukan",
            "Halaman yang Anda cari tidak ada di arsip ini.",
            webPageLd("Halaman tidak ditemukan", "", absoluteUrl(site, NOT_FOUND_PAGE), site.title, siteUrl),
          ),
        },
      },
    ],
    search: [
      {
        meta: pageMeta(
          site,
          SECTIONS.search,
          "Cari",
          `Cari di ${cards.length} peristiwa dan ${archive.articleCount} artikel: nama, kata, atau kutipan.`,
          webPageLd("Cari", "Pencarian arsip", absoluteUrl(site, SECTIONS.search), site.title, siteUrl, "SearchResultsPage"),
          { search: true, wide: true },
        ),
        years: years.filter((y) => y.count > 0),
        facets: SEARCH_FACETS,
        // every name with the others that mean the same (for phrases and other spellings in search.js)
        names: [...archive.tags.map((t) => [t.label, ...t.aliases]), ...archive.synonyms],
        // names of several words, each with the key of its group in the event pages' `nama` filter
        phrases: phraseGroups(archive),
        // the parts of the search index, newest first, and the filter that tells them apart (search-parts.ts)
        index: { parts: searchParts(events).map((p) => p.part), filter: SEARCH_PART_FILTER },
      },
    ],
    files: [...dataFiles(archive, site, cache), ...citationFiles(archive, site)],
  };
  const pages: { meta: PageMeta }[] = [
    ...data.home,
    ...data.eventPages,
    ...data.comparePages,
    ...data.archiveIndex,
    ...data.yearPages,
    ...data.tagIndex,
    ...data.tagPages,
    ...data.outletIndex,
    ...data.outletPages,
    ...data.search,
  ];
  return {
    ...data,
    sitemap: [{ path: SITEMAP, urls: pages.map((p) => p.meta.canonical) }],
    robots: [{ path: ROBOTS, sitemapUrl: absoluteUrl(site, SITEMAP) }],
  };
}

/** Each tag's pages: its events, paginated, with its feed. */
function tagPagesOf(archive: Archive, site: SiteConfig, cardOf: (e: Event) => EventCard) {
  return archive.tags.flatMap((t) => {
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
}

/** Each year's pages. */
function yearPagesOf(site: SiteConfig, cards: readonly EventCard[], years: ReturnType<typeof yearCounts>): YearPage[] {
  // a year's events, 50 per page (a busy year must not make one huge page), grouped by month
  return years
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
}

/** The outlets with their counts, and each outlet's pages: its articles, newest first. */
function outletPagesOf(archive: Archive, site: SiteConfig) {
  const outlets = outletGroups(archive.events);
  const outletSummaries = outlets.map((o) => ({ slug: o.slug, name: o.name, url: outletUrl(o.slug), count: o.items.length }));
  const outletPages = outlets.flatMap((o, i) => {
    const summary = outletSummaries[i] as OutletSummary;
    const items = o.items.map(({ article, event }): OutletItem => ({
      heading: articleHeading(article),
      hasOwnTitle: article.title !== undefined,
      url: articleUrl(event.id, article.id),
      ...(article.published && { publishedLabel: formatPublished(article.published), publishedIso: machineDate(article.published) }),
      event: { title: event.title, url: eventUrl(event.id), dateLabel: formatLong(event.date), dateIso: machineDate(event.date) },
    }));
    return paged(site, items, outletUrl(o.slug), `Sumber: ${o.name}`, `${o.items.length} artikel dari ${o.name} dalam ${site.title}.`).map((p) => ({
      ...p,
      outlet: summary,
    }));
  });
  return { outletSummaries, outletPages };
}
