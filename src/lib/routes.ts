/**
 * Every address of the site, in one place: the section roots, the navigation, the feeds, the data
 * files and each page's address. Paths are root-relative; HtmlBasePlugin adds the path prefix in
 * HTML. Every layer may import this module (the templates get it as the global `routes`); no other
 * file of src/ or templates/ writes an address of a section or feed (tests/e2e/architecture.test.ts).
 */

/** The sections: the root address of each kind of page. */
export const SECTIONS = {
  home: "/",
  events: "/peristiwa/",
  years: "/arsip/",
  tags: "/topik/",
  outlets: "/sumber/",
  agencies: "/kantor-berita/",
  storylines: "/rangkaian/",
  search: "/cari/",
  data: "/data/",
  assets: "/assets/",
  searchIndex: "/pagefind/",
} as const;

/** The files at the site's root besides its pages. */
export const NOT_FOUND_PAGE = "/404.html";
export const SITEMAP = "/sitemap.xml";
export const ROBOTS = "/robots.txt";

/** The site's Atom feed; each tag's, outlet's, agency's and storyline's is `feed.xml` in its folder. */
export const FEED_FILE = "feed.xml";
export const SITE_FEED = `/${FEED_FILE}`;
/** Beside each Atom feed, the same entries as a JSON Feed 1.1. */
export const JSON_FEED_FILE = "feed.json";
/** The JSON Feed beside the Atom feed at `atomPath`. */
export const jsonFeedUrl = (atomPath: string): string => `${atomPath.slice(0, atomPath.length - FEED_FILE.length)}${JSON_FEED_FILE}`;
export const SITE_JSON_FEED = jsonFeedUrl(SITE_FEED);

/** The archive as data (src/site/data.ts), in the order the build writes them. */
export const DATA_PATHS = {
  json: `${SECTIONS.data}arsip.json`,
  schema: `${SECTIONS.data}arsip.schema.json`,
  csv: `${SECTIONS.data}artikel.csv`,
  manifest: `${SECTIONS.data}manifest.json`,
} as const;

export const eventUrl = (id: string): string => `${SECTIONS.events}${id}/`;
/** The comparison of an event's texts, side by side. */
export const compareUrl = (id: string): string => `${eventUrl(id)}banding/`;
export const tagUrl = (id: string): string => `${SECTIONS.tags}${id}/`;
export const tagFeedUrl = (id: string): string => `${tagUrl(id)}${FEED_FILE}`;
export const yearUrl = (year: number): string => `${SECTIONS.years}${year}/`;
/** The query of the home and year pages that shows only the events of the tags it names (templates/assets/filter.js reads it from the page): `?topik=a,b`. */
export const TAG_FILTER_PARAM = "topik";
export const outletUrl = (slug: string): string => `${SECTIONS.outlets}${slug}/`;
export const outletFeedUrl = (slug: string): string => `${outletUrl(slug)}${FEED_FILE}`;
export const agencyUrl = (id: string): string => `${SECTIONS.agencies}${id}/`;
export const agencyFeedUrl = (id: string): string => `${agencyUrl(id)}${FEED_FILE}`;
export const storylineUrl = (id: string): string => `${SECTIONS.storylines}${id}/`;
export const storylineFeedUrl = (id: string): string => `${storylineUrl(id)}${FEED_FILE}`;

/** A section's folder in the output, relative to its root: `/pagefind/` → `pagefind`. */
export const folderOf = (section: string): string => section.replace(/^\/+|\/+$/g, "");

/** Page n (1-based) of a paginated list whose first page is `base`: `/topik/x/`, `/topik/x/2/`. */
export const pageUrl = (base: string, n: number): string => (n <= 1 ? base : `${base}${n}/`);

/** An article's section on its event page, root-relative: `/peristiwa/<event-id>/#<article-id>`. */
export const articleUrl = (eventId: string, articleId: string): string => `${eventUrl(eventId)}#${articleId}`;

/** Absolute URL for feeds, canonical links and JSON-LD: site URL + path prefix + path. */
export function absoluteUrl(site: { readonly url: string; readonly pathPrefix: string }, path: string): string {
  return `${site.url}${site.pathPrefix}${path.replace(/^\/+/, "")}`;
}

/** The live preview's own addresses (npm start only): its reload script and the stream that says when to reload. */
export const PREVIEW = { script: "/_pratinjau/muat-ulang.js", events: "/_pratinjau/perubahan" } as const;

/** The main navigation, in order: its label and address. */
export const NAV = [
  { label: "Beranda", path: SECTIONS.home },
  { label: "Arsip", path: SECTIONS.years },
  { label: "Topik", path: SECTIONS.tags },
  { label: "Sumber", path: SECTIONS.outlets },
  { label: "Cari", path: SECTIONS.search },
] as const;

/** The footer's links, in order. */
export const FOOTER_LINKS = [
  { label: "Umpan Atom", path: SITE_FEED },
  { label: "Umpan JSON", path: SITE_JSON_FEED },
  { label: "Arsip per tahun", path: SECTIONS.years },
  { label: "Rangkaian peristiwa", path: SECTIONS.storylines },
  { label: "Semua topik", path: SECTIONS.tags },
  { label: "Semua sumber", path: SECTIONS.outlets },
  { label: "Kantor berita", path: SECTIONS.agencies },
] as const;

/** What the templates get as `routes`. */
export const ROUTES = {
  ...SECTIONS,
  feed: SITE_FEED,
  jsonFeed: SITE_JSON_FEED,
  tagFilter: TAG_FILTER_PARAM,
  nav: NAV,
  footer: FOOTER_LINKS,
  dataFiles: DATA_PATHS,
} as const;
