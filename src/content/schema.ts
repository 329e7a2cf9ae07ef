/**
 * The one schema for everything an editor writes: event `index.md`, article `<id>.md` and `tags.yaml`.
 * Frontmatter arrives with every scalar as the string the editor typed (see frontmatter.ts);
 * this module decides what each field means and says precisely what is wrong when it doesn't fit.
 */
import { z } from "zod";
import { parseDate, parsePublished } from "./dates.ts";
import { didYouMean, fieldPath, type Problem } from "./problems.ts";
import { unsafeTextProblem } from "./unsafe-text.ts";
import { reservedOutletProblem } from "./outlets.ts";

export const TAG_KINDS = ["tokoh", "lembaga", "tempat", "topik"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/**
 * One line of text. A line break inside a value is refused: it is how an article's first paragraph
 * ends up inside a field when the closing `---` is missing (YAML folds an indented paragraph into
 * the value above it), and no field of the archive is shown on more than one line.
 */
const text = z
  .string()
  .trim()
  .min(1, "may not be empty")
  .refine((v) => !/[\n\r\u2028\u2029]/.test(v), "must be one line of text; is the line --- that ends the frontmatter missing above the article text?")
  .superRefine((v, ctx) => {
    const problem = unsafeTextProblem(v);
    if (problem !== undefined && !/[\n\r]/.test(v)) ctx.addIssue({ code: "custom", message: problem });
  });
const optionalText = text.optional();

const flag = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((v) => v === "true")
  .optional();

/** The most tags one file may list, and one event may carry with its articles': a page lists them all. */
export const MAX_TAGS_PER_FILE = 30;
export const MAX_TAGS_PER_EVENT = 60;

const tagList = z
  .array(z.string().trim().min(1, "may not be empty"))
  .max(MAX_TAGS_PER_FILE, `lists more than ${MAX_TAGS_PER_FILE} tags; keep the ones that say what the article or event is about (at most ${MAX_TAGS_PER_FILE})`)
  .optional();

const eventDate = z.string().transform((value, ctx) => {
  const r = parseDate(value);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.value;
});

const published = z
  .string()
  .transform((value, ctx) => {
    const r = parsePublished(value);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.value;
  })
  .optional();

const httpUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a complete web address (it must start with https:// or http://)` });
      return z.NEVER;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: `only http and https addresses are allowed, not "${url.protocol}"` });
      return z.NEVER;
    }
    return url.href;
  })
  .optional();

const language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "id" or "en"')
  .optional();

export const eventSchema = z.strictObject({
  title: text,
  date: eventDate,
  summary: text,
  place: optionalText,
  tags: tagList,
  draft: flag,
});

const outletName = text
  .superRefine((v, ctx) => {
    const problem = reservedOutletProblem(v);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  })
  .optional();

export const articleSchema = z.strictObject({
  title: optionalText,
  outlet: outletName,
  published,
  url: httpUrl,
  author: optionalText,
  editor: optionalText,
  via: optionalText,
  language,
  tags: tagList,
  draft: flag,
});

export const tagSchema = z.strictObject({
  label: text,
  kind: z.enum(TAG_KINDS, { error: `must be one of ${TAG_KINDS.join(", ")}` }),
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

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  return `"${String(value)}"`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: 'a list (for example [a, b], or one "- item" per line)',
  object: "a group of fields",
};

export interface Located {
  file: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
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
  for (const issue of result.error.issues) {
    const path = [...fieldPrefix, ...issue.path];
    const value = valueAt(data, issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const line = where.lineOf([...issue.path, key]);
        const message = GENERATOR_KEYS.has(key)
          ? `"${key}" is not allowed: pages, URLs and layouts come from the archive, not from article files`
          : `unknown field "${key}"${didYouMean(key, knownFields) || "."} Allowed fields: ${knownFields.join(", ")}`;
        problems.push({ severity: "error", file: where.file, line, field: fieldPath(keyPath), message });
      }
      continue;
    }
    let message = issue.message;
    let line = where.lineOf(issue.path);
    if (issue.code === "invalid_type") {
      if (value === undefined) {
        message = "is required but missing";
        line = undefined;
      } else {
        message = `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(value)}`;
      }
    }
    problems.push({ severity: "error", file: where.file, line, field: fieldPath(path), message });
  }
  return { ok: false, problems };
}

/** A tag listed twice in one file's `tags`. */
export function duplicateTagProblems(ids: readonly string[], where: Located): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      problems.push({ severity: "error", file: where.file, line: where.lineOf(["tags", i]), field: `tags[${i}]`, message: `"${id}" is listed twice` });
    seen.add(id);
  });
  return problems;
}
