/**
 * Reading one content file: strict UTF-8, normalised text, YAML frontmatter between `---` lines.
 *
 * The split is done here rather than by gray-matter on purpose: gray-matter turns a file with no
 * closing `---` into data, runs `---js` frontmatter as code, caches results by content (so a mutated
 * result leaks into the next parse) and takes `----` for a closing delimiter. YAML is parsed with
 * the `yaml` package's failsafe schema: every scalar stays the string the editor wrote
 * (`012` stays "012", `no` stays "no", `2021-02-30` is never turned into 2 March); the schema
 * decides what a value means. Duplicate keys and alias bombs are errors.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface FileProblem {
  line?: number;
  field?: string;
  message: string;
}

export interface ParsedFile {
  /** the frontmatter as plain data: strings, arrays and objects only */
  data: Record<string, unknown>;
  /** the markdown body, normalised */
  body: string;
  /** 1-based line of the file where the body starts */
  bodyLine: number;
  /** 1-based line of a field (`["tags", 1]`) in the file, where known */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: FileProblem[] };

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes as strict UTF-8; invalid bytes are an error naming the line. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // find the first bad byte to name its line
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          return { ok: false, problem: { line, message: "the file is not valid UTF-8 text; save it as UTF-8" } };
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, problem: { message: "the file is not valid UTF-8 text; save it as UTF-8" } };
  }
}

/** BOM and zero-width characters removed, CRLF/CR turned into LF, Unicode NFC. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(ZERO_WIDTH, "").normalize("NFC");
}

const isDelimiter = (line: string): boolean => /^---[ \t]*$/.test(line);

/** Split and parse a content file. `requireFrontmatter` is true for every `.md` file in the archive. */
export function parseFrontmatter(rawText: string): ParseResult {
  const text = normaliseText(rawText);
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  if (!isDelimiter(first)) {
    if (/^---\s*\S/.test(first)) {
      const lang = first.slice(3).trim();
      return fail(1, `frontmatter marked "${lang}" is not allowed; write plain YAML between two lines of ---`);
    }
    if (first.trim() === "" && lines.some((l) => isDelimiter(l))) {
      return fail(1, "the file must start with --- on its first line; remove the blank lines before it");
    }
    if (text.trim() === "") return fail(undefined, "the file is empty; it needs frontmatter between two lines of ---");
    return fail(1, "the file must start with frontmatter: a line ---, the fields, then another line ---");
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isDelimiter(lines[i] ?? "")) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return fail(1, "the frontmatter opened on line 1 is never closed; add a line --- after the last field");
  }
  const yamlText = lines.slice(1, close).join("\n");
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    schema: "failsafe",
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
    strict: true,
  });
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: fileLine(e.pos[0]),
        message: `the frontmatter is not valid YAML: ${yamlMessage(e.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return fail(2, `the frontmatter could not be read: ${(e as Error).message}`);
  }
  if (data === null || data === undefined || data === "") data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(2, `the frontmatter must be a list of "field: value" lines, not ${Array.isArray(data) ? "a list" : "a single value"}`);
  }
  const body = lines.slice(close + 1).join("\n");
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      body,
      bodyLine: close + 2,
      lineOf(path) {
        const node = nodeAt(doc.contents as Node | null, path);
        return node?.range ? fileLine(node.range[0]) : undefined;
      },
    },
  };
}

function fail(line: number | undefined, message: string): ParseResult {
  return { ok: false, problems: [line === undefined ? { message } : { line, message }] };
}

function yamlMessage(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/** The node for a path; for a missing last key, the parent; for a map key, the key node. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | null | undefined = root;
  let last: Node | undefined = root ?? undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!pair) return last;
      last = (pair.key as Node) ?? last;
      node = pair.value as Node | null;
      if (node) last = node;
    } else if (isSeq(node) && typeof part === "number") {
      const item = node.items[part] as Node | undefined;
      if (!item) return last;
      node = item;
      last = item;
    } else {
      return last;
    }
  }
  return last;
}
