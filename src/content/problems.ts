/** Problems found in the content: every one names the file, and the line and field where known. */
import { say, type Lang, type Msg } from "../lib/messages/index.ts";

export type Severity = "error" | "warning";

/** A problem: where it is, and its message (a code and its parameters, rendered by `say` in the run's language). */
export interface Problem extends Msg {
  severity: Severity;
  /** path relative to the project root, with forward slashes, e.g. `articles/2021-03-22-x/kontan.md` */
  file: string;
  /** 1-based line, where known (an absent line may also be given as undefined) */
  line?: number | undefined;
  /** field path such as `title` or `tags[1]`, where known */
  field?: string | undefined;
}

/** `articles/x/kontan.md:4 tags[1]: tag "kim-jongun" tidak dikenal. …` (`warning: …` / `peringatan: …` for a warning) */
export function formatProblem(p: Problem, lang: Lang): string {
  // a file name or a value may hold a line break or another control character: shown escaped, on the one line
  const file = escapeControls(p.file);
  const where = p.line === undefined ? file : `${file}:${p.line}`;
  const prefix = p.severity === "warning" ? (lang === "en" ? "warning: " : "peringatan: ") : "";
  const text = say(escapedParams(p), lang);
  return p.field ? `${prefix}${where} ${p.field}: ${text}` : `${prefix}${where}: ${text}`;
}

/** C0 and C1 control characters and DEL (built from code points: a regular expression literal with them reads as a mistake). */
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}]`, "g");

/** Control characters (a line break in a file name, an escape sequence) as escapes: `\\n`, `\\u001b`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** The parameters that hold names from the file system (a file's or folder's name, an id made of one): printed escaped. */
const NAME_PARAMS = new Set(["id", "file", "name", "dir"]);

/** A message with the names among its parameters (and its nested messages' parameters) escaped; its own line breaks stay. */
function escapedParams<M extends Msg>(m: M): M {
  const escape = (k: string, v: unknown): unknown =>
    typeof v === "string" && NAME_PARAMS.has(k)
      ? escapeControls(v)
      : typeof v === "object" && v !== null && "code" in v && "params" in v
        ? escapedParams(v as Msg)
        : v;
  return { ...m, params: Object.fromEntries(Object.entries(m.params as Record<string, unknown>).map(([k, v]) => [k, escape(k, v)])) };
}

/** A problem with its message from the catalogue. */
export function problem(severity: Severity, file: string, m: Msg, line?: number, field?: string): Problem {
  return { severity, file, ...(line !== undefined && { line }), ...(field !== undefined && { field }), ...m };
}

/** Stable order: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "en") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? "").localeCompare(b.field ?? "", "en") ||
      say(a, "en").localeCompare(say(b, "en"), "en"),
  );
}

/** Render a field path like `["tags", 1]` as `tags[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const left = prev[j - 1] ?? 0;
      prev[j] = Math.min(above + 1, left + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate to `word`, if it is close enough to be a plausible typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  return closest(word, candidates, 1)[0];
}

/** Up to `n` candidates close enough to `word` to be plausible typos of it, closest first (ties in code-point order). */
export function closest(word: string, candidates: Iterable<string>, n: number): string[] {
  return [...candidates]
    .map((c) => ({ c, d: editDistance(word, c) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(Math.max(word.length, c.length) / 3)))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .slice(0, n)
    .map(({ c }) => c);
}
