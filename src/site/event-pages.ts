/** Event pages: the full coverage of one event, its neighbours in time, related events and search facets. */
import { formatLong } from "../content/dates.ts";
import type { Archive, Event } from "../content/model.ts";
import { TAG_KINDS } from "../content/schema.ts";
import { articleView, chip, chipOrder, outletsOf } from "./cards.ts";
import type { SiteConfig } from "./config.ts";
import { articleCitation } from "./citations.ts";
import { withBodyHtml } from "./markdown.ts";
import { sharedPassages, type SharedPassages } from "./shared-passages.ts";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { printedNamesOf, spellingsOf } from "./spellings.ts";
import { UNKNOWN_OUTLET } from "../content/outlets.ts";
import { pageMeta } from "./meta.ts";
import { neighbours, relatedEvents, relatedIndex } from "./related.ts";
import { eventPageLd } from "./seo.ts";
import { absoluteUrl, compareUrl, eventUrl, SECTIONS } from "../lib/routes.ts";
import { KIND_LABELS, SEARCH_FACETS, type EventCard, type EventPage, type FacetKey, type SearchFacets } from "./views.ts";

/** An event's values for every search facet (SEARCH_FACETS), in the facets' order. */
export function searchFacets(e: Event): SearchFacets {
  const values: Record<FacetKey, string[]> = {
    topik: e.tags.map((t) => t.label),
    tahun: [String(e.date.year)],
    sumber: outletsOf(e),
    jenis: TAG_KINDS.filter((k) => e.tags.some((t) => t.kind === k)).map((k) => KIND_LABELS[k]),
  };
  return SEARCH_FACETS.flatMap((f) => values[f.key].map((value) => ({ key: f.key, value })));
}

/** The shared quotations of an event as its pages list them: each wording with the outlets that print it. */
export function quotationViews(e: Event, shared: SharedPassages): EventPage["sharedQuotations"] {
  return shared.quotations.map((q) => ({
    sameWords: q.wordings.length === 1,
    wordings: q.wordings.map((w) => ({
      parts: w.parts,
      articles: w.articles.map((id) => ({ id, outlet: e.articles.find((a) => a.id === id)?.outlet ?? UNKNOWN_OUTLET })),
    })),
  }));
}

/** What the articles of an event share (shared-passages.ts), from the cache when the same texts were compared before. */
export function sharedOf(e: Event, cache: Cache): SharedPassages {
  const texts = e.articles.map((a) => ({ id: a.id, body: a.body }));
  return cached(cache, contentKey("shared-passages", ...texts.flatMap((t) => [t.id, t.body])), () => sharedPassages(texts));
}

export function eventPages(site: SiteConfig, archive: Archive, cardOf: (e: Event) => EventCard, cache: Cache = NO_CACHE): EventPage[] {
  const related = relatedIndex(archive.events);
  const spellings = spellingsOf(archive, cache);
  const printed = printedNamesOf(archive, cache);
  return archive.events.map((e, i) => {
    const card = cardOf(e);
    const url = absoluteUrl(site, card.url);
    const { older, newer } = neighbours(archive.events, i);
    const link = (x: Event) => ({ url: eventUrl(x.id), title: x.title, dateLabel: formatLong(x.date) });
    const description = e.summary;
    // what the outlets share: only an event covered twice or more has anything to compare
    const shared: SharedPassages = e.articles.length > 1 ? sharedOf(e, cache) : { marks: new Map(), quotations: [] };
    return withBodyHtml(
      {
        ...card,
        meta: {
          ...pageMeta(site, card.url, e.title, description, eventPageLd(e, url, site.title, absoluteUrl(site, SECTIONS.home))),
          ogType: "article",
          wide: true,
          coverage: true,
        },
        facets: searchFacets(e),
        spellings: spellings(e).join(" · "),
        names: printed(e),
        // the event's own tags first, as on its card
        tags: chipOrder(e).map(chip),
        articles: e.articles.map((a) => articleView(a, articleCitation(site, e, a), shared.marks.get(a.id), e.articles.length > 1)),
        sharedQuotations: quotationViews(e, shared),
        ...(e.articles.length > 1 && { compareUrl: compareUrl(e.id) }),
        ...(older && { older: link(older) }),
        ...(newer && { newer: link(newer) }),
        related: relatedEvents(e, related).map((r) => cardOf(r.event)),
        // the page cites the archive's page: the event's date is the day it happened, not the page's date
        cite: { text: `“${e.title}” (peristiwa ${card.dateLabel}), ${site.title}.`, url },
      },
      e.body,
    );
  });
}
