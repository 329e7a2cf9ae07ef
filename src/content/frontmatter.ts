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
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLError } from "yaml";
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
  const { doc, lineAt } = parseYaml(yamlText);
  const fileLine = (offset: number): number => lineAt(offset) + 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = locateError(doc, e);
        return {
          line: fileLine(at.offset),
          ...(at.field !== undefined && { field: at.field }),
          message: `the frontmatter is not valid YAML: ${yamlMessage(e.message)}`,
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = yamlData(doc);
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
