/** The validated archive: what the loader returns and every page is built from. Acyclic plain data. */
import type { CalendarDate, Instant } from "./dates.ts";
import { TAG_KINDS, type TagKind } from "./schema.ts";

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
  /** markdown source (rendered to HTML in the site layer, src/site/markdown.ts) */
  body: string;
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
  /** the tags the event's own file lists, in the order the editor wrote them (what the event is about) */
  ownTagIds: string[];
  draft: boolean;
  /** markdown source of the background, may be empty */
  body: string;
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
  /** groups of names that mean one thing (articles/sinonim.yaml), for search */
  synonyms: string[][];
  /** published articles in all events */
  articleCount: number;
}

export function compareTags(a: TagRef, b: TagRef): number {
  return TAG_KINDS.indexOf(a.kind) - TAG_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, "id") || a.id.localeCompare(b.id, "en");
}
