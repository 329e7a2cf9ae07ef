/**
 * What the templates print, computed here so that templates only loop and print.
 * Every string is plain text (templates escape it) except fields named `html`, which the
 * markdown module has already made safe.
 */
import { formatLong, formatPublished, machineDate } from "./dates.ts";
import { KIND_ORDER, type Archive, type Article, type Event, type Tag, type TagRef } from "./model.ts";

export const KIND_LABELS: Record<TagRef["kind"], string> = {
  tokoh: "Tokoh",
  lembaga: "Lembaga",
  tempat: "Tempat",
  topik: "Topik",
};

export const UNKNOWN_OUTLET = "Sumber tidak diketahui";

export const eventUrl = (id: string): string => `/peristiwa/${id}/`;
export const tagUrl = (id: string): string => `/topik/${id}/`;

export interface TagChip extends TagRef {
  url: string;
  kindLabel: string;
}

export interface EventCard {
  id: string;
  url: string;
  title: string;
  summary: string;
  place?: string;
  dateLabel: string;
  dateIso: string;
  tags: TagChip[];
  articleCount: number;
  /** distinct outlet names, in article order */
  outlets: string[];
  /** `2 artikel: Kontan, Warta Ekonomi` */
  coverage: string;
}

export interface ArticleView {
  id: string;
  /** the outlet's headline, or `Artikel <outlet>` where the source has none */
  heading: string;
  hasOwnTitle: boolean;
  outlet: string;
  publishedLabel?: string;
  publishedIso?: string;
  /** `Penulis: …; Editor: …` */
  byline?: string;
  via?: string;
  url?: string;
  language: string;
  tags: TagChip[];
  html: string;
  /** path of the source file, for the invariant "every article on exactly one page" */
  file: string;
}

export interface EventPage extends EventCard {
  html: string;
  articles: ArticleView[];
}

export interface TagPage {
  tag: TagChip;
  events: EventCard[];
}

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
    dateLabel: formatLong(e.date),
    dateIso: machineDate(e.date),
    tags: e.tags.map(chip),
    articleCount: e.articles.length,
    outlets: outletsOf(e),
    coverage: coverageLabel(e),
  };
}

export function bylineOf(a: Article): string | undefined {
  const parts: string[] = [];
  if (a.author) parts.push(`Penulis: ${a.author}`);
  if (a.editor) parts.push(`Editor: ${a.editor}`);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

export function articleView(a: Article): ArticleView {
  const outlet = a.outlet ?? UNKNOWN_OUTLET;
  const byline = bylineOf(a);
  return {
    id: a.id,
    heading: a.title ?? (a.outlet ? `Artikel ${a.outlet}` : "Artikel tanpa judul"),
    hasOwnTitle: a.title !== undefined,
    outlet,
    ...(a.published && { publishedLabel: formatPublished(a.published), publishedIso: machineDate(a.published) }),
    ...(byline !== undefined && { byline }),
    ...(a.via !== undefined && { via: a.via }),
    ...(a.url !== undefined && { url: a.url }),
    language: a.language,
    tags: a.tags.map(chip),
    html: a.html,
    file: a.file,
  };
}

export function eventPage(e: Event): EventPage {
  return { ...eventCard(e), html: e.html, articles: e.articles.map(articleView) };
}

export function tagPage(t: Tag): TagPage {
  return { tag: chip(t), events: t.events.map(eventCard) };
}

export interface TagGroup {
  kind: TagRef["kind"];
  label: string;
  tags: (TagChip & { eventCount: number })[];
}

/** The vocabulary grouped by kind (tokoh, lembaga, tempat, topik), each tag with its event count. */
export function tagGroups(tags: readonly Tag[]): TagGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: tags.filter((t) => t.kind === kind).map((t) => ({ ...chip(t), eventCount: t.events.length })),
  })).filter((g) => g.tags.length > 0);
}

/** Everything the templates need, in one object handed to Eleventy as global data. */
export interface SiteData {
  events: EventCard[];
  eventPages: EventPage[];
  tagPages: TagPage[];
  tagGroups: TagGroup[];
  counts: { events: number; articles: number; tags: number };
}

export function siteData(archive: Archive): SiteData {
  return {
    events: archive.events.map(eventCard),
    eventPages: archive.events.map(eventPage),
    tagPages: archive.tags.map(tagPage),
    tagGroups: tagGroups(archive.tags),
    counts: { events: archive.events.length, articles: archive.articleCount, tags: archive.tags.length },
  };
}
