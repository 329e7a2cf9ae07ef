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
  search: "/cari/",
  data: "/data/",
  assets: "/assets/",
  searchIndex: "/pagefind/",
} as const;

/** The files at the site's root besides its pages. */
export const NOT_FOUND_PAGE = "/404.html";
export const SITEMAP = "/sitemap.xml";
export const ROBOTS = "/robots.txt";

/** The site's Atom feed; each tag's is `feed.xml` in its folder. */
export const FEED_FILE = "feed.xml";
export const SITE_FEED = `/${FEED_FILE}`;

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
export const outletUrl = (slug: string): string => `${SECTIONS.outlets}${slug}/`;

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
  { label: "Arsip per tahun", path: SECTIONS.years },
  { label: "Semua topik", path: SECTIONS.tags },
  { label: "Semua sumber", path: SECTIONS.outlets },
] as const;

/** What the templates get as `routes`. */
export const ROUTES = { ...SECTIONS, feed: SITE_FEED, nav: NAV, footer: FOOTER_LINKS, dataFiles: DATA_PATHS } as const;
