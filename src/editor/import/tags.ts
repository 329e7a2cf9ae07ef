/** Tag suggestions: tags whose label or alias the text names. */
import { parseTags, TAGS_FILE, type LoadedTags } from "../../content/tags-file.ts";
import { mentions } from "../../content/names.ts";
import type { VocabularyTag } from "./types.ts";
import type { Msg } from "../../lib/messages/index.ts";

/** Tags whose label or an alias occurs in `text` as a whole word; vocabulary order. */
export function suggestTags(text: string, vocabulary: readonly VocabularyTag[]): string[] {
  return vocabulary.filter((t) => [t.label, ...t.aliases].some((name) => mentions(text, name))).map((t) => t.id);
}

/** The vocabulary from the text of tags.yaml, read by the loader's own reader; invalid entries are left out (check reports them). */
export function readVocabulary(yamlText: string): { tags: VocabularyTag[]; problem?: Msg } {
  const read = parseTags(yamlText, TAGS_FILE);
  const tags = vocabularyOf(read);
  const first = read.readable ? undefined : read.problems[0];
  return first === undefined ? { tags } : { tags, problem: first };
}

/** The importer's view of a read tags.yaml: each valid tag's id, label and aliases. */
export function vocabularyOf(read: LoadedTags): VocabularyTag[] {
  return [...read.tags.values()].map((t) => ({ id: t.id, label: t.label, aliases: t.aliases }));
}
