/**
 * files → validated Archive. Reads `articles/`, checks every file against the schema and the
 * content model, and reports every problem at once. Knows nothing of Eleventy.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { displayPath, isInside } from "../lib/files.ts";
import { sortKey } from "./dates.ts";
import { parseFrontmatter, type ParsedFile } from "./frontmatter.ts";
import { nameKey, readTagsFile, TAGS_FILE, type TagDef } from "./tags-file.ts";
import { readSynonymsFile, SYNONYMS_FILE } from "./synonyms-file.ts";
import { decodeUtf8 } from "./text.ts";
import { unsafeTextProblem } from "./unsafe-text.ts";
import { idProblem, slugify } from "./ids.ts";
import { compareTags, type Archive, type Article, type Event, type Tag, type TagRef } from "./model.ts";
import { msg, type Msg } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import type { z } from "zod";
import { contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { closest, problem, sortProblems, type Problem } from "./problems.ts";
import { ARTICLE_TABLE, EVENT_TABLE, recordValues } from "./fields.ts";
import {
  ARTICLE_FIELDS,
  articleSchema,
  EVENT_FIELDS,
  eventSchema,
  duplicateTagProblems,
  MAX_TAGS_PER_EVENT,
  validate,
  type ArticleFields,
  type EventFields,
  TAG_KINDS,
} from "./schema.ts";

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

interface RawEvent {
  id: string;
  file: string;
  fields: EventFields;
  parsed: ParsedFile;
  articles: RawArticle[];
}

interface RawArticle {
  id: string;
  file: string;
  fields: ArticleFields;
  parsed: ParsedFile;
}

/** The file of an event folder that describes the event. */
export const EVENT_FILE = "index.md";

/**
 * Names starting with a dot are hidden files (`.DS_Store`, editor lock files) and are skipped,
 * except `.md`, `..md`, `...md`: article files whose id is empty or only dots, which are reported
 * instead of silently leaving their article out.
 */
const isHidden = (name: string): boolean => name.startsWith(".") && !/^\.+md$/.test(name);

/** Load and validate the archive in `articlesDir`. */
export function loadArchive(articlesDir: string, options: LoadOptions = {}): LoadResult {
  const root = options.displayRoot ?? dirname(resolve(articlesDir));
  const show = (abs: string): string => displayPath(abs, root);
  const problems: Problem[] = [];
  const error = (file: string, m: Msg, line?: number, field?: string): void => {
    problems.push(problem("error", file, m, line, field));
  };

  let entries: string[];
  let rootReal: string;
  try {
    rootReal = realpathSync(articlesDir);
    entries = readdirSync(articlesDir).sort();
  } catch {
    error(show(articlesDir), msg("archive.unreadable"));
    return { problems };
  }

  const {
    tags,
    readable: tagsReadable,
    invalid: invalidTagIds,
    problems: tagProblems,
  } = readTagsFile(join(articlesDir, TAGS_FILE), show(join(articlesDir, TAGS_FILE)));
  problems.push(...tagProblems);
  const synonyms = readSynonymsFile(join(articlesDir, SYNONYMS_FILE), show(join(articlesDir, SYNONYMS_FILE)));
  problems.push(...synonyms.problems);
  const tagIds = new Set(tags.keys());
  const aliasToId = new Map<string, string>();
  for (const tag of tags.values()) {
    for (const a of [tag.label, ...tag.aliases]) aliasToId.set(nameKey(a), tag.id);
  }

  /**
   * Check the tags a file lists, even when other fields of the file are wrong, so every problem shows at once.
   * When tags.yaml itself could not be read, or a tag's own entry is invalid, that problem is reported
   * there; its uses are not also called unknown.
   */
  const checkTagRefs = (file: string, parsed: ParsedFile): void => {
    const raw = parsed.data.tags;
    if (!Array.isArray(raw)) return;
    const list = raw.filter((t): t is string => typeof t === "string");
    problems.push(...duplicateTagProblems(list, { file, lineOf: parsed.lineOf }));
    if (!tagsReadable) return;
    list.forEach((id, i) => {
      // an empty entry is reported by the schema ("may not be empty")
      if (tagIds.has(id) || invalidTagIds.has(id) || id.trim() === "") return;
      // the same id in other letters or spacing ("Kim-Jong-Un", "kim jong un"), or a label or alias
      const viaAlias = tagIds.has(slugify(id)) ? slugify(id) : aliasToId.get(nameKey(id));
      const tagsFile = show(join(articlesDir, TAGS_FILE));
      error(
        file,
        msg("tag.unknown", { tag: id, nearest: nearestTags(id, viaAlias, tagIds), tagsFile, entry: tagEntry(id) }),
        parsed.lineOf(["tags", i]),
        `tags[${i}]`,
      );
    });
  };

  const rawEvents: RawEvent[] = [];
  const cache = options.cache ?? NO_CACHE;
  const progress = options.progress ?? NO_PROGRESS;
  progress.phase(msg("progress.reading"), entries.length);
  for (const [done, name] of entries.entries()) {
    progress.count(done);
    const abs = join(articlesDir, name);
    if (isHidden(name) || name === TAGS_FILE || name === SYNONYMS_FILE) continue;
    const kind = entryKind(abs, rootReal);
    if (typeof kind === "object") {
      error(show(abs), kind.problem);
      continue;
    }
    if (kind === "file") {
      if (name.endsWith(".md")) {
        error(show(abs), msg("archive.article-outside-event", { dir: show(articlesDir), name }));
      } else {
        error(show(abs), msg("archive.unexpected-file", { dir: show(articlesDir), tagsFile: TAGS_FILE }));
      }
      continue;
    }
    const badId = idProblem(name);
    if (badId) {
      error(show(abs), msg("event.folder-id", { reason: badId }));
      continue;
    }
    let files: string[];
    try {
      files = readdirSync(abs).sort();
    } catch (e) {
      error(show(abs), msg("event.folder-unreadable", { code: (e as NodeJS.ErrnoException).code ?? "error" }));
      continue;
    }
    const indexKind = files.includes(EVENT_FILE) ? entryKind(join(abs, EVENT_FILE), rootReal) : undefined;
    if (typeof indexKind === "object" || indexKind === "dir") {
      error(show(join(abs, EVENT_FILE)), typeof indexKind === "object" ? indexKind.problem : msg("event.index-is-folder"));
      continue;
    }
    if (!files.includes(EVENT_FILE)) {
      error(show(abs), msg("event.no-index"));
      continue;
    }
    const eventFile = show(join(abs, EVENT_FILE));
    const eventChecked = checkFile("event", eventSchema, EVENT_FIELDS, join(abs, EVENT_FILE), eventFile, problems, cache);
    const eventParsed = eventChecked?.parsed;
    let eventFields: EventFields | undefined;
    if (eventChecked && eventParsed) {
      eventFields = eventChecked.fields;
      checkTagRefs(eventFile, eventParsed);
      const badBody = eventChecked.badBody;
      if (badBody) {
        error(eventFile, badBody.problem, badBody.line, "body");
        eventFields = undefined;
      }
    }
    const articles: RawArticle[] = [];
    const problemsBefore = problems.length;
    for (const fname of files) {
      const fabs = join(abs, fname);
      if (fname === EVENT_FILE || isHidden(fname)) continue;
      const fshow = show(fabs);
      const fkind = entryKind(fabs, rootReal);
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
      const checked = checkFile("article", articleSchema, ARTICLE_FIELDS, fabs, fshow, problems, cache);
      if (!checked) continue;
      const { parsed, fields, badBody } = checked;
      checkTagRefs(fshow, parsed);
      if (parsed.body.trim() === "") {
        error(fshow, msg("article.empty"), parsed.bodyLine, "body");
      } else if (badBody) {
        error(fshow, badBody.problem, badBody.line, "body");
      } else if (fields) {
        articles.push({ id, file: fshow, fields, parsed });
      }
    }
    // a published event needs a published article: its page, the home page and the feed would
    // otherwise announce coverage that is not there (said only when its article files are all valid:
    // an invalid one has its own message)
    const articleFilesOk = !problems.slice(problemsBefore).some((p) => p.severity === "error");
    if (eventParsed && eventFields && !eventFields.draft && articleFilesOk && !articles.some((a) => !a.fields.draft)) {
      error(eventFile, msg(articles.length === 0 ? "event.no-article" : "event.all-drafts"), eventParsed.bodyLine - 1);
    } else if (eventParsed && eventFields) {
      const union = new Set([...(eventFields.tags ?? []), ...articles.filter((a) => !a.fields.draft).flatMap((a) => a.fields.tags ?? [])]);
      if (union.size > MAX_TAGS_PER_EVENT) {
        error(eventFile, msg("event.too-many-tags", { count: union.size, max: MAX_TAGS_PER_EVENT }), eventParsed.lineOf(["tags"]), "tags");
      } else {
        rawEvents.push({ id: name, file: eventFile, fields: eventFields, parsed: eventParsed, articles });
      }
    }
  }
  progress.count(entries.length);

  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { problems: sortProblems(problems) };
  return { archive: { ...assemble(rawEvents, tags), synonyms: synonyms.groups }, problems: sortProblems(problems) };
}

/** Up to three tag ids an unknown one may have meant: the one its spelling or an alias points to first, then the closest. */
function nearestTags(id: string, viaAlias: string | undefined, tagIds: ReadonlySet<string>): string[] {
  const close = closest(id, tagIds, 3);
  return viaAlias === undefined ? close : [viaAlias, ...close.filter((t) => t !== viaAlias)].slice(0, 3);
}

/** The three lines of a new tags.yaml entry for `id`, indented to stand under a message; "" for an id tags.yaml would refuse. */
function tagEntry(id: string): string {
  if (idProblem(id) !== null) return "";
  const label = id
    .split("-")
    .map((w) => (w === "" ? w : `${w[0]?.toUpperCase() ?? ""}${w.slice(1)}`))
    .join(" ");
  return [`${id}:`, `  label: ${label}`, `  kind: ${TAG_KINDS.join(" | ")}`].map((l) => `    ${l}`).join("\n");
}

/**
 * What a folder entry is: a file or a folder (a link is followed when it stays inside the articles
 * folder), or the problem with it: a link that points nowhere, a loop of links, a link out of the
 * archive (refused: a build must not publish files from elsewhere on the machine), or anything
 * that is neither a file nor a folder.
 */
function entryKind(abs: string, rootReal: string): "file" | "dir" | { problem: Msg } {
  let stat = lstatSync(abs);
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return {
        problem: code === "ELOOP" ? msg("link.loop") : msg("link.dangling", { target: readlinkSync(abs) }),
      };
    }
    if (!isInside(rootReal, target)) return { problem: msg("link.outside", { target }) };
    stat = statSync(abs);
  }
  if (stat.isDirectory()) return "dir";
  if (stat.isFile()) return "file";
  return { problem: msg("entry.special") };
}

/** The first line of a body that holds something other than text (see unsafe-text.ts). */
function bodyProblem(parsed: ParsedFile): { line: number; problem: Msg } | undefined {
  const lines = parsed.body.split("\n");
  for (const [i, line] of lines.entries()) {
    const reason = unsafeTextProblem(line, true);
    if (reason !== undefined) return { line: parsed.bodyLine + i, problem: msg("body.line", { reason }) };
    const depth = nestedMarkers(line);
    if (depth > MAX_NESTED_MARKERS) return { line: parsed.bodyLine + i, problem: msg("body.nested", { depth, max: MAX_NESTED_MARKERS }) };
  }
  return undefined;
}

/**
 * The most quote and list markers one line may nest. markdown-it stops at 100 levels of nesting
 * and silently leaves out what lies deeper (a list item counts twice); 20 markers stay far below.
 */
export const MAX_NESTED_MARKERS = 20;

/**
 * How deeply a line nests: the `>` and list markers that open it (`> > - 1. text` → 4), plus one
 * level for every two spaces of indentation before them (a list nested by indenting). A thematic
 * break (`- - -`, `***`) nests nothing.
 */
function nestedMarkers(line: string): number {
  if (/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/.test(line)) return 0;
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  let n = Math.floor(indent.replace(/\t/g, "    ").length / 2);
  let rest = line.slice(indent.length);
  for (;;) {
    const m = /^ *(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))\s?/.exec(rest);
    if (!m || m[0] === "") return n;
    n++;
    rest = rest.slice(m[0].length);
  }
}

/** Read, decode and split one content file; problems are added to `problems`. */
/** A content file read, parsed and validated: its fields when they are valid, the first unsafe line of its body. */
interface CheckedFile<F> {
  parsed: ParsedFile;
  fields: F | undefined;
  badBody: { line: number; problem: Msg } | undefined;
}

/** What the cache keeps of a file that passed every check of its own (a file with problems is always checked afresh). */
interface CachedFile<F> {
  data: Record<string, unknown>;
  /** as UTF-8: a third or less of the string's size in the cache file, which is written whole on every run that changes it */
  body: Uint8Array;
  bodyLine: number;
  fields: F;
}

/**
 * Read, parse and validate one content file, its problems added to `problems`; undefined when it
 * could not be read or parsed at all. A file whose bytes passed every check before comes from the
 * cache; only the lines of its fields, needed for a message about its tags, are parsed again.
 */
function checkFile<S extends z.ZodType>(
  kind: "event" | "article",
  schema: S,
  fieldNames: readonly string[],
  abs: string,
  file: string,
  problems: Problem[],
  cache: Cache,
): CheckedFile<z.output<S>> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    problems.push(problem("error", file, msg("file.unreadable", { code: (e as NodeJS.ErrnoException).code ?? "error" })));
    return undefined;
  }
  const key = contentKey(kind, bytes);
  const hit = cache.get<CachedFile<z.output<S>>>(key);
  if (hit) {
    let lines: ParsedFile | undefined;
    const lineOf = (path: readonly PropertyKey[]): number | undefined => (lines ??= parseBytes(bytes, file, []))?.lineOf(path);
    return { parsed: { data: hit.data, body: Buffer.from(hit.body).toString("utf8"), bodyLine: hit.bodyLine, lineOf }, fields: hit.fields, badBody: undefined };
  }
  const parsed = parseBytes(bytes, file, problems);
  if (!parsed) return undefined;
  const v = validate(schema, parsed.data, { file, lineOf: parsed.lineOf, end: parsed.bodyLine - 1 }, fieldNames);
  if (!v.ok) problems.push(...v.problems);
  const badBody = bodyProblem(parsed);
  if (v.ok && !badBody)
    cache.set(key, { data: parsed.data, body: Buffer.from(parsed.body, "utf8"), bodyLine: parsed.bodyLine, fields: v.value } satisfies CachedFile<z.output<S>>);
  return { parsed, fields: v.ok ? v.value : undefined, badBody };
}

function parseBytes(bytes: Buffer, file: string, problems: Problem[]): ParsedFile | undefined {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({ severity: "error", file, ...decoded.problem });
    return undefined;
  }
  const result = parseFrontmatter(decoded.text);
  if (!result.ok) {
    for (const p of result.problems) problems.push({ severity: "error", file, ...p });
    return undefined;
  }
  return result.file;
}

function assemble(rawEvents: RawEvent[], defs: Map<string, TagDef>): Omit<Archive, "synonyms"> {
  const ref = (id: string): TagRef => {
    const d = defs.get(id);
    if (!d) throw new Error(`internal: unknown tag ${id} after validation`);
    return { id: d.id, label: d.label, kind: d.kind };
  };
  const refs = (ids: readonly string[] | undefined): TagRef[] => [...new Set(ids ?? [])].map(ref).sort(compareTags);

  let draftEvents = 0;
  let draftArticles = 0;
  const draftTagIds = new Set<string>();
  const events: Event[] = [];
  for (const raw of rawEvents) {
    if (raw.fields.draft) {
      draftEvents++;
      draftArticles += raw.articles.length;
      for (const id of [...(raw.fields.tags ?? []), ...raw.articles.flatMap((a) => a.fields.tags ?? [])]) draftTagIds.add(id);
      continue;
    }
    const articles: Article[] = [];
    for (const a of raw.articles) {
      if (a.fields.draft) {
        draftArticles++;
        for (const id of a.fields.tags ?? []) draftTagIds.add(id);
        continue;
      }
      articles.push({
        id: a.id,
        eventId: raw.id,
        file: a.file,
        ...(recordValues(ARTICLE_TABLE, a.fields) as Pick<Article, "language">),
        tags: refs(a.fields.tags),
        draft: false,
        body: a.parsed.body,
      });
    }
    articles.sort(
      (x, y) =>
        (x.published ? 0 : 1) - (y.published ? 0 : 1) ||
        (x.published && y.published ? sortKey(x.published).localeCompare(sortKey(y.published)) : 0) ||
        x.id.localeCompare(y.id, "en"),
    );
    const allTagIds = [...(raw.fields.tags ?? []), ...raw.articles.filter((a) => !a.fields.draft).flatMap((a) => a.fields.tags ?? [])];
    events.push({
      id: raw.id,
      file: raw.file,
      ...(recordValues(EVENT_TABLE, raw.fields) as Pick<Event, "title" | "date" | "summary">),
      tags: refs(allTagIds),
      ownTagIds: [...new Set(raw.fields.tags ?? [])],
      draft: false,
      body: raw.parsed.body,
      articles,
    });
  }
  events.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id, "en"));

  const tags: Tag[] = [...defs.values()]
    .map((d) => ({
      id: d.id,
      label: d.label,
      kind: d.kind,
      aliases: d.aliases,
      events: events.filter((e) => e.tags.some((t) => t.id === d.id)),
    }))
    .sort(compareTags);

  return {
    events,
    tags,
    drafts: { events: draftEvents, articles: draftArticles },
    draftTagIds: [...draftTagIds].sort(),
    articleCount: events.reduce((n, e) => n + e.articles.length, 0),
  };
}
