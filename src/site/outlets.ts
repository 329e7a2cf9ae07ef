/** Articles grouped by outlet, for `/sumber/`. */
import { slugify } from "../content/ids.ts";
import type { Article, Event } from "../content/model.ts";

export const UNKNOWN_OUTLET = "Sumber tidak diketahui";
export const UNKNOWN_OUTLET_SLUG = "tidak-diketahui";

export interface OutletGroup {
  slug: string;
  name: string;
  /** newest event first */
  items: { article: Article; event: Event }[];
}

/** The slug of an outlet name; names that differ only in case or punctuation share one. */
export function outletSlug(name: string | undefined): string {
  if (name === undefined) return UNKNOWN_OUTLET_SLUG;
  const s = slugify(name);
  if (s !== "") return s;
  // a name with no letters or digits still gets a stable, valid slug
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `sumber-${h.toString(36)}`;
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
