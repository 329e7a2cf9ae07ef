/** Page metadata (title, description, canonical URL, JSON-LD) and paginated list pages. */
import type { SiteConfig } from "./config.ts";
import { paginate } from "./paginate.ts";
import { jsonLdScript, webPageLd } from "./seo.ts";
import { absoluteUrl, SECTIONS } from "../lib/routes.ts";
import type { ListPage, PageMeta } from "./views.ts";

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

export function listLd(site: SiteConfig, path: string, title: string, description: string): Record<string, unknown> {
  return webPageLd(title, description, absoluteUrl(site, path), site.title, absoluteUrl(site, SECTIONS.home), "CollectionPage");
}

export function paged<T>(
  site: SiteConfig,
  items: readonly T[],
  base: string,
  title: string,
  description: string,
  extra: Partial<PageMeta> = {},
): ListPage<T>[] {
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
