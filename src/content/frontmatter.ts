/**
 * Reading one content file: strict UTF-8, normalised text, YAML frontmatter between `---` lines.
 *
 * The split is done here rather than by gray-matter on purpose. Eleventy's maintained fork
 * (@11ty/gray-matter 1.0, whose engines can be replaced, so `---js` could be made to throw) still
 * closes the frontmatter at any line that starts with `---` (`----`, `--- x`: the rest of that line
 * becomes the start of the body) and turns a file whose frontmatter is never closed into data with
 * an empty body; keeping those cases refused needs the line scan below, after which gray-matter
 * would have nothing left to do (tests/unit/frontmatter.test.ts, hostile cases 3 and 6). YAML is parsed with
 * the `yaml` package's failsafe schema: every scalar stays the string the editor wrote
 * (`012` stays "012", `no` stays "no", `2021-02-30` is never turned into 2 March); the schema
 * decides what a value means. Duplicate keys and alias bombs are errors.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLError } from "yaml";
import { msg, type Msg } from "../lib/messages/index.ts";
import { normaliseText, type FileProblem } from "./text.ts";
import { parseYaml, yamlData, yamlMessage } from "./yaml.ts";

export { decodeUtf8, normaliseText, type FileProblem } from "./text.ts";
export { yamlMessage } from "./yaml.ts";

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

const isDelimiter = (line: string): boolean => /^---[ \t]*$/.test(line);

/** Split and parse a content file. `requireFrontmatter` is true for every `.md` file in the archive. */
export function parseFrontmatter(rawText: string): ParseResult {
  const text = normaliseText(rawText);
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  if (!isDelimiter(first)) {
    if (/^---\s*\S/.test(first)) {
      const lang = first.slice(3).trim();
      return fail(1, msg("frontmatter.marked", { lang }));
    }
    if (first.trim() === "" && lines.some((l) => isDelimiter(l))) {
      return fail(1, msg("frontmatter.blank-before"));
    }
    if (text.trim() === "") return fail(undefined, msg("frontmatter.empty-file"));
    return fail(1, msg("frontmatter.missing"));
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isDelimiter(lines[i] ?? "")) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return fail(1, msg("frontmatter.unclosed"));
  }
  const yamlText = lines.slice(1, close).join("\n");
  const { doc, lineAt } = parseYaml(yamlText);
  const fileLine = (offset: number): number => lineAt(offset) + 1;
  if (doc.errors.length > 0) {
    const problems: FileProblem[] = [];
    for (const e of doc.errors) {
      const at = locateError(doc, e);
      const line = fileLine(at.offset);
      // one message per line: "a: b: c" is two YAML errors, and one mistake
      if (problems.some((p) => p.line === line)) continue;
      const colon = e.code === "BLOCK_AS_IMPLICIT_KEY" ? quotedLine(lines[line - 1] ?? "") : undefined;
      problems.push({
        line,
        ...(colon !== undefined ? { field: colon.field } : at.field !== undefined && { field: at.field }),
        ...(colon !== undefined ? msg("frontmatter.colon", colon) : msg("frontmatter.yaml", { detail: yamlMessage(e.message) })),
      });
    }
    return { ok: false, problems };
  }
  let data: unknown;
  try {
    data = yamlData(doc);
  } catch (e) {
    return fail(2, msg("frontmatter.unreadable", { detail: (e as Error).message }));
  }
  if (data === null || data === undefined || data === "") data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(2, msg(Array.isArray(data) ? "frontmatter.list" : "frontmatter.scalar"));
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

function fail(line: number | undefined, m: Msg): ParseResult {
  return { ok: false, problems: [line === undefined ? m : { line, ...m }] };
}

/**
 * A line `field: text with: a colon` that YAML cannot read (it takes the second colon for a new
 * field), as it reads once the value is in double quotes; undefined for any other line.
 */
export function quotedLine(line: string): { field: string; fixed: string } | undefined {
  const m = /^(\s*)([A-Za-z_][\w-]*):[ \t]+(.*\S)\s*$/.exec(line);
  if (!m || /^["']/.test(m[3] ?? "") || !/:\s/.test(m[3] ?? "")) return undefined;
  const [, indent = "", field = "", value = ""] = m;
  return { field, fixed: `${indent}${field}: ${JSON.stringify(value)}` };
}

/**
 * Where the editor has to look for a YAML error: `yaml` reports an unclosed quote where the text
 * ran out (often the last line of the frontmatter) and a duplicate key at the repeated key; point
 * to the line where the quote opens, and name the field, where the document still shows them.
 */
function locateError(doc: Document, e: YAMLError): { offset: number; field?: string } {
  let found: { offset: number; field?: string } = { offset: e.pos[0] };
  const quote = e.code === "MISSING_CHAR" && /quote/i.test(e.message);
  visit(doc, {
    Pair(_key, pair) {
      if (e.code === "DUPLICATE_KEY" && isScalar(pair.key) && pair.key.range?.[0] === e.pos[0]) {
        found = { offset: e.pos[0], field: String(pair.key.value) };
        return visit.BREAK;
      }
      return undefined;
    },
    Scalar(_key, node, path) {
      if (!quote || (node.type !== "QUOTE_DOUBLE" && node.type !== "QUOTE_SINGLE") || !node.range) return undefined;
      if (node.range[0] < e.pos[0] && e.pos[0] <= node.range[2]) {
        const pair = path.find((p) => isPair(p) && isScalar(p.key));
        const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
        found = field === undefined ? { offset: node.range[0] } : { offset: node.range[0], field };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The node for a path; for a missing last key, the parent. A field whose value is a list or a
 * group of fields is located at its key (the value starts on a later line).
 */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | null | undefined = root;
  let last: Node | undefined = root ?? undefined;
  for (const [i, part] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!pair) return last;
      last = (pair.key as Node) ?? last;
      node = pair.value as Node | null;
      const lastPart = i === path.length - 1;
      if (node && !(lastPart && (isMap(node) || isSeq(node)))) last = node;
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
