import { msg, type Msg } from "../lib/messages/index.ts";

/** Ids of events (folder names), articles (file names without `.md`) and tags. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `id` is not a valid id, or `null` when it is. */
export function idProblem(id: string): Msg | null {
  if (id.length === 0) return msg("id.empty");
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
