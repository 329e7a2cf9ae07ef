/**
 * The search index in parts: one Pagefind index per year of the events, each in its own folder
 * under the search index's section (`/pagefind/2023/`). Pagefind cannot update an index, so a
 * change to one event re-indexes the part of its year and keeps the others as they were; the
 * search page (templates/assets/search.js) loads the newest part and merges the others into it
 * (Pagefind's mergeIndex), each marked with the filter SEARCH_PART_FILTER so that it can list the
 * newest results part by part.
 */
import type { EventCard } from "./views.ts";
import { SECTIONS } from "../lib/routes.ts";

/** The filter that names each page's part on the search page (added in the browser, never indexed). */
export const SEARCH_PART_FILTER = "bagian";

/** The part an event page goes into: the year of its event, as the `tahun` facet prints it. */
export const searchPartOf = (page: Pick<EventCard, "dateIso">): string => page.dateIso.slice(0, 4);

/** A part's folder under the search index's section: `/pagefind/2023/`. */
export const searchPartPath = (part: string): string => `${SECTIONS.searchIndex}${part}/`;

export interface SearchPart {
  part: string;
  /** its pages' addresses, in the order given */
  urls: string[];
}

/** The parts of `pages`, newest first; each part's pages in the order of `pages`. */
export function searchParts(pages: readonly (Pick<EventCard, "dateIso"> & { meta: { path: string } })[]): SearchPart[] {
  const parts = new Map<string, string[]>();
  for (const p of pages) {
    const part = searchPartOf(p);
    if (!/^\d{4}$/.test(part)) throw new Error(`${p.meta.path}: no year in its date ${JSON.stringify(p.dateIso)}`);
    (parts.get(part) ?? parts.set(part, []).get(part))?.push(p.meta.path);
  }
  return [...parts].map(([part, urls]) => ({ part, urls })).sort((a, b) => (a.part < b.part ? 1 : a.part > b.part ? -1 : 0));
}
