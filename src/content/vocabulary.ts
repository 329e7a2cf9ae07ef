/**
 * The files of ids, each with fields, beside the event folders: one reader (readIdMapFile) checks
 * each entry against its file's schema and locates its lines. A vocabulary file (`tags.yaml`,
 * `kantor-berita.yaml`) gives each id a `label`, a `kind` and optional `aliases`; a label or alias
 * that names two entries is an error, because a name written in an article must point to one entry.
 */
import { readFileSync } from "node:fs";
import { isMap, isNode, isPair, isScalar, isSeq } from "yaml";
import type { z } from "zod";
import type { Msg } from "../lib/messages/index.ts";
import { idProblem, slugify } from "./ids.ts";
import { problem, type Problem } from "./problems.ts";
import { validate } from "./schema.ts";
import { decodeUtf8, normaliseText } from "./text.ts";
import { msg } from "../lib/messages/index.ts";
import { parseYaml, yamlData, yamlMessage } from "./yaml.ts";

export interface VocabularyEntry<K extends string> {
  id: string;
  label: string;
  kind: K;
  aliases: string[];
  /** line of the entry's id in its file */
  line: number | undefined;
}

export interface LoadedVocabulary<K extends string> {
  /** the valid entries, in file order */
  entries: Map<string, VocabularyEntry<K>>;
  /** false when the file as a whole could not be read (missing, not UTF-8, not YAML, not a mapping) */
  readable: boolean;
  /** ids whose own entry has problems (reported in `problems`) */
  invalid: Set<string>;
  problems: Problem[];
}

type VocabularyFields<K extends string> = { label: string; kind: K; aliases?: string[] | undefined };

/** What tells one vocabulary file from another: its entries' schema and field names, and its messages. */
export interface VocabularySpec<K extends string> extends IdMapSpec<VocabularyFields<K>> {
  nameTaken: (name: string, other: string) => Msg;
}

/**
 * The key under which an entry's label or alias is known: its slug, or for a name with no Latin
 * letters or digits (`金正恩`), the name itself in lower case, so that such names never collide.
 */
export const nameKey = (name: string): string => slugify(name) || name.trim().toLowerCase();

/** What a file of ids each with fields needs: its entries' schema and field names, and its messages. */
export interface IdMapSpec<T> {
  schema: z.ZodType<T>;
  fields: readonly string[];
  /** the file is missing; undefined: a missing file has no entries */
  missing?: Msg;
  notMap: Msg;
  badId: (reason: Msg) => Msg;
}

/** A valid entry of such a file: its id, its values, the line of its id and a locator of its fields' lines. */
export interface IdMapEntry<T> {
  id: string;
  value: T;
  line: number | undefined;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface LoadedIdMap<T> {
  entries: Map<string, IdMapEntry<T>>;
  readable: boolean;
  invalid: Set<string>;
  problems: Problem[];
}

/** Read a YAML file of ids, each with fields (`tags.yaml`, `kantor-berita.yaml`, `rangkaian.yaml`); `file` is how messages name it. */
export function readIdMapFile<T>(abs: string, file: string, spec: IdMapSpec<T>): LoadedIdMap<T> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    if (spec.missing === undefined && (e as NodeJS.ErrnoException).code === "ENOENT")
      return { entries: new Map(), readable: true, invalid: new Set(), problems: [] };
    return unreadable(problem("error", file, spec.missing ?? msg("file.unreadable", { code: (e as NodeJS.ErrnoException).code ?? "error" })));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return unreadable({ severity: "error", file, ...decoded.problem });
  return parseIdMap(decoded.text, file, spec);
}

function unreadable<T>(...problems: Problem[]): LoadedIdMap<T> {
  return { entries: new Map(), readable: false, invalid: new Set(), problems };
}

/** The entries of such a file from its text: each valid one, and the problems of the others. */
export function parseIdMap<T>(text: string, file: string, spec: IdMapSpec<T>): LoadedIdMap<T> {
  const entries = new Map<string, IdMapEntry<T>>();
  const invalid = new Set<string>();
  const problems: Problem[] = [];
  const { doc, lineAt: lineOfOffset } = parseYaml(normaliseText(text));
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineOfOffset(offset));
  if (doc.errors.length > 0) {
    return unreadable(...doc.errors.map((e) => problem("error", file, msg("yaml.invalid", { detail: yamlMessage(e.message) }), lineAt(e.pos[0]))));
  }
  // an empty file (or one of comments only) has no entries
  if (doc.contents === null && spec.missing === undefined) return { entries, readable: true, invalid, problems };
  if (!isMap(doc.contents)) return unreadable(problem("error", file, spec.notMap));
  let all: Record<string, unknown>;
  try {
    all = yamlData(doc) as Record<string, unknown>;
  } catch (e) {
    return unreadable(problem("error", file, msg("yaml.unreadable", { detail: (e as Error).message })));
  }
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const line = lineAt(pair.key.range?.[0]);
    const bad = idProblem(id);
    if (bad) {
      problems.push(problem("error", file, spec.badId(bad), line, id));
      invalid.add(id);
      continue;
    }
    const valueNode = pair.value;
    const data: unknown = isNode(valueNode) ? all[id] : undefined;
    const lineOf = (path: readonly PropertyKey[]): number | undefined => {
      let node: unknown = valueNode;
      for (const part of path) {
        if (isMap(node)) {
          const p = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === part);
          if (!p) break;
          node = p.value ?? p.key;
        } else if (isSeq(node) && typeof part === "number") {
          const item: unknown = node.items[part];
          if (item === undefined) break;
          node = item;
        } else break;
      }
      return lineAt((node as { range?: [number, number, number] } | null)?.range?.[0]) ?? line;
    };
    const v = validate(spec.schema, data, { file, lineOf }, spec.fields, [id]);
    if (!v.ok) {
      problems.push(...v.problems.map((p) => (p.line === undefined ? { ...p, line } : p)));
      invalid.add(id);
      continue;
    }
    entries.set(id, { id, value: v.value, line, lineOf });
  }
  return { entries, readable: true, invalid, problems };
}

/** Read the vocabulary file at `abs`; `file` is how messages name it. */
export function readVocabularyFile<K extends string>(abs: string, file: string, spec: VocabularySpec<K>): LoadedVocabulary<K> {
  return vocabularyOf(readIdMapFile(abs, file, spec), file, spec);
}

/** The vocabulary from the text of its file: every valid entry, and a problem for each invalid one. */
export function parseVocabulary<K extends string>(text: string, file: string, spec: VocabularySpec<K>): LoadedVocabulary<K> {
  return vocabularyOf(parseIdMap(text, file, spec), file, spec);
}

/** The entries of a vocabulary file, with a problem for each name that points to two of them. */
function vocabularyOf<K extends string>(read: LoadedIdMap<VocabularyFields<K>>, file: string, spec: VocabularySpec<K>): LoadedVocabulary<K> {
  const entries = new Map<string, VocabularyEntry<K>>();
  const problems = [...read.problems];
  const seenNames = new Map<string, string>();
  for (const { id, value, line } of read.entries.values()) {
    const entry: VocabularyEntry<K> = { id, label: value.label, kind: value.kind, aliases: value.aliases ?? [], line };
    for (const name of [entry.label, ...entry.aliases]) {
      const key = nameKey(name);
      const other = seenNames.get(key);
      if (other !== undefined && other !== id) problems.push(problem("error", file, spec.nameTaken(name, other), line, id));
      seenNames.set(key, id);
    }
    entries.set(id, entry);
  }
  return { entries, readable: read.readable, invalid: read.invalid, problems };
}

/** Each label and alias of a vocabulary under its nameKey, pointing to its entry. */
export function namesOf<K extends string>(entries: ReadonlyMap<string, VocabularyEntry<K>>): Map<string, VocabularyEntry<K>> {
  const out = new Map<string, VocabularyEntry<K>>();
  for (const e of entries.values()) for (const name of [e.label, ...e.aliases]) out.set(nameKey(name), e);
  return out;
}
