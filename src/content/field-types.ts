/**
 * The value types of the archive's fields, as zod schemas: one line of text, a flag, a tag list,
 * a date, a publication time, a web address, a language code, an outlet name. Frontmatter arrives
 * with every scalar as the string the editor typed (see frontmatter.ts); each type decides what
 * the string means and reports a message from the catalogue when it does not fit. The field table
 * (fields.ts) says which field has which type.
 */
import { z } from "zod";
import { parseDate, parsePublished } from "./dates.ts";
import { msg, type Msg } from "../lib/messages/index.ts";
import { unsafeTextProblem } from "./unsafe-text.ts";
import { reservedOutletProblem } from "./outlets.ts";

export const TAG_KINDS = ["tokoh", "lembaga", "tempat", "topik"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** The kinds of source an article may relay (`via`): state media of North Korea, of China, an international wire, another outlet. */
export const AGENCY_KINDS = ["korea-utara", "china", "internasional", "lain"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/**
 * One line of text. A line break inside a value is refused: it is how an article's first paragraph
 * ends up inside a field when the closing `---` is missing (YAML folds an indented paragraph into
 * the value above it), and no field of the archive is shown on more than one line.
 */
export const text = z
  .string()
  .trim()
  .min(1, "field.empty")
  .refine((v) => !/[\n\r\u2028\u2029]/.test(v), "field.one-line")
  .superRefine((v, ctx) => {
    const bad = unsafeTextProblem(v);
    if (bad !== undefined && !/[\n\r]/.test(v)) issue(ctx, bad);
  });
export const optionalText = text.optional();

export const flag = z
  .enum(["true", "false"], { error: "field.flag" })
  .transform((v) => v === "true")
  .optional();

/** The most tags one file may list, and one event may carry with its articles': a page lists them all. */
export const MAX_TAGS_PER_FILE = 30;
export const MAX_TAGS_PER_EVENT = 60;

export const tagList = z.array(z.string().trim().min(1, "field.empty")).max(MAX_TAGS_PER_FILE, "tags.too-many").optional();

/** A text read by `parse` (dates.ts): its value, or its problem reported as the field's. */
function parsedBy<T>(parse: (text: string) => { ok: true; value: T } | { ok: false; problem: Msg }) {
  return z.string().transform((value, ctx) => {
    const r = parse(value);
    if (!r.ok) {
      issue(ctx, r.problem);
      return z.NEVER;
    }
    return r.value;
  });
}

export const eventDate = parsedBy(parseDate);

export const published = parsedBy(parsePublished).optional();

export const httpUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      issue(ctx, msg("url.incomplete", { value }));
      return z.NEVER;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      issue(ctx, msg("url.protocol", { protocol: url.protocol }));
      return z.NEVER;
    }
    return url.href;
  })
  .optional();

export const language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "field.language")
  .optional();

export const outletName = text
  .superRefine((v, ctx) => {
    const reserved = reservedOutletProblem(v);
    if (reserved !== undefined) issue(ctx, reserved);
  })
  .optional();

/** Report a message from the catalogue as a zod issue (schema.ts validate() turns it back into the message). */
export function issue(ctx: z.RefinementCtx, m: Msg): void {
  ctx.addIssue({ code: "custom", message: m.code, params: { msg: m } });
}
