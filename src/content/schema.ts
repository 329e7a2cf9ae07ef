/**
 * The one schema for everything an editor writes: event `index.md`, article `<id>.md` and `tags.yaml`.
 * The event and article schemas are made from the field table (fields.ts); this module validates a
 * file's frontmatter against them and says precisely what is wrong when it doesn't fit.
 */
import { z } from "zod";
import { msg, type Msg } from "../lib/messages/index.ts";
import { ARTICLE_TABLE, EVENT_TABLE, type FieldTable } from "./fields.ts";
import { AGENCY_KINDS, MAX_TAGS_PER_FILE, TAG_KINDS, text } from "./field-types.ts";
import { fieldPath, nearest, problem, type Problem } from "./problems.ts";

export { AGENCY_KINDS, MAX_TAGS_PER_EVENT, MAX_TAGS_PER_FILE, TAG_KINDS, type AgencyKind, type TagKind } from "./field-types.ts";

/** A table's schemas as the shape of a zod object. */
export function shapeOf<T extends FieldTable>(table: T): { [K in keyof T]: T[K]["schema"] } {
  return Object.fromEntries(Object.entries(table).map(([name, f]) => [name, f.schema])) as { [K in keyof T]: T[K]["schema"] };
}

export const eventSchema = z.strictObject(shapeOf(EVENT_TABLE));
export const articleSchema = z.strictObject(shapeOf(ARTICLE_TABLE));

export const tagSchema = z.strictObject({
  label: text,
  kind: z.enum(TAG_KINDS, { error: "field.kind" }),
  aliases: z.array(text).optional(),
});

/** An entry of articles/kantor-berita.yaml: an agency or outlet that articles relay. */
export const agencySchema = z.strictObject({
  label: text,
  kind: z.enum(AGENCY_KINDS, { error: "agency.kind" }),
  aliases: z.array(text).optional(),
});

export type EventFields = z.output<typeof eventSchema>;
export type ArticleFields = z.output<typeof articleSchema>;
export type TagFields = z.output<typeof tagSchema>;

/** Event fields in the order files are written. */
export const EVENT_FIELDS = Object.keys(eventSchema.shape) as EventField[];
export type EventField = keyof typeof eventSchema.shape;
/** Article fields in the order files are written. */
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as ArticleField[];
export type ArticleField = keyof typeof articleSchema.shape;
export const TAG_FIELDS = Object.keys(tagSchema.shape);
export const AGENCY_FIELDS = Object.keys(agencySchema.shape);

/** Keys that Eleventy or other generators give meaning to; named specially when they turn up. */
const GENERATOR_KEYS = new Set([
  "permalink",
  "layout",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "pagination",
  "eleventyNavigation",
  "eleventyImport",
  "templateEngineOverride",
  "slug",
  "url_path",
  "aliases_url",
]);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

export interface Located {
  file: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** the line of the `---` that closes the frontmatter, where a missing field is to be added */
  end?: number;
}

/**
 * Validate `data` against `schema`; on failure return one Problem per issue, each naming file, line and field.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: Located,
  knownFields: readonly string[],
  fieldPrefix: readonly PropertyKey[] = [],
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: Problem[] = [];
  // a misspelt field ("sumary") is one mistake: said once, as the unknown field with the right name,
  // not again as the right field missing
  const suggested = new Set<string>();
  for (const i of result.error.issues) {
    if (i.code !== "unrecognized_keys") continue;
    for (const key of i.keys) {
      const n = nearest(key, knownFields);
      if (n !== undefined) suggested.add(fieldPath([...fieldPrefix, ...i.path, n]));
    }
  }
  for (const i of result.error.issues) {
    const path = [...fieldPrefix, ...i.path];
    const value = valueAt(data, i.path);
    if (i.code === "unrecognized_keys") {
      for (const key of i.keys) {
        const suggestion = nearest(key, knownFields);
        const m = GENERATOR_KEYS.has(key)
          ? msg("field.generator", { key })
          : msg("field.unknown", { key, ...(suggestion !== undefined && { suggestion }), allowed: knownFields.join(", ") });
        problems.push(problem("error", where.file, m, where.lineOf([...i.path, key]), fieldPath([...path, key])));
      }
      continue;
    }
    const field = fieldPath(path);
    if (i.code === "invalid_type" && value === undefined) {
      if (suggested.has(field)) continue;
      const last = String(path.at(-1) ?? field);
      problems.push(problem("error", where.file, msg("field.missing", { field: last, atEnd: where.end !== undefined }), where.end, field));
      continue;
    }
    const m = i.code === "invalid_type" ? msg("field.expected", { expected: i.expected, got: value }) : issueMessage(i);
    problems.push(problem("error", where.file, m, where.lineOf(i.path), field));
  }
  return { ok: false, problems };
}

/** The message of an issue: one the schema reported with issue(), or one of the codes the schema gives zod's checks. */
function issueMessage(i: z.core.$ZodIssue): Msg {
  const own = (i as { params?: { msg?: Msg } }).params?.msg;
  if (own !== undefined) return own;
  switch (i.message) {
    case "field.empty":
    case "field.one-line":
    case "field.flag":
    case "field.language":
      return msg(i.message);
    case "field.kind":
      return msg("field.kind", { kinds: TAG_KINDS.join(", ") });
    case "storyline.no-events":
      return msg("storyline.no-events");
    case "agency.kind":
      return msg("field.kind", { kinds: AGENCY_KINDS.join(", ") });
    case "tags.too-many":
      return msg("tags.too-many", { max: MAX_TAGS_PER_FILE });
    default:
      return msg("field.invalid", { detail: i.message });
  }
}

/** A tag listed twice in one file's `tags`. */
export function duplicateTagProblems(ids: readonly string[], where: Located): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push(problem("error", where.file, msg("tags.twice", { tag: id }), where.lineOf(["tags", i]), `tags[${i}]`));
    seen.add(id);
  });
  return problems;
}
