/**
 * The tag vocabulary, `articles/tags.yaml` (a vocabulary file: vocabulary.ts): the one reader,
 * used by the loader, `npm run check` (for the lines of tag ids) and the importer (for tag suggestions).
 */
import { msg } from "../lib/messages/index.ts";
import type { TagKind } from "./schema.ts";
import { TAG_FIELDS, tagSchema } from "./schema.ts";
import { parseVocabulary, readVocabularyFile, type LoadedVocabulary, type VocabularyEntry, type VocabularySpec } from "./vocabulary.ts";

export { nameKey } from "./vocabulary.ts";

/** The file name of the vocabulary inside the articles folder. */
export const TAGS_FILE = "tags.yaml";

export type TagDef = VocabularyEntry<TagKind>;

export interface LoadedTags extends Omit<LoadedVocabulary<TagKind>, "entries"> {
  /** the valid tags, in file order */
  tags: Map<string, TagDef>;
}

const TAGS: VocabularySpec<TagKind> = {
  schema: tagSchema,
  fields: TAG_FIELDS,
  missing: msg("tags.file-missing"),
  notMap: msg("tags.not-map"),
  badId: (reason) => msg("tags.bad-id", { reason }),
  nameTaken: (name, other) => msg("tags.name-taken", { name, other }),
};

const asTags = ({ entries, ...rest }: LoadedVocabulary<TagKind>): LoadedTags => ({ tags: entries, ...rest });

/** Read tags.yaml at `abs`; `file` is how messages name it. */
export function readTagsFile(abs: string, file: string): LoadedTags {
  return asTags(readVocabularyFile(abs, file, TAGS));
}

/** The vocabulary from the text of tags.yaml: every valid tag, and a problem for each invalid entry. */
export function parseTags(text: string, file: string): LoadedTags {
  return asTags(parseVocabulary(text, file, TAGS));
}
