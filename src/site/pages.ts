/**
 * Everything the templates need, computed here so that templates only loop and print: one
 * SiteData object for a validated Archive. The pieces live beside it (cards, event pages, feeds,
 * metadata, timeline, chart, outlets, related events).
 */
import { formatLong, formatPublished, machineDate } from "../content/dates.ts";
import type { Agency, Archive, Article, Event } from "../content/model.ts";
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
import { feedLink, feedOf, jsonFeedFiles } from "./feeds.ts";
import { isAgencyKind, SOURCE_KIND_LABELS, SOURCE_KINDS, sourceChart, unlistedSources } from "./sourcing.ts";
import { shownStorylines, storylineSummary, storylineTimeline } from "./storylines.ts";
import { companions, tagYearChart } from "./names-in-time.ts";
import { UNKNOWN_OUTLET } from "../content/outlets.ts";
import { listLd, pageMeta, paged } from "./meta.ts";
import { outletGroups } from "./outlets.ts";
import { webPageLd } from "./seo.ts";
import { groupByMonth, yearCounts } from "./timeline.ts";
import {
  absoluteUrl,
  agencyFeedUrl,
  agencyUrl,
  articleUrl,
  eventUrl,
  NOT_FOUND_PAGE,
  outletFeedUrl,
  outletUrl,
  ROBOTS,
  SECTIONS,
  SITE_FEED,
  SITEMAP,
  storylineFeedUrl,
  storylineUrl,
  tagFeedUrl,
  tagUrl,
  yearUrl,
} from "../lib/routes.ts";
import {
  HOME_LIMIT,
  KIND_LABELS,
  SEARCH_FACETS,
  type AgencyItem,
  type AgencySummary,
  type EventCard,
  type OutletItem,
  type OutletSummary,
  type PageMeta,
  type SiteData,
  type StorylineSummary,
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
  const { outletSummaries, outletPages, outletFeeds } = outletPagesOf(archive, site);
  const { agencyIndex, agencyPages, agencyFeeds } = agencyPagesOf(archive, site);
  const { storylineIndex, storylinePages, storylineFeeds } = storylinePagesOf(archive, site, cardOf);
  const sources = sourceChart(archive.events);

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
          { feed: feedLink(SITE_FEED, site.title) },
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
      ...outletFeeds,
      ...agencyFeeds,
      ...storylineFeeds,
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
        sources,
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
    agencyIndex: [{ ...agencyIndex, sources }],
    agencyPages,
    storylineIndex,
    storylinePages,
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
    files: [],
  };
  // the JSON Feed beside each Atom feed, then the archive as data and every article's citation files
  data.files = [...jsonFeedFiles(site, data.feeds), ...dataFiles(archive, site, cache), ...citationFiles(archive, site)];
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
    ...data.agencyIndex,
    ...data.agencyPages,
    ...data.storylineIndex,
    ...data.storylinePages,
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
    const chart = tagYearChart(t);
    const names = companions(t, archive.tags);
    return paged(
      site,
      t.events.map(cardOf),
      tagUrl(t.id),
      `${t.label}`,
      `Peristiwa dengan tag ${t.label} (${KIND_LABELS[t.kind].toLowerCase()}) dalam ${site.title}: ${t.events.length} peristiwa.`,
      { feed: feedLink(tagFeedUrl(t.id), `${t.label} · ${site.title}`) },
    ).map((p, i) => ({ ...p, tag: c, ...(i === 0 && t.events.length > 0 && { chart, companions: names }) }));
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
    const items = o.items.map(({ article, event }) => articleItem(article, event));
    return paged(site, items, outletUrl(o.slug), `Sumber: ${o.name}`, `${o.items.length} artikel dari ${o.name} dalam ${site.title}.`, {
      feed: feedLink(outletFeedUrl(o.slug), `${o.name} · ${site.title}`),
    }).map((p) => ({ ...p, outlet: summary }));
  });
  const outletFeeds = outlets.map((o) =>
    feedOf(site, eventsOf(o.items), outletFeedUrl(o.slug), outletUrl(o.slug), `${o.name} · ${site.title}`, `Peristiwa terbaru yang diliput ${o.name}.`),
  );
  return { outletSummaries, outletPages, outletFeeds };
}

/** The title of the agencies' index. */
const AGENCIES_TITLE = "Kantor berita dan media";

/** How an agency's page names an article its source printed without a headline (the outlet is named beside it). */
const UNTITLED = "berita tanpa judul";

/** The events of a list of articles (newest event first), each once. */
const eventsOf = (items: readonly { event: Event }[]): Event[] => [...new Set(items.map((i) => i.event))];

/** An article in a list of articles (an outlet's or an agency's page): its heading, its address and its event. */
function articleItem(article: Article, event: Event): OutletItem {
  return {
    heading: articleHeading(article),
    hasOwnTitle: article.title !== undefined,
    url: articleUrl(event.id, article.id),
    ...(article.published && { publishedLabel: formatPublished(article.published), publishedIso: machineDate(article.published) }),
    event: { title: event.title, url: eventUrl(event.id), dateLabel: formatLong(event.date), dateIso: machineDate(event.date) },
  };
}

/** The agencies that articles relay, by kind, with their counts; each cited agency's pages (its articles, newest event first) and feed. */
function agencyPagesOf(archive: Archive, site: SiteConfig) {
  const eventOf = new Map(archive.events.flatMap((e) => e.articles.map((a) => [a, e] as const)));
  const cited = archive.agencies.filter((a) => a.articles.length > 0);
  const summaryOf = (a: Agency): AgencySummary => ({
    id: a.id,
    label: a.label,
    url: agencyUrl(a.id),
    kind: a.kind,
    kindLabel: SOURCE_KIND_LABELS[a.kind].label,
    count: a.articles.length,
  });
  const { none: noSource, unlisted } = unlistedSources(archive.events);
  const description = `Artikel menurut kantor berita atau media yang dikutipnya: ${cited.length} sumber kutipan.`;
  const agencyIndex = {
    meta: pageMeta(site, SECTIONS.agencies, AGENCIES_TITLE, description, listLd(site, SECTIONS.agencies, AGENCIES_TITLE, description)),
    groups: SOURCE_KINDS.filter(isAgencyKind)
      .map((kind) => ({ kind, label: SOURCE_KIND_LABELS[kind].label, agencies: cited.filter((a) => a.kind === kind).map(summaryOf) }))
      .filter((g) => g.agencies.length > 0),
    unlisted: { count: unlisted.reduce((n, u) => n + u.count, 0), names: unlisted.map((u) => u.name) },
    noSource,
  };
  const agencyPages = cited.flatMap((a) => {
    const summary = summaryOf(a);
    const items = a.articles.flatMap((article): AgencyItem[] => {
      const event = eventOf.get(article);
      if (!event) return [];
      // the outlet is named beside each item: an untitled article is not named by it again
      const item = articleItem(article, event);
      return [{ ...item, heading: item.hasOwnTitle ? item.heading : UNTITLED, outlet: article.outlet ?? UNKNOWN_OUTLET }];
    });
    return paged(
      site,
      items,
      agencyUrl(a.id),
      `Artikel yang mengutip ${a.label}`,
      `${items.length} artikel yang mengutip ${a.label} (${SOURCE_KIND_LABELS[a.kind].phrase}) dalam ${site.title}.`,
      {
        feed: feedLink(agencyFeedUrl(a.id), `Mengutip ${a.label} · ${site.title}`),
      },
    ).map((p) => ({ ...p, agency: summary }));
  });
  const agencyFeeds = cited.map((a) =>
    feedOf(
      site,
      [...new Set(a.articles.flatMap((x) => eventOf.get(x) ?? []))],
      agencyFeedUrl(a.id),
      agencyUrl(a.id),
      `Mengutip ${a.label} · ${site.title}`,
      `Peristiwa terbaru dengan liputan yang mengutip ${a.label}.`,
    ),
  );
  return { agencyIndex, agencyPages, agencyFeeds };
}

/** The storylines' index, each storyline's page (its events in order, as a timeline) and its feed. */
function storylinePagesOf(archive: Archive, site: SiteConfig, cardOf: (e: Event) => EventCard) {
  const storylines = shownStorylines(archive.storylines);
  const summaries = storylines.map(storylineSummary);
  const description = `Peristiwa yang bersambung menjadi satu cerita: ${summaries.length} rangkaian.`;
  const storylineIndex = [
    {
      meta: pageMeta(site, SECTIONS.storylines, "Rangkaian peristiwa", description, listLd(site, SECTIONS.storylines, "Rangkaian peristiwa", description)),
      storylines: summaries,
    },
  ];
  const storylinePages = storylines.map((s, i) => {
    const summary = summaries[i] as StorylineSummary;
    const url = storylineUrl(s.id);
    return {
      meta: pageMeta(site, url, s.title, s.summary, listLd(site, url, s.title, s.summary), {
        feed: feedLink(storylineFeedUrl(s.id), `${s.title} · ${site.title}`),
      }),
      storyline: summary,
      timeline: storylineTimeline(s, cardOf),
    };
  });
  const storylineFeeds = storylines.map((s) =>
    feedOf(site, [...s.events].reverse(), storylineFeedUrl(s.id), storylineUrl(s.id), `${s.title} · ${site.title}`, `Peristiwa dalam rangkaian: ${s.title}.`),
  );
  return { storylineIndex, storylinePages, storylineFeeds };
}
