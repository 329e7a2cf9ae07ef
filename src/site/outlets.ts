/** Articles grouped by outlet, for `/sumber/`. */
import { outletSlug, UNKNOWN_OUTLET, UNKNOWN_OUTLET_SLUG } from "../content/outlets.ts";

import type { Article, Event } from "../content/model.ts";

export interface OutletGroup {
  slug: string;
  name: string;
  /** newest event first */
  items: { article: Article; event: Event }[];
}

/** `events` newest first; outlets sorted by name, the unknown outlet last. */
export function outletGroups(events: readonly Event[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup & { spellings: Map<string, number> }>();
  for (const event of events) {
    for (const article of event.articles) {
      const slug = outletSlug(article.outlet);
      let g = groups.get(slug);
      if (!g) {
        g = { slug, name: "", items: [], spellings: new Map() };
        groups.set(slug, g);
      }
      const spelling = article.outlet ?? UNKNOWN_OUTLET;
      g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + 1);
      g.items.push({ article, event });
    }
  }
  return [...groups.values()]
    .map(({ spellings, ...g }) => ({
      ...g,
      // the most used spelling names the outlet; ties go to the alphabetically first
      name: [...spellings.entries()].sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b, "id"))[0]?.[0] ?? UNKNOWN_OUTLET,
    }))
    .sort((a, b) => Number(a.slug === UNKNOWN_OUTLET_SLUG) - Number(b.slug === UNKNOWN_OUTLET_SLUG) || a.name.localeCompare(b.name, "id"));
}
