import { msg, type Msg } from "../lib/messages/index.ts";

/** Ids of events (folder names), articles (file names without `.md`) and tags. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id: a file name holds 255 bytes on the usual file systems, and the longest name made
 * from an id is an article's citation file, `<id>.csl.json`; 200 leaves room to spare.
 */
export const MAX_ID_LENGTH = 200;

/** Why `id` is not a valid id, or `null` when it is. */
export function idProblem(id: string): Msg | null {
  if (id.length === 0) return msg("id.empty");
  if (id.length > MAX_ID_LENGTH) return msg("id.too-long", { length: id.length, max: MAX_ID_LENGTH });
  if (ID_PATTERN.test(id)) return null;
  if (/[A-Z]/.test(id)) return msg("id.uppercase", { id });
  if (/--/.test(id)) return msg("id.double-hyphen", { id });
  if (/^-|-$/.test(id)) return msg("id.edge-hyphen", { id });
  return msg("id.chars", { id });
}

/** Turn free text into a valid id ("Kim Jong-un" → "kim-jong-un"); may return "" for text with no letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
