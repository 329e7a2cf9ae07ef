/**
 * The importer: text copied from an Indonesian news site → an article file. Its phases, each in
 * its own module: lines (furniture, bylines, headlines, subheadings), dates, citations and
 * outlets, tags; then import.ts puts them together and output.ts writes the file and the report.
 * The tables it reads live beside them: outlets, agencies, furniture, date-words, citation-verbs.
 */
export { importArticle } from "./import.ts";
export { isSubheading, looksLikeTitle } from "./lines.ts";
export { articleFileProblems, articleIdFor, formatReport, renderArticle } from "./output.ts";
export { readVocabulary, suggestTags, vocabularyOf } from "./tags.ts";
export type * from "./types.ts";
