/** Event pages: the full coverage of one event, its neighbours in time, related events and search facets. */
import { lightly } from "../lib/lightly.ts";
import { formatLong } from "../content/dates.ts";
import type { Archive, Event } from "../content/model.ts";
import { TAG_KINDS } from "../content/schema.ts";
import { articleView, chip, chipOrder, outletsOf } from "./cards.ts";
import type { SiteConfig } from "./config.ts";
import { articleCitation } from "./citations.ts";
import { withBodyHtml, type Mark } from "./markdown.ts";
import { isQuotations, isSharedPassages, sharedPassages, type SharedPassages, type SharedQuotation } from "./shared-passages.ts";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { printedNamesOf, spellingsOf } from "./spellings.ts";
import { UNKNOWN_OUTLET } from "../content/outlets.ts";
import { eventSourcing, SOURCE_KIND_LABELS, type SourcingPart } from "./sourcing.ts";
import { storylinesByEvent } from "./storylines.ts";
import { pageMeta } from "./meta.ts";
import { neighbours, relatedEvents, relatedIndex } from "./related.ts";
import { eventPageLd } from "./seo.ts";
import { absoluteUrl, compareUrl, eventUrl, SECTIONS } from "../lib/routes.ts";
import { KIND_LABELS, SEARCH_FACETS, type EventCard, type EventPage, type FacetKey, type SearchFacets } from "./views.ts";

/** An event's values for every search facet (SEARCH_FACETS), in the facets' order; `sourcing` is its eventSourcing, made once by the caller. */
export function searchFacets(e: Event, sourcing: readonly SourcingPart[] = eventSourcing(e)): SearchFacets {
  const values: Record<FacetKey, string[]> = {
    topik: e.tags.map((t) => t.label),
    tahun: [String(e.date.year)],
    sumber: outletsOf(e),
    // the sources its articles relay, by the agency's label where kantor-berita.yaml knows it
    kutipan: sourcing.map((p) => p.via ?? SOURCE_KIND_LABELS.tanpa.label),
    jenis: TAG_KINDS.filter((k) => e.tags.some((t) => t.kind === k)).map((k) => KIND_LABELS[k]),
  };
  return SEARCH_FACETS.flatMap((f) => values[f.key].map((value) => ({ key: f.key, value })));
}

/** The shared quotations of an event as its pages list them: each wording with the outlets that print it. */
export function quotationViews(e: Event, quotations: readonly SharedQuotation[]): EventPage["sharedQuotations"] {
  return quotations.map((q) => ({
    sameWords: q.wordings.length === 1,
    wordings: q.wordings.map((w) => ({
      parts: w.parts,
      articles: w.articles.map((id) => ({ id, outlet: e.articles.find((a) => a.id === id)?.outlet ?? UNKNOWN_OUTLET })),
    })),
  }));
}

/** The anchor of an article's run of shared words (article ids hold no `_`: no page id can be the same). */
export const sharedRunAnchor = (article: string, run: number): string => `sama_${article}_${run + 1}`;

/**
 * The marks of each article of an event as its pages print them: each run of shared words with an
 * anchor, and after it a link to the same words in each other article that prints them, named by
 * that article's outlet.
 */
export function linkedMarks(e: Event, shared: SharedPassages): Map<string, Map<number, Mark[]>> {
  const outletOf = new Map(e.articles.map((a) => [a.id, a.outlet ?? UNKNOWN_OUTLET]));
  const out = new Map<string, Map<number, Mark[]>>();
  for (const [article, segments] of shared.marks) {
    const mine = new Map<number, Mark[]>();
    for (const [segment, list] of segments)
      mine.set(
        segment,
        list.map(({ start, end, others, run, opens, closes, targets }): Mark => ({
          start,
          end,
          others,
          ...(opens && { id: sharedRunAnchor(article, run), opens }),
          ...(closes && { closes }),
          ...(targets &&
            targets.length > 0 && {
              see: targets.map((t) => ({ href: `#${sharedRunAnchor(t.article, t.run)}`, label: outletOf.get(t.article) ?? UNKNOWN_OUTLET })),
            }),
        })),
      );
    out.set(article, mine);
  }
  return out;
}

/**
 * The hash of an event's texts, made once per event: its pages' data asks for it five times, and
 * hashing every text was a tenth of the page data's time. An Event is never changed once loaded
 * (each load assembles new ones): a change in place would leave its keys, and so its shared
 * passages and comparison, stale.
 */
const textsHashes = new WeakMap<Event, string>();

/** The key of what an event's texts share: its articles' ids and bodies (the shared passages and the comparison are theirs alone). */
export function textsKey(kind: string, e: Event): string {
  let hash = textsHashes.get(e);
  if (hash === undefined) textsHashes.set(e, (hash = contentKey("", ...e.articles.flatMap((a) => [a.id, a.body])).slice(1)));
  return `${kind}:${hash}`;
}

/** What the articles of an event share (shared-passages.ts), from the cache when the same texts were compared before. */
export function sharedOf(e: Event, cache: Cache): SharedPassages {
  return cached(cache, textsKey("shared-passages", e), () => sharedPassages(e.articles.map((a) => ({ id: a.id, body: a.body }))), isSharedPassages);
}

/**
 * The quotations an event's articles share, kept apart from the marks in the cache: a page's data
 * needs only these (a few hundred bytes an event), the marks (about 40 KB an event) are read when
 * the page is written. Reading every event's marks back made a third of the page data's time at
 * 10,000 articles. The marks stay in the cache for the run that writes the page, also when this
 * run does not. `shared` gives the event's shared passages when they are to be found.
 */
export function quotationsOf(e: Event, cache: Cache, shared: () => SharedPassages = () => sharedOf(e, cache)): SharedQuotation[] {
  if (e.articles.length < 2) return [];
  cache.keep(textsKey("shared-passages", e));
  return cached(cache, textsKey("shared-quotations", e), () => shared().quotations, isQuotations);
}

export function eventPages(site: SiteConfig, archive: Archive, cardOf: (e: Event) => EventCard, cache: Cache = NO_CACHE): EventPage[] {
  const related = relatedIndex(archive.events);
  const spellings = spellingsOf(archive, cache);
  const printed = printedNamesOf(archive, cache);
  const storylines = storylinesByEvent(archive.storylines);
  return archive.events.map((e, i) => {
    const card = cardOf(e);
    const sourcing = eventSourcing(e);
    const url = absoluteUrl(site, card.url);
    const { older, newer } = neighbours(archive.events, i);
    const link = (x: Event) => ({ url: eventUrl(x.id), title: x.title, dateLabel: formatLong(x.date) });
    const description = e.summary;
    // the marks of shared passages, made again when the page is written (from the cache), not kept with the page
    const linked = lightly(() => linkedMarks(e, sharedOf(e, cache)));
    const key = textsKey("shared-passages", e);
    return withBodyHtml(
      {
        ...card,
        meta: {
          ...pageMeta(site, card.url, e.title, description, eventPageLd(e, url, site.title, absoluteUrl(site, SECTIONS.home))),
          ogType: "article",
          wide: true,
          coverage: true,
        },
        facets: searchFacets(e, sourcing),
        sourcing,
        storylines: storylines.get(e.id) ?? [],
        spellings: spellings(e).join(" · "),
        names: printed(e),
        // the event's own tags first, as on its card
        tags: chipOrder(e).map(chip),
        articles: e.articles.map((a) =>
          articleView(a, articleCitation(site, e, a, cache), e.articles.length > 1 ? { key, of: () => linked().get(a.id) } : undefined, e.articles.length > 1),
        ),
        // what the outlets share: only an event covered twice or more has anything to compare
        sharedQuotations: quotationViews(e, quotationsOf(e, cache)),
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
