/** The validated archive: what the loader returns and every page is built from. Acyclic plain data. */
import type { CalendarDate, Instant } from "./dates.ts";
import type { TagKind } from "./schema.ts";

export interface TagRef {
  id: string;
  label: string;
  kind: TagKind;
}

export interface Tag extends TagRef {
  aliases: string[];
  /** published events carrying this tag (their own or an article's), newest first */
  events: Event[];
}

export interface Article {
  id: string;
  eventId: string;
  /** path of the source file, relative to the project, e.g. `articles/<event>/<id>.md` */
  file: string;
  title?: string;
  outlet?: string;
  published?: CalendarDate | Instant;
  url?: string;
  author?: string;
  editor?: string;
  via?: string;
  language: string;
  tags: TagRef[];
  draft: boolean;
  /** markdown source */
  body: string;
  /** rendered, safe HTML */
  html: string;
}

export interface Event {
  id: string;
  file: string;
  title: string;
  date: CalendarDate;
  summary: string;
  place?: string;
  /** the event's own tags plus its articles' tags, in vocabulary order */
  tags: TagRef[];
  draft: boolean;
  body: string;
  html: string;
  /** published articles, earliest first */
  articles: Article[];
}

export interface Archive {
  /** published events, newest first */
  events: Event[];
  /** the whole vocabulary, grouped by kind then label */
  tags: Tag[];
  drafts: { events: number; articles: number };
  /** tag ids listed by drafts (they count as used: the draft will need them) */
  draftTagIds: string[];
  /** published articles in all events */
  articleCount: number;
}

export const KIND_ORDER: readonly TagKind[] = ["tokoh", "lembaga", "tempat", "topik"];

export function compareTags(a: TagRef, b: TagRef): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, "id") || a.id.localeCompare(b.id, "en");
}
