/**
 * The vocabulary of sources that articles relay, `articles/kantor-berita.yaml` (a vocabulary file:
 * vocabulary.ts): KCNA, Xinhua, AP… each with its label, its kind (AGENCY_KINDS) and the other
 * spellings an article's `via` may use. Optional: without it every `via` is shown as written and
 * `npm run check` warns that it names no known agency.
 */
import { msg } from "../lib/messages/index.ts";
import { AGENCY_FIELDS, agencySchema, type AgencyKind } from "./schema.ts";
import { readVocabularyFile, type LoadedVocabulary, type VocabularyEntry, type VocabularySpec } from "./vocabulary.ts";

/** The file name of the vocabulary inside the articles folder. */
export const AGENCIES_FILE = "kantor-berita.yaml";

export type AgencyDef = VocabularyEntry<AgencyKind>;

const AGENCIES: VocabularySpec<AgencyKind> = {
  schema: agencySchema,
  fields: AGENCY_FIELDS,
  notMap: msg("agencies.not-map"),
  badId: (reason) => msg("agencies.bad-id", { reason }),
  nameTaken: (name, other) => msg("agencies.name-taken", { name, other }),
};

/** Read kantor-berita.yaml at `abs` (none there: an empty vocabulary); `file` is how messages name it. */
export function readAgenciesFile(abs: string, file: string): LoadedVocabulary<AgencyKind> {
  return readVocabularyFile(abs, file, AGENCIES);
}
