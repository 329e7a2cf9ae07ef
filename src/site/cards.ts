/** The pieces every list and page is made of: tag chips, event cards, article views, filter and tag groups. */
import { formatLong, formatPublished, machineDate } from "../content/dates.ts";
import { articleFingerprint } from "../content/fingerprint.ts";
import type { Article, Event, Tag, TagRef } from "../content/model.ts";
import { TAG_KINDS } from "../content/schema.ts";
import { withRenderedBody, type Mark } from "./markdown.ts";
import { outletSlug, UNKNOWN_OUTLET } from "../content/outlets.ts";
import type { ArticleCitation } from "./citations.ts";
import { fingerprintedOnce } from "./page-list.ts";
import { agencyUrl, eventUrl, outletUrl, tagUrl } from "../lib/routes.ts";
import { SOURCE_KIND_LABELS } from "./sourcing.ts";
import { KIND_LABELS, type ArticleView, type EventCard, type FilterGroup, type TagChip, type TagGroup } from "./views.ts";
import { ARTICLE_TABLE } from "../content/fields.ts";

export function chip(t: TagRef): TagChip {
  return { id: t.id, label: t.label, kind: t.kind, url: tagUrl(t.id), kindLabel: KIND_LABELS[t.kind] };
}

export function outletsOf(e: Event): string[] {
  return [...new Set(e.articles.map((a) => a.outlet ?? UNKNOWN_OUTLET))];
}

/** `2 artikel: Kontan, Warta Ekonomi` (every published event has an article: the loader refuses one without) */
export function coverageLabel(e: Event): string {
  return `${e.articles.length} artikel: ${outletsOf(e).join(", ")}`;
}

/** How many tag chips an event card shows before "+N". */
export const CARD_CHIPS = 4;

/**
 * The tags in the order a card shows them: the event's own tags as the editor listed them (what the
 * event is about), then the tags only its articles carry, those most articles carry first.
 */
export function chipOrder(e: Event): TagRef[] {
  const own = new Map(e.ownTagIds.map((id, i) => [id, i]));
  const carried = new Map<string, number>();
  for (const a of e.articles) for (const t of a.tags) carried.set(t.id, (carried.get(t.id) ?? 0) + 1);
  const rank = (t: TagRef): number => own.get(t.id) ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: ties keep vocabulary order
  return [...e.tags].sort((a, b) => rank(a) - rank(b) || (carried.get(b.id) ?? 0) - (carried.get(a.id) ?? 0));
}

/** The anchor of an event's card in a list (templates/_includes/event-card.njk): a tag's chart links to it. */
export const cardAnchor = (eventId: string): string => `kartu-${eventId}`;

/** An event as every list shows it; fingerprinted once (page-list.ts), as many pages list it. */
export function eventCard(e: Event): EventCard {
  const ordered = chipOrder(e);
  return fingerprintedOnce({
    id: e.id,
    anchor: cardAnchor(e.id),
    url: eventUrl(e.id),
    title: e.title,
    summary: e.summary,
    ...(e.place !== undefined && { place: e.place }),
    date: e.date,
    dateLabel: formatLong(e.date),
    dateIso: machineDate(e.date),
    tags: e.tags.map(chip),
    chips: ordered.slice(0, CARD_CHIPS).map(chip),
    moreTags: Math.max(0, ordered.length - CARD_CHIPS),
    tagIds: e.tags.map((t) => t.id).join(" "),
    articleCount: e.articles.length,
    outlets: outletsOf(e),
    coverage: coverageLabel(e),
  });
}

export function bylineOf(a: Article): { label: string; name: string }[] | undefined {
  const parts: { label: string; name: string }[] = [];
  if (a.author) parts.push({ label: ARTICLE_TABLE.author.label.id, name: a.author });
  if (a.editor) parts.push({ label: ARTICLE_TABLE.editor.label.id, name: a.editor });
  return parts.length > 0 ? parts : undefined;
}

export function articleHeading(a: Article): string {
  // no invented headline: an article the source printed without one is named by who published it and when
  if (a.title !== undefined) return a.title;
  const outlet = a.outlet ?? UNKNOWN_OUTLET;
  return a.published ? `${outlet}, ${formatPublished(a.published)}` : outlet;
}

/**
 * A long article's text (at least `min` paragraphs, quotations or lists) folds after its first
 * `keep`, so that the texts of an event covered several times can be compared; an event's only
 * article is shown whole.
 */
export const FOLD = { keep: 3, min: 7 };

/**
 * An article as its event page shows it. `marks`, the passages other articles share with it, are
 * made only when the body is rendered: `key` names what they are made from (the event's texts).
 */
export function articleView(
  a: Article,
  cite: ArticleCitation,
  marks?: { key: string; of: () => ReadonlyMap<number, readonly Mark[]> | undefined },
  fold = true,
): ArticleView {
  const byline = bylineOf(a);
  return withRenderedBody(
    {
      id: a.id,
      heading: articleHeading(a),
      hasOwnTitle: a.title !== undefined,
      outlet: a.outlet ?? UNKNOWN_OUTLET,
      outletUrl: outletUrl(outletSlug(a.outlet)),
      ...(a.published && { publishedLabel: formatPublished(a.published), publishedIso: machineDate(a.published) }),
      ...(a.published?.kind === "date" && { publishedDateOnly: true }),
      ...(byline !== undefined && { byline }),
      ...(a.via !== undefined && {
        via: a.agency
          ? { label: a.agency.label, url: agencyUrl(a.agency.id), kindLabel: SOURCE_KIND_LABELS[a.agency.kind].phrase }
          : { label: a.via, kindLabel: SOURCE_KIND_LABELS["tidak-terdaftar"].phrase },
      }),
      ...(a.url !== undefined && { url: a.url }),
      ...(a.archive_url !== undefined &&
        a.archive_date !== undefined && { archived: { url: a.archive_url, dateIso: machineDate(a.archive_date), dateLabel: formatPublished(a.archive_date) } }),
      language: a.language,
      tags: a.tags.map(chip),
      cite,
      file: a.file,
    },
    a.body,
    // the article's heading is an h3 under the page's h2 sections: its own headings start at h4
    marks
      ? { key: marks.key, make: () => ({ marks: marks.of(), headingLevel: 4, ...(fold && { fold: FOLD }) }) }
      : { headingLevel: 4, ...(fold && { fold: FOLD }) },
    articleFingerprint(a),
  );
}

/** The vocabulary grouped by kind (tokoh, lembaga, tempat, topik), each tag with its event count. */
export function tagGroups(tags: readonly Tag[]): TagGroup[] {
  return TAG_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: tags.filter((t) => t.kind === kind).map((t) => ({ ...chip(t), eventCount: t.events.length })),
  })).filter((g) => g.tags.length > 0);
}

/** The filter bar for a list of events: the tags those events carry, by kind, most frequent first. */
export function filterGroups(cards: readonly EventCard[]): FilterGroup[] {
  const counts = new Map<string, { chip: TagChip; count: number }>();
  for (const c of cards) {
    for (const t of c.tags) {
      const entry = counts.get(t.id);
      if (entry) entry.count++;
      else counts.set(t.id, { chip: t, count: 1 });
    }
  }
  return TAG_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: [...counts.values()]
      .filter((e) => e.chip.kind === kind)
      .sort((a, b) => b.count - a.count || a.chip.label.localeCompare(b.chip.label, "id"))
      .map((e) => ({ ...e.chip, count: e.count })),
  })).filter((g) => g.tags.length > 0);
}

export function countTags(groups: readonly FilterGroup[]): number {
  return groups.reduce((n, g) => n + g.tags.length, 0);
}

/** Page metadata; `title` is the page's own title, made unique by the caller. */
