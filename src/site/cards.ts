/** The pieces every list and page is made of: tag chips, event cards, article views, filter and tag groups. */
import { formatLong, formatPublished, machineDate } from "../content/dates.ts";
import type { Article, Event, Tag, TagRef } from "../content/model.ts";
import { TAG_KINDS } from "../content/schema.ts";
import { withBodyHtml, type Mark } from "./markdown.ts";
import { outletSlug, UNKNOWN_OUTLET } from "../content/outlets.ts";
import { eventUrl, outletUrl, tagUrl } from "./urls.ts";
import { KIND_LABELS, type ArticleView, type EventCard, type FilterGroup, type TagChip, type TagGroup } from "./views.ts";

export function chip(t: TagRef): TagChip {
  return { id: t.id, label: t.label, kind: t.kind, url: tagUrl(t.id), kindLabel: KIND_LABELS[t.kind] };
}

export function outletsOf(e: Event): string[] {
  return [...new Set(e.articles.map((a) => a.outlet ?? UNKNOWN_OUTLET))];
}

export function coverageLabel(e: Event): string {
  if (e.articles.length === 0) return "Belum ada liputan";
  return `${e.articles.length} artikel: ${outletsOf(e).join(", ")}`;
}

export function eventCard(e: Event): EventCard {
  return {
    id: e.id,
    url: eventUrl(e.id),
    title: e.title,
    summary: e.summary,
    ...(e.place !== undefined && { place: e.place }),
    date: e.date,
    dateLabel: formatLong(e.date),
    dateIso: machineDate(e.date),
    tags: e.tags.map(chip),
    tagIds: e.tags.map((t) => t.id).join(" "),
    articleCount: e.articles.length,
    outlets: outletsOf(e),
    coverage: coverageLabel(e),
  };
}

export function bylineOf(a: Article): { label: string; name: string }[] | undefined {
  const parts: { label: string; name: string }[] = [];
  if (a.author) parts.push({ label: "Penulis", name: a.author });
  if (a.editor) parts.push({ label: "Editor", name: a.editor });
  return parts.length > 0 ? parts : undefined;
}

export function articleHeading(a: Article): string {
  // no invented headline: an article the source printed without one is named by who published it and when
  if (a.title !== undefined) return a.title;
  const outlet = a.outlet ?? UNKNOWN_OUTLET;
  return a.published ? `${outlet}, ${formatPublished(a.published)}` : outlet;
}

export function articleView(a: Article, marks?: ReadonlyMap<number, readonly Mark[]>): ArticleView {
  const byline = bylineOf(a);
  return withBodyHtml(
    {
      id: a.id,
      heading: articleHeading(a),
      hasOwnTitle: a.title !== undefined,
      outlet: a.outlet ?? UNKNOWN_OUTLET,
      outletUrl: outletUrl(outletSlug(a.outlet)),
      ...(a.published && { publishedLabel: formatPublished(a.published), publishedIso: machineDate(a.published) }),
      ...(byline !== undefined && { byline }),
      ...(a.via !== undefined && { via: a.via }),
      ...(a.url !== undefined && { url: a.url }),
      language: a.language,
      tags: a.tags.map(chip),
      file: a.file,
    },
    a.body,
    marks,
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
