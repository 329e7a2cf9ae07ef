import type { Msg } from "../../lib/messages/index.ts";
import type { ArticleField } from "../../content/schema.ts";
/** What an import takes and returns. */
export interface VocabularyTag {
  id: string;
  label: string;
  aliases: readonly string[];
}

export interface ImportInput {
  /** the text as copied from the site (any line endings) */
  text: string;
  /** the tag vocabulary, in tags.yaml order */
  vocabulary: readonly VocabularyTag[];
  /** tag ids in the event's own index.md */
  eventTags?: readonly string[];
}

/** The fields an import can read from a text, in the order they are reported. */
export const IMPORT_FIELDS = ["title", "outlet", "published", "author", "editor", "via"] as const satisfies readonly ArticleField[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportedFields {
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  editor?: string;
  via?: string;
  /** suggested tags not already on the event, in vocabulary order */
  tags?: string[];
}

export interface Finding {
  field: ImportField;
  value: string;
  /** 1-based line of the input the value was read from */
  line: number;
  /** the words it was read from (or, for a headline, that it was the first line) */
  evidence: string | Msg;
}

/** Something the editor must check: the field it is about, and what to check. */
export interface Check {
  field: string;
  note: Msg;
}

export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

export interface DateMention {
  /** `YYYY-MM-DD` */
  iso: string;
  /** as written, e.g. `Selasa (23/3/2021)` */
  text: string;
  line: number;
}

export interface ImportResult {
  fields: ImportedFields;
  /** how each field was established */
  found: Finding[];
  /** markdown body, ending in one newline; "" when no text is left */
  body: string;
  removed: RemovedLine[];
  subheadings: { line: number; text: string }[];
  tags: { suggested: string[]; onEvent: string[] };
  eventDates: DateMention[];
  /** what the editor must check: missing fields, alternatives, doubts, in field order */
  periksa: Check[];
}

export interface Line {
  n: number;
  text: string;
}
