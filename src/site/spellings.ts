/**
 * Search that knows how names are written: for an event page, every spelling of every name it
 * mentions. A name's spellings are a tag's label and aliases (tags.yaml) or a group of the synonym
 * list (sinonim.yaml); when the page mentions any of them (or carries the tag), all are indexed with
 * the page, so that a search for any spelling finds it. Indexed from an attribute, never shown.
 */
import { mentions } from "../content/names.ts";
import type { Archive, Event } from "../content/model.ts";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";

/** The groups of spellings that name one thing: tags with aliases, then the synonym list. */
export function spellingGroups(archive: Archive): { tagId?: string; names: string[] }[] {
  return [
    ...archive.tags.filter((t) => t.aliases.length > 0).map((t) => ({ tagId: t.id, names: [t.label, ...t.aliases] })),
    ...archive.synonyms.map((names) => ({ names })),
  ];
}

/** Everything a reader can search on an event page, as one text. */
function pageText(e: Event): string {
  return [
    e.title,
    e.summary,
    e.place ?? "",
    e.body,
    ...e.tags.map((t) => t.label),
    ...e.articles.flatMap((a) => [a.title ?? "", a.outlet ?? "", a.via ?? "", a.body]),
  ].join("\n");
}

/** The words of a text, lower-cased: a quick test that a name could be in it before the exact one. */
function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The spellings of every event, as eventSpellings gives them, each from the cache when the same page
 * text, tags and groups were searched before (the costliest part of an event's page data after its
 * shared passages: every word of every article).
 */
export function spellingsOf(archive: Archive, cache: Cache = NO_CACHE): (e: Event) => string[] {
  const groups = spellingGroups(archive);
  const groupsKey = contentKey("groups", JSON.stringify(groups));
  return (e) => {
    const text = pageText(e);
    return cached(cache, contentKey("spellings", groupsKey, ...e.tags.map((t) => t.id), text), () => eventSpellings(e, groups, text));
  };
}

/** The spellings to index with `e`: every name of each group the page mentions or whose tag it carries, sorted. */
export function eventSpellings(e: Event, groups: readonly { tagId?: string; names: readonly string[] }[], text = pageText(e)): string[] {
  const words = wordSet(text);
  const tagIds = new Set(e.tags.map((t) => t.id));
  const out = new Set<string>();
  for (const g of groups) {
    const named =
      (g.tagId !== undefined && tagIds.has(g.tagId)) ||
      g.names.some((n) => (n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => words.has(w)) && mentions(text, n));
    if (named) for (const n of g.names) out.add(n);
  }
  return [...out].sort((a, b) => a.localeCompare(b, "id"));
}
