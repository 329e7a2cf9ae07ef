/**
 * The tag vocabulary, `articles/tags.yaml`: the one reader, used by the loader, `npm run check`
 * (for the lines of tag ids) and the importer (for tag suggestions).
 */
import { msg } from "../lib/messages/index.ts";
import { readFileSync } from "node:fs";
import { isMap, isNode, isPair, isScalar } from "yaml";
import { idProblem, slugify } from "./ids.ts";
import type { TagKind } from "./schema.ts";
import { TAG_FIELDS, tagSchema, validate } from "./schema.ts";
import { problem, type Problem } from "./problems.ts";
import { decodeUtf8, normaliseText } from "./text.ts";
import { parseYaml, yamlData, yamlMessage } from "./yaml.ts";

/** The file name of the vocabulary inside the articles folder. */
export const TAGS_FILE = "tags.yaml";

export interface TagDef {
  id: string;
  label: string;
  kind: TagKind;
  aliases: string[];
  /** line of the tag's id in tags.yaml */
  line: number | undefined;
}

export interface LoadedTags {
  /** the valid tags, in file order */
  tags: Map<string, TagDef>;
  /** false when the file as a whole could not be read (missing, not UTF-8, not YAML, not a mapping) */
  readable: boolean;
  /** ids whose own entry has problems (reported in `problems`) */
  invalid: Set<string>;
  problems: Problem[];
}

/**
 * The key under which a tag's label or alias is known: its slug, or for a name with no Latin
 * letters or digits (`金正恩`), the name itself in lower case, so that such names never collide.
 */
export const nameKey = (name: string): string => slugify(name) || name.trim().toLowerCase();

/** Read tags.yaml at `abs`; `file` is how messages name it. */
export function readTagsFile(abs: string, file: string): LoadedTags {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    return unreadable(problem("error", file, msg("tags.file-missing")));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return unreadable({ severity: "error", file, ...decoded.problem });
  return parseTags(decoded.text, file);
}

function unreadable(...problems: Problem[]): LoadedTags {
  return { tags: new Map(), readable: false, invalid: new Set(), problems };
}

/** The vocabulary from the text of tags.yaml: every valid tag, and a problem for each invalid entry. */
export function parseTags(text: string, file: string): LoadedTags {
  const tags = new Map<string, TagDef>();
  const invalid = new Set<string>();
  const problems: Problem[] = [];
  const { doc, lineAt: lineOfOffset } = parseYaml(normaliseText(text));
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineOfOffset(offset));
  if (doc.errors.length > 0) {
    return unreadable(...doc.errors.map((e) => problem("error", file, msg("yaml.invalid", { detail: yamlMessage(e.message) }), lineAt(e.pos[0]))));
  }
  if (!isMap(doc.contents)) {
    return unreadable(problem("error", file, msg("tags.not-map")));
  }
  let all: Record<string, unknown>;
  try {
    all = yamlData(doc) as Record<string, unknown>;
  } catch (e) {
    return unreadable(problem("error", file, msg("yaml.unreadable", { detail: (e as Error).message })));
  }
  const seenAliases = new Map<string, string>();
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const line = lineAt(pair.key.range?.[0]);
    const bad = idProblem(id);
    if (bad) {
      problems.push(problem("error", file, msg("tags.bad-id", { reason: bad }), line, id));
      invalid.add(id);
      continue;
    }
    const valueNode = pair.value;
    const data: unknown = isNode(valueNode) ? all[id] : undefined;
    const lineOf = (path: readonly PropertyKey[]): number | undefined => {
      let node: unknown = valueNode;
      for (const part of path) {
        if (!isMap(node)) break;
        const p = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === part);
        if (!p) break;
        node = p.value ?? p.key;
      }
      return lineAt((node as { range?: [number, number, number] } | null)?.range?.[0]) ?? line;
    };
    const v = validate(tagSchema, data, { file, lineOf }, TAG_FIELDS, [id]);
    if (!v.ok) {
      problems.push(...v.problems.map((p) => (p.line === undefined ? { ...p, line } : p)));
      invalid.add(id);
      continue;
    }
    const def: TagDef = { id, label: v.value.label, kind: v.value.kind, aliases: v.value.aliases ?? [], line };
    for (const name of [def.label, ...def.aliases]) {
      const key = nameKey(name);
      const other = seenAliases.get(key);
      if (other !== undefined && other !== id) {
        problems.push(problem("error", file, msg("tags.name-taken", { name, other }), line, id));
      }
      seenAliases.set(key, id);
    }
    tags.set(id, def);
  }
  return { tags, readable: true, invalid, problems };
}
