/**
 * Search that knows how names are written: for an event page, every spelling of every name it
 * mentions. A name's spellings are a tag's label and aliases (tags.yaml) or a group of the synonym
 * list (sinonim.yaml); when the page mentions any of them (or carries the tag), all are indexed with
 * the page, so that a search for any spelling finds it. Indexed from an attribute, never shown.
 */
import { mentions } from "../content/names.ts";
import type { Archive, Event } from "../content/model.ts";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { isStringArray } from "../lib/shape.ts";

/**
 * Every name of more than one word with its group, as search needs them to find a name as a phrase:
 * each tag's label and aliases (key: the tag's id), each group of the synonym list (key: `sinonim-`
 * and its place in the list), where one of the names has two words or more.
 */
export function phraseGroups(archive: Archive): { key: string; names: string[] }[] {
  return [
    ...archive.tags.map((t) => ({ key: t.id, names: [t.label, ...t.aliases] })),
    ...archive.synonyms.map((names, i) => ({ key: `sinonim-${i + 1}`, names })),
  ].filter((g) => g.names.some((n) => /\s/.test(n.trim())));
}

/**
 * The keys of the groups (phraseGroups) whose names an event's text prints, as whole words in
 * order, in any of their spellings: the page's `nama` filter, which finds "Kim Song Nam" only where
 * those words stand together. A tag the event carries does not count: only what the texts print.
 */
export function printedNames(e: Event, groups: readonly { key: string; names: readonly string[] }[], text = printedText(e)): string[] {
  const words = wordSet(text);
  return groups.filter((g) => printsAny(g.names, words, text)).map((g) => g.key);
}

/** printedNames of every event, each from the cache when the same texts and groups were searched before. */
export function printedNamesOf(archive: Archive, cache: Cache = NO_CACHE): (e: Event) => string[] {
  const groups = phraseGroups(archive);
  const groupsKey = contentKey("groups", JSON.stringify(groups));
  return (e) => {
    const text = printedText(e);
    return cached(cache, contentKey("printed-names", groupsKey, text), () => printedNames(e, groups, text), isStringArray);
  };
}

/** What an event's pages print as text: its title, summary, place and background, and its articles' headlines and texts. */
function printedText(e: Event): string {
  return [e.title, e.summary, e.place ?? "", e.body, ...e.articles.flatMap((a) => [a.title ?? "", a.body])].join("\n");
}

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

/** Whether `text` (whose words are `words`) prints one of `names`: every word present (quick), then the name itself (exact). */
function printsAny(names: readonly string[], words: ReadonlySet<string>, text: string): boolean {
  return names.some((n) => (n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => words.has(w)) && mentions(text, n));
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
    return cached(cache, contentKey("spellings", groupsKey, ...e.tags.map((t) => t.id), text), () => eventSpellings(e, groups, text), isStringArray);
  };
}

/** The spellings to index with `e`: every name of each group the page mentions or whose tag it carries, sorted. */
export function eventSpellings(e: Event, groups: readonly { tagId?: string; names: readonly string[] }[], text = pageText(e)): string[] {
  const words = wordSet(text);
  const tagIds = new Set(e.tags.map((t) => t.id));
  const out = new Set<string>();
  for (const g of groups) {
    const named = (g.tagId !== undefined && tagIds.has(g.tagId)) || printsAny(g.names, words, text);
    if (named) for (const n of g.names) out.add(n);
  }
  return [...out].sort((a, b) => a.localeCompare(b, "id"));
}
