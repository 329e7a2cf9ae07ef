/**
 * The view types: exactly what templates print. Every string is plain text (templates escape it)
 * except fields named `html` (made safe by markdown.ts) and `jsonLd` (made safe by seo.ts).
 */
import type { CalendarDate } from "../content/dates.ts";
import type { TagKind } from "../content/schema.ts";
import type { TagRef } from "../content/model.ts";
import type { Chart } from "./chart.ts";
import type { SourceChart, SourcingPart } from "./sourcing.ts";
import type { ArticleCitation } from "./citations.ts";
import type { Pagination } from "./paginate.ts";
import type { MonthGroup, YearCount, YearGroup } from "./timeline.ts";
import { fingerprintOf } from "./page-list.ts";

/** How a tag kind is named to readers. */
export const KIND_LABELS: Record<TagKind, string> = {
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
  /** the id of its card in a list: a tag's chart links to it (names-in-time.ts) */
  anchor: string;
  url: string;
  title: string;
  summary: string;
  place?: string;
  date: CalendarDate;
  dateLabel: string;
  dateIso: string;
  tags: TagChip[];
  /** the first few tags a card shows (the event's own first), see cards.ts chipOrder */
  chips: TagChip[];
  /** how many more tags the event has than `chips` shows */
  moreTags: number;
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
  /** the outlet's headline, or, where the source printed none, `<outlet>, <publication date>` (shown apart, never as a headline) */
  heading: string;
  hasOwnTitle: boolean;
  outlet: string;
  outletUrl: string;
  publishedLabel?: string;
  publishedIso?: string;
  /** the source gave the day but not the time */
  publishedDateOnly?: true;
  /** who wrote and edited it: `[{ label: "Penulis", name: "Ani" }, { label: "Editor", name: "Budi" }]` */
  byline?: { label: string; name: string }[];
  /** the source it relays: the agency's label and page when kantor-berita.yaml knows it, else `via` as written */
  via?: { label: string; url?: string; kindLabel: string };
  url?: string;
  /** the archived copy of the original the editor gave (address and capture date), marked up as Robust Links */
  archived?: { url: string; dateIso: string; dateLabel: string };
  language: string;
  tags: TagChip[];
  /** the text, or its first paragraphs when it is long */
  html: string;
  /** the rest of a long text, folded under "Baca selengkapnya" ("" when the text is short) */
  rest: string;
  /** how many paragraphs (and other blocks) `rest` holds */
  restBlocks: number;
  /** how to cite it: the formatted citation, its BibTeX/RIS/CSL-JSON files, COinS and fingerprint */
  cite: ArticleCitation;
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
  /** link rel=alternate to an Atom feed and the JSON Feed beside it, root-relative (feeds.ts feedLink) */
  feed?: { url: string; json: string; title: string };
  /** the search page: its policy also allows Pagefind's WebAssembly */
  search?: boolean;
  /** a page that uses a wide screen's width (the event's source strip, the search facets beside the texts) */
  wide?: boolean;
  /** an event's full coverage: the script that opens folded texts */
  coverage?: boolean;
  /** a comparison: the script that sets the paragraphs of one row level (banding.js) */
  aligned?: boolean;
}

/**
 * The search page's facets, in the order it shows them: each the name of a Pagefind filter on the
 * event pages, its label, and whether a result must have all the values chosen or any of them.
 * The event pages (event-pages.ts), peristiwa.njk and search.js all take them from here.
 */
export const SEARCH_FACETS = [
  { key: "topik", label: "Topik", mode: "all" },
  { key: "tahun", label: "Tahun", mode: "any" },
  { key: "sumber", label: "Sumber", mode: "any" },
  { key: "kutipan", label: "Mengutip", mode: "any" },
  { key: "jenis", label: "Jenis tag", mode: "all" },
] as const;
export type FacetKey = (typeof SEARCH_FACETS)[number]["key"];

/** An event page's values for each facet, as `<data data-pagefind-filter>` elements print them. */
export type SearchFacets = { key: FacetKey; value: string }[];

/** An event's place in a storyline it belongs to: "peristiwa ke-2 dari 3", with the storyline's events before and after it. */
export interface EventInStoryline {
  title: string;
  url: string;
  position: number;
  count: number;
  /** `peristiwa ke-2 dari 3`; absent while the storyline has one published event */
  place?: string;
  previous?: { url: string; title: string; dateLabel: string; dateIso: string };
  next?: { url: string; title: string; dateLabel: string; dateIso: string };
}

export interface StorylineSummary {
  id: string;
  title: string;
  summary: string;
  url: string;
  /** published events */
  count: number;
  /** the years it spans: `2017–2021`, or one year */
  span?: string;
}

export interface EventPage extends EventCard {
  meta: PageMeta;
  facets: SearchFacets;
  /** where its articles come from: each source they relay with how many do, then those that name none */
  sourcing: SourcingPart[];
  /** the storylines it belongs to, with its place in each */
  storylines: EventInStoryline[];
  html: string;
  articles: ArticleView[];
  older?: { url: string; title: string; dateLabel: string };
  newer?: { url: string; title: string; dateLabel: string };
  related: EventCard[];
  cite: { text: string; url: string };
  /** the comparison of its texts, where it has two articles or more */
  compareUrl?: string;
  /** every spelling of the names the page mentions (tag aliases, synonyms), indexed for search, never shown */
  spellings: string;
  /** the groups of names of several words its texts print (spellings.ts printedNames): the `nama` filter of search */
  names: string[];
  /** quotations two or more of the articles carry, with those articles */
  sharedQuotations: {
    /** every article prints the same words (one wording); otherwise the statement is relayed in other words, each article's own wording shown */
    sameWords: boolean;
    wordings: { parts: { text: string; differs: boolean }[]; articles: { id: string; outlet: string }[] }[];
  }[];
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
  /** the event's summary and its coverage, as plain text: `Ringkasan. Liputan: Kontan, Warta Ekonomi.` */
  summary: string;
  /** the summary and the coverage list, as HTML */
  contentHtml: string;
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

/** An agency as its index lists it. */
export interface AgencySummary {
  id: string;
  label: string;
  url: string;
  kind: string;
  kindLabel: string;
  /** published articles that relay it */
  count: number;
}

/** An article on an agency's page: as on an outlet's page, with the outlet that published it. */
export type AgencyItem = OutletItem & { outlet: string };

export interface OutletSummary {
  slug: string;
  name: string;
  url: string;
  count: number;
}

/** One article in the comparison of an event's texts. */
export interface CompareColumn {
  id: string;
  outlet: string;
  heading: string;
  hasOwnTitle: boolean;
  publishedLabel?: string;
  publishedIso?: string;
  /** its whole text (never folded), the words other articles print alike marked */
  html: string;
  /** how many of its words other articles of the event print alike, and how many it has */
  sharedWords: number;
  words: number;
}

/** The comparison of an event's texts (/peristiwa/<id>/banding/): every article whole, side by side on a wide screen. */
export interface ComparePage {
  meta: PageMeta;
  event: { title: string; url: string; dateLabel: string; dateIso: string };
  columns: CompareColumn[];
  /** the same wordings the event page lists under "Kutipan bersama" */
  sharedQuotations: EventPage["sharedQuotations"];
}

/** Everything the templates need, in one object handed to Eleventy as global data. */
export interface SiteData {
  home: HomeView[];
  eventPages: EventPage[];
  /** one per event covered by two articles or more */
  comparePages: ComparePage[];
  tagIndex: { meta: PageMeta; groups: TagGroup[] }[];
  /** a tag's pages; the first has its events per year and its companions */
  tagPages: (ListPage<EventCard> & { tag: TagChip; chart?: Chart; companions?: (TagChip & { shared: number })[] })[];
  archiveIndex: { meta: PageMeta; years: YearCount[]; chart: Chart; sources: SourceChart }[];
  yearPages: YearPage[];
  outletIndex: { meta: PageMeta; outlets: OutletSummary[] }[];
  outletPages: (ListPage<OutletItem> & { outlet: OutletSummary })[];
  agencyIndex: {
    meta: PageMeta;
    groups: { kind: string; label: string; agencies: AgencySummary[] }[];
    /** articles that relay a source kantor-berita.yaml does not list, and those that name none */
    unlisted: { count: number; names: string[] };
    noSource: number;
    sources: SourceChart;
  }[];
  agencyPages: (ListPage<AgencyItem> & { agency: AgencySummary })[];
  storylineIndex: { meta: PageMeta; storylines: StorylineSummary[] }[];
  storylinePages: { meta: PageMeta; storyline: StorylineSummary; timeline: { position: number; card: EventCard }[] }[];
  /** the site's feed first, then one per tag, outlet, agency and storyline (each also as a JSON Feed among `files`) */
  feeds: Feed[];
  notFound: { meta: PageMeta }[];
  search: {
    meta: PageMeta;
    years: YearCount[];
    facets: typeof SEARCH_FACETS;
    names: string[][];
    phrases: { key: string; names: string[] }[];
    index: { parts: string[]; filter: string };
  }[];
  /** the sitemap: absolute URLs of every HTML page but the 404 page, in a stable order */
  sitemap: { path: string; urls: string[] }[];
  robots: { path: string; sitemapUrl: string }[];
  /** files written as they are, beside the rendered pages: the archive as data (data.ts) and every article's citation files (citations.ts) */
  files: PlainFile[];
}

/** A file of the site that needs no template: its root-relative path and its whole text. */
export interface PlainFile {
  path: string;
  readonly content: string;
  /** the text as UTF-8, made piece by piece where the file is made in pieces (arsip.json: never one 300 MB string) */
  bytes(): Buffer;
  /**
   * The fingerprint of what the text is made from, where that is known without making the text
   * (an article's citation: its CSL item; a JSON Feed: its entries); undefined for a file made from the whole archive. A
   * build or the preview that finds the key it wrote last time keeps the file without making its text.
   */
  readonly key: string | undefined;
}

/**
 * A plain file whose text is made each time it is read (a build reads it once, to write it), so
 * that the texts of every data and citation file are never in memory together. `make` returns the
 * text, or its pieces in order; `inputs`: what `make` reads, fingerprinted (as JSON) for the file's
 * key when first asked for.
 */
export function plainFile(path: string, make: () => string | Iterable<string>, inputs?: () => unknown): PlainFile {
  let key: string | undefined;
  const text = (): string => {
    const made = make();
    return typeof made === "string" ? made : [...made].join("");
  };
  const bytes = (): Buffer => {
    const made = make();
    return typeof made === "string" ? Buffer.from(made, "utf8") : Buffer.concat(Array.from(made, (part) => Buffer.from(part, "utf8")));
  };
  return Object.defineProperties(
    { path, bytes },
    {
      content: { enumerable: true, get: text },
      key: { enumerable: true, get: () => (inputs === undefined ? undefined : (key ??= fingerprintOf([path, inputs()]))) },
    },
  ) as PlainFile;
}
