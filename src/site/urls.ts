/** Every URL of the site, in one place. Paths are root-relative; HtmlBasePlugin adds the path prefix in HTML. */
import type { SiteConfig } from "./config.ts";

export const eventUrl = (id: string): string => `/peristiwa/${id}/`;
export const tagUrl = (id: string): string => `/topik/${id}/`;
export const tagFeedUrl = (id: string): string => `/topik/${id}/feed.xml`;
export const yearUrl = (year: number): string => `/arsip/${year}/`;
export const outletUrl = (slug: string): string => `/sumber/${slug}/`;

/** Page n (1-based) of a paginated list whose first page is `base`: `/topik/x/`, `/topik/x/2/`. */
export const pageUrl = (base: string, n: number): string => (n <= 1 ? base : `${base}${n}/`);

/** An article's section on its event page, root-relative: `/peristiwa/<event-id>/#<article-id>`. */
export const articleUrl = (eventId: string, articleId: string): string => `${eventUrl(eventId)}#${articleId}`;

/** Absolute URL for feeds, canonical links and JSON-LD: site URL + path prefix + path. */
export function absoluteUrl(site: Pick<SiteConfig, "url" | "pathPrefix">, path: string): string {
  return `${site.url}${site.pathPrefix}${path.replace(/^\/+/, "")}`;
}
