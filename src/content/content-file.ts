/**
 * One content file of the archive: what a folder entry is (links followed only inside the
 * archive), and a file read, decoded, parsed and validated, its body checked for what is not text.
 * A file that passed every check before comes from the content cache.
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import type { z } from "zod";
import { contentKey, type Cache } from "../lib/cache.ts";
import { isBytes, isCount, isRecord } from "../lib/shape.ts";
import { isInside } from "../lib/files.ts";
import { msg, type Msg } from "../lib/messages/index.ts";
import { parseFrontmatter, type ParsedFile } from "./frontmatter.ts";
import { problem, type Problem } from "./problems.ts";
import { validate } from "./schema.ts";
import { decodeUtf8 } from "./text.ts";
import { unsafeTextProblem } from "./unsafe-text.ts";

/**
 * Names starting with a dot are hidden files (`.DS_Store`, editor lock files) and are skipped,
 * except `.md`, `..md`, `...md`: article files whose id is empty or only dots, which are reported
 * instead of silently leaving their article out.
 */
export const isHidden = (name: string): boolean => name.startsWith(".") && !/^\.+md$/.test(name);

/**
 * What a folder entry is: a file or a folder (a link is followed when it stays inside the articles
 * folder), or the problem with it: a link that points nowhere, a loop of links, a link out of the
 * archive (refused: a build must not publish files from elsewhere on the machine), or anything
 * that is neither a file nor a folder.
 */
export function entryKind(abs: string, rootReal: string): "file" | "dir" | { problem: Msg } {
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

/** A content file read, parsed and validated: its fields when they are valid, the first unsafe line of its body. */
export interface CheckedFile<F> {
  parsed: ParsedFile;
  fields: F | undefined;
  badBody: { line: number; problem: Msg } | undefined;
}

/** What the cache keeps of a file that passed every check of its own (a file with problems is always checked afresh). */
/** What the cache keeps of a file that passed every check: its fields are validated again from `data` when it is used. */
interface CachedFile {
  data: Record<string, unknown>;
  /** as UTF-8: a third or less of the string's size in the cache file, which is written whole on every run that changes it */
  body: Uint8Array;
  bodyLine: number;
}

/**
 * Read, parse and validate one content file, its problems added to `problems`; undefined when it
 * could not be read or parsed at all. A file whose bytes passed every check before comes from the
 * cache; only the lines of its fields, needed for a message about its tags, are parsed again.
 */
export function checkFile<S extends z.ZodType>(
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
  const hit = cache.get<unknown>(key);
  // a kept entry is used only in the shape this code keeps, its fields valid by the schema as when they were kept
  const fields = isRecord(hit) && isRecord(hit.data) && isBytes(hit.body) && isCount(hit.bodyLine) ? schema.safeParse(hit.data) : undefined;
  if (fields?.success && isRecord(hit) && isBytes(hit.body) && isCount(hit.bodyLine)) {
    let lines: ParsedFile | undefined;
    const lineOf = (path: readonly PropertyKey[]): number | undefined => (lines ??= parseBytes(bytes, file, []))?.lineOf(path);
    const data = hit.data as Record<string, unknown>;
    return { parsed: { data, body: Buffer.from(hit.body).toString("utf8"), bodyLine: hit.bodyLine, lineOf }, fields: fields.data, badBody: undefined };
  }
  const parsed = parseBytes(bytes, file, problems);
  if (!parsed) return undefined;
  const v = validate(schema, parsed.data, { file, lineOf: parsed.lineOf, end: parsed.bodyLine - 1 }, fieldNames);
  if (!v.ok) problems.push(...v.problems);
  const badBody = bodyProblem(parsed);
  if (v.ok && !badBody) cache.set(key, { data: parsed.data, body: Buffer.from(parsed.body, "utf8"), bodyLine: parsed.bodyLine } satisfies CachedFile);
  return { parsed, fields: v.ok ? v.value : undefined, badBody };
}

export function parseBytes(bytes: Buffer, file: string, problems: Problem[]): ParsedFile | undefined {
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
