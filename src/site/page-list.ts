/**
 * Every page the templates render, with its address and its fingerprint. Each template paginates
 * one collection of SiteData, one page per item, and prints the address the item carries (its
 * `meta.path`, or `path` for feeds, the sitemap and robots.txt). A page is a function of its item,
 * the site's settings and the project's code alone: layouts read nothing else of the archive but
 * the live preview's `errors` (a test holds the templates to that). So an item's fingerprint, with
 * the code and the settings, says whether a page from an earlier build can be kept as it is.
 */
import type { SiteData } from "./views.ts";
import { sha256 } from "../lib/hash.ts";

/** The collections of SiteData that templates paginate. */
export type Collection = Exclude<keyof SiteData, "files">;

/** Where each collection's pages are published: the address its template's permalink prints. */
export const COLLECTIONS: { readonly [K in Collection]: (item: SiteData[K][number]) => string } = {
  home: (v) => v.meta.path,
  eventPages: (v) => v.meta.path,
  comparePages: (v) => v.meta.path,
  tagIndex: (v) => v.meta.path,
  tagPages: (v) => v.meta.path,
  archiveIndex: (v) => v.meta.path,
  yearPages: (v) => v.meta.path,
  outletIndex: (v) => v.meta.path,
  outletPages: (v) => v.meta.path,
  agencyIndex: (v) => v.meta.path,
  agencyPages: (v) => v.meta.path,
  storylineIndex: (v) => v.meta.path,
  storylinePages: (v) => v.meta.path,
  notFound: (v) => v.meta.path,
  search: (v) => v.meta.path,
  feeds: (f) => f.path,
  sitemap: (s) => s.path,
  robots: (r) => r.path,
};

/** The one collection whose pages go into the search index (they alone carry data-pagefind-body). */
export const SEARCHABLE: Collection = "eventPages";

export interface PageEntry {
  collection: Collection;
  /** the item's position in its collection */
  index: number;
  /** root-relative address, as Eleventy's page.url gives it */
  url: string;
  fingerprint: string;
}

/**
 * The SHA-256 of `value` as JSON. Views whose HTML is rendered lazily (markdown.ts) serialise what
 * the HTML is rendered from, so fingerprinting never renders a body.
 */
export function fingerprintOf(value: unknown): string {
  return sha256(JSON.stringify(value) ?? "undefined");
}

/**
 * `view`, listed on many pages (an event's card: related events, tag, year and outlet pages, the
 * home page), fingerprinted once: as JSON it is `{"fingerprint": …}`, the fingerprint of its own
 * fields, so that each page listing it hashes 64 characters instead of every field again. A view
 * is never changed once made, so the fingerprint, computed when first asked for, stays true.
 */
export function fingerprintedOnce<T extends object>(view: T): T {
  let json: { fingerprint: string } | undefined;
  return Object.defineProperty(view, "toJSON", {
    enumerable: false,
    value: () => (json ??= { fingerprint: fingerprintOf({ ...view }) }),
  });
}

/** Every page of the site, collection by collection, in pagination order. */
export function pageEntries(data: SiteData): PageEntry[] {
  const out: PageEntry[] = [];
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const urlOf = COLLECTIONS[collection] as (item: unknown) => string;
    (data[collection] as readonly unknown[]).forEach((item, index) => {
      out.push({ collection, index, url: urlOf(item), fingerprint: fingerprintOf(item) });
    });
  }
  return out;
}

/** `data` with only the pages `keep` accepts: what a build renders when it keeps the others from the previous one. */
export function onlyPages(data: SiteData, keep: (entry: PageEntry) => boolean, entries: readonly PageEntry[]): SiteData {
  const kept = new Map<Collection, Set<number>>();
  for (const e of entries) if (keep(e)) (kept.get(e.collection) ?? kept.set(e.collection, new Set()).get(e.collection))?.add(e.index);
  const out: Record<string, unknown> = { ...data };
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const indices = kept.get(collection);
    out[collection] = (data[collection] as readonly unknown[]).filter((_, i) => indices?.has(i) === true);
  }
  return out as unknown as SiteData;
}
