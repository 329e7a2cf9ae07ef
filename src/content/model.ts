/** The validated archive: what the loader returns and every page is built from. Acyclic plain data. */
import { AGENCY_KINDS, TAG_KINDS, type AgencyKind, type ArticleFields, type EventFields, type TagKind } from "./schema.ts";

/**
 * The fields of the field table (fields.ts) that a record keeps as validated, optional where the
 * schema lets them be left out; tags and draft are resolved by the loader.
 */
type Values<F> = { [K in keyof F as K extends "tags" | "draft" ? never : K]: Exclude<F[K], undefined> };

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

/** A source articles relay (articles/kantor-berita.yaml): KCNA, Xinhua, AP… */
export interface AgencyRef {
  id: string;
  label: string;
  kind: AgencyKind;
}

export interface Agency extends AgencyRef {
  aliases: string[];
  /** the published articles whose `via` names it, newest event first (in each event, the event's order) */
  articles: Article[];
}

/** A storyline (articles/rangkaian.yaml): events that belong to one longer story. */
export interface Storyline {
  id: string;
  title: string;
  summary: string;
  /** its published events, oldest first */
  events: Event[];
}

/** An article: its field values (title, outlet, published, url, author, editor, via, language: fields.ts) and what the loader adds. */
export interface Article extends Values<ArticleFields> {
  /** always present: the field table gives it a default */
  language: string;
  id: string;
  eventId: string;
  /** path of the source file, relative to the project, e.g. `articles/<event>/<id>.md` */
  file: string;
  tags: TagRef[];
  /** the agency its `via` names (by label or alias), when kantor-berita.yaml has it */
  agency?: AgencyRef;
  draft: boolean;
  /** markdown source (rendered to HTML in the site layer, src/site/markdown.ts) */
  body: string;
}

/** An event: its field values (title, date, place, summary: fields.ts) and what the loader adds. */
export interface Event extends Values<EventFields> {
  id: string;
  file: string;
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
  /** the agencies of kantor-berita.yaml, in the order of AGENCY_KINDS then label */
  agencies: Agency[];
  /** the storylines of rangkaian.yaml, in file order */
  storylines: Storyline[];
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

export function compareAgencies(a: AgencyRef, b: AgencyRef): number {
  return AGENCY_KINDS.indexOf(a.kind) - AGENCY_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, "id") || a.id.localeCompare(b.id, "en");
}
