/**
 * files → validated Archive. Reads `articles/`, checks every file against the schema and the
 * content model, and reports every problem at once. Knows nothing of Eleventy.
 */
import { readdirSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { NO_CACHE, type Cache } from "../lib/cache.ts";
import { displayPath } from "../lib/files.ts";
import { msg, type Msg } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import { assemble, type RawArticle, type RawEvent } from "./assemble.ts";
import { checkFile, entryKind, isHidden } from "./content-file.ts";
import type { ParsedFile } from "./frontmatter.ts";
import { idProblem } from "./ids.ts";
import type { Archive, Event, Storyline } from "./model.ts";
import { closest, problem, sortProblems, type Problem } from "./problems.ts";
import { ARTICLE_FIELDS, articleSchema, EVENT_FIELDS, eventSchema, MAX_TAGS_PER_EVENT, type ArticleFields, type EventFields } from "./schema.ts";
import { readSynonymsFile, SYNONYMS_FILE } from "./synonyms-file.ts";
import { tagRefChecker } from "./tag-refs.ts";
import { readTagsFile, TAGS_FILE } from "./tags-file.ts";
import { AGENCIES_FILE, readAgenciesFile } from "./agencies-file.ts";
import { readStorylinesFile, STORYLINES_FILE, type StorylineFields } from "./storylines-file.ts";
import type { IdMapEntry } from "./vocabulary.ts";

export { MAX_NESTED_MARKERS } from "./content-file.ts";

export interface LoadOptions {
  /** folder that file names in messages are relative to; default: the one holding the articles folder, so names read `articles/…` */
  displayRoot?: string;
  /** told how many event folders are read so far */
  progress?: Progress;
  /** files parsed and validated by an earlier run (cache.ts) */
  cache?: Cache;
}

export interface LoadResult {
  /** present when there are no errors */
  archive?: Archive;
  /** errors and warnings, sorted by file and line */
  problems: Problem[];
}

/** The files of the articles folder besides the event folders. */
const OWN_FILES = new Set([TAGS_FILE, SYNONYMS_FILE, AGENCIES_FILE, STORYLINES_FILE]);

/** The file of an event folder that describes the event. */
export const EVENT_FILE = "index.md";

/** What reading one event folder needs: where the archive is, how paths are shown, where problems go. */
interface Reading {
  articlesDir: string;
  rootReal: string;
  show: (abs: string) => string;
  problems: Problem[];
  cache: Cache;
  checkTags: (file: string, parsed: ParsedFile) => void;
}

/** Load and validate the archive in `articlesDir`. */
export function loadArchive(articlesDir: string, options: LoadOptions = {}): LoadResult {
  const root = options.displayRoot ?? dirname(resolve(articlesDir));
  const show = (abs: string): string => displayPath(abs, root);
  const problems: Problem[] = [];

  let entries: string[];
  let rootReal: string;
  try {
    rootReal = realpathSync(articlesDir);
    entries = readdirSync(articlesDir).sort();
  } catch {
    problems.push(problem("error", show(articlesDir), msg("archive.unreadable")));
    return { problems };
  }

  const tagsFile = show(join(articlesDir, TAGS_FILE));
  const vocabulary = readTagsFile(join(articlesDir, TAGS_FILE), tagsFile);
  problems.push(...vocabulary.problems);
  const agencies = readAgenciesFile(join(articlesDir, AGENCIES_FILE), show(join(articlesDir, AGENCIES_FILE)));
  problems.push(...agencies.problems);
  const storylinesFile = show(join(articlesDir, STORYLINES_FILE));
  const storylines = readStorylinesFile(join(articlesDir, STORYLINES_FILE), storylinesFile);
  problems.push(...storylines.problems);
  const synonyms = readSynonymsFile(join(articlesDir, SYNONYMS_FILE), show(join(articlesDir, SYNONYMS_FILE)));
  problems.push(...synonyms.problems);
  const reading: Reading = {
    articlesDir,
    rootReal,
    show,
    problems,
    cache: options.cache ?? NO_CACHE,
    checkTags: tagRefChecker(vocabulary, tagsFile, problems),
  };

  const rawEvents: RawEvent[] = [];
  const progress = options.progress ?? NO_PROGRESS;
  progress.phase(msg("progress.reading"), entries.length);
  for (const [done, name] of entries.entries()) {
    progress.count(done);
    if (isHidden(name) || OWN_FILES.has(name)) continue;
    const raw = readEventFolder(reading, name);
    if (raw) rawEvents.push(raw);
  }
  progress.count(entries.length);
  const eventIds = entries.filter((name) => !isHidden(name) && !OWN_FILES.has(name));
  for (const s of storylines.entries.values()) problems.push(...storylineProblems(s, eventIds, storylinesFile));

  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { problems: sortProblems(problems) };
  const assembled = assemble(rawEvents, vocabulary.tags, agencies.entries);
  return {
    archive: { ...assembled, storylines: storylinesOf(storylines.entries, assembled.events), synonyms: synonyms.groups },
    problems: sortProblems(problems),
  };
}

/** One entry of the articles folder: an event folder whose files are all valid, or its problems reported. */
function readEventFolder(r: Reading, name: string): RawEvent | undefined {
  const { articlesDir, rootReal, show } = r;
  const error = (file: string, m: Msg, line?: number, field?: string): undefined => {
    r.problems.push(problem("error", file, m, line, field));
    return undefined;
  };
  const abs = join(articlesDir, name);
  const kind = entryKind(abs, rootReal);
  if (typeof kind === "object") return error(show(abs), kind.problem);
  if (kind === "file") {
    if (name.endsWith(".md")) return error(show(abs), msg("archive.article-outside-event", { dir: show(articlesDir), name }));
    return error(show(abs), msg("archive.unexpected-file", { dir: show(articlesDir), tagsFile: TAGS_FILE }));
  }
  const badId = idProblem(name);
  if (badId) return error(show(abs), msg("event.folder-id", { reason: badId }));
  let files: string[];
  try {
    files = readdirSync(abs).sort();
  } catch (e) {
    return error(show(abs), msg("event.folder-unreadable", { code: (e as NodeJS.ErrnoException).code ?? "error" }));
  }
  const indexKind = files.includes(EVENT_FILE) ? entryKind(join(abs, EVENT_FILE), rootReal) : undefined;
  if (typeof indexKind === "object" || indexKind === "dir")
    return error(show(join(abs, EVENT_FILE)), typeof indexKind === "object" ? indexKind.problem : msg("event.index-is-folder"));
  if (!files.includes(EVENT_FILE)) return error(show(abs), msg("event.no-index"));

  const eventFile = show(join(abs, EVENT_FILE));
  const eventChecked = checkFile("event", eventSchema, EVENT_FIELDS, join(abs, EVENT_FILE), eventFile, r.problems, r.cache);
  const eventParsed = eventChecked?.parsed;
  let eventFields: EventFields | undefined;
  if (eventChecked && eventParsed) {
    eventFields = eventChecked.fields;
    r.checkTags(eventFile, eventParsed);
    const badBody = eventChecked.badBody;
    if (badBody) {
      eventFields = error(eventFile, badBody.problem, badBody.line, "body");
    }
  }
  const problemsBefore = r.problems.length;
  const articles = readArticles(r, abs, files);
  if (!eventParsed || !eventFields) return undefined;
  // a published event needs a published article: its page, the home page and the feed would
  // otherwise announce coverage that is not there (said only when its article files are all valid:
  // an invalid one has its own message)
  const articleFilesOk = !r.problems.slice(problemsBefore).some((p) => p.severity === "error");
  if (!eventFields.draft && articleFilesOk && !articles.some((a) => !a.fields.draft))
    return error(eventFile, msg(articles.length === 0 ? "event.no-article" : "event.all-drafts"), eventParsed.bodyLine - 1);
  const union = new Set([...(eventFields.tags ?? []), ...articles.filter((a) => !a.fields.draft).flatMap((a) => a.fields.tags ?? [])]);
  if (union.size > MAX_TAGS_PER_EVENT)
    return error(eventFile, msg("event.too-many-tags", { count: union.size, max: MAX_TAGS_PER_EVENT }), eventParsed.lineOf(["tags"]), "tags");
  return { id: name, file: eventFile, fields: eventFields, parsed: eventParsed, articles };
}

/** The valid article files of an event folder; the problems of the others reported. */
function readArticles(r: Reading, abs: string, files: readonly string[]): RawArticle[] {
  const articles: RawArticle[] = [];
  const error = (file: string, m: Msg, line?: number, field?: string): void => {
    r.problems.push(problem("error", file, m, line, field));
  };
  for (const fname of files) {
    const fabs = join(abs, fname);
    if (fname === EVENT_FILE || isHidden(fname)) continue;
    const fshow = r.show(fabs);
    const fkind = entryKind(fabs, r.rootReal);
    if (typeof fkind === "object") {
      error(fshow, fkind.problem);
      continue;
    }
    if (fkind === "dir") {
      error(fshow, msg("event.folder-in-event"));
      continue;
    }
    if (!fname.endsWith(".md")) {
      error(fshow, msg("event.unexpected-file"));
      continue;
    }
    const id = fname.slice(0, -3);
    const badArticleId = idProblem(id);
    if (badArticleId) {
      error(fshow, msg("article.file-id", { reason: badArticleId }));
      continue;
    }
    const checked = checkFile("article", articleSchema, ARTICLE_FIELDS, fabs, fshow, r.problems, r.cache);
    if (!checked) continue;
    const { parsed, fields, badBody } = checked;
    r.checkTags(fshow, parsed);
    if (parsed.body.trim() === "") error(fshow, msg("article.empty"), parsed.bodyLine, "body");
    else if (badBody) error(fshow, badBody.problem, badBody.line, "body");
    else if (fields && archivePairProblem(fields, parsed, fshow, r.problems)) continue;
    else if (fields) articles.push({ id, file: fshow, fields, parsed });
  }
  return articles;
}

/** An archived copy is a copy of the original (`url`), given by its address and its capture date together: anything less is reported (true). */
function archivePairProblem(fields: ArticleFields, parsed: ParsedFile, file: string, problems: Problem[]): boolean {
  const hasUrl = fields.archive_url !== undefined;
  if (hasUrl && fields.url === undefined) {
    problems.push(problem("error", file, msg("article.archive-needs-url"), parsed.lineOf(["archive_url"]), "url"));
    return true;
  }
  if (hasUrl === (fields.archive_date !== undefined)) return false;
  const [given, missing] = hasUrl ? (["archive_url", "archive_date"] as const) : (["archive_date", "archive_url"] as const);
  problems.push(problem("error", file, msg("article.archive-pair", { given, missing }), parsed.lineOf([given]), missing));
  return true;
}

/** A storyline's event ids that name no event folder (with the ids it may have meant), or name one twice. */
function storylineProblems(s: IdMapEntry<StorylineFields>, eventIds: readonly string[], file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  s.value.events.forEach((id, i) => {
    const at = s.lineOf(["events", i]);
    if (seen.has(id)) problems.push(problem("error", file, msg("storyline.event-twice", { event: id }), at, `${s.id}.events[${i}]`));
    else if (!eventIds.includes(id))
      problems.push(
        problem("error", file, msg("storyline.unknown-event", { event: id, nearest: closest(id, eventIds, 3).join(", ") }), at, `${s.id}.events[${i}]`),
      );
    seen.add(id);
  });
  return problems;
}

/** The storylines with their published events, oldest first (a draft event is left out until it is published). */
function storylinesOf(entries: ReadonlyMap<string, IdMapEntry<StorylineFields>>, events: readonly Event[]): Storyline[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return [...entries.values()].map(({ id, value }) => ({
    id,
    title: value.title,
    summary: value.summary,
    events: value.events.flatMap((e) => byId.get(e) ?? []).sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.id.localeCompare(b.id, "en")),
  }));
}
