/**
 * Outlet identity: which spellings name one outlet, and the name reserved for articles without one.
 * Spellings that differ only in case, accents or punctuation are one outlet (one page, named by the
 * spelling used most; `npm run check` warns about the others); names without Latin letters or
 * digits are told apart exactly, never by a hash that two names could share.
 */
import { msg, type Msg } from "../lib/messages/index.ts";
import { slugify } from "./ids.ts";

/** What the site calls the outlet of an article that names none. */
export const UNKNOWN_OUTLET = "Sumber tidak diketahui";
export const UNKNOWN_OUTLET_SLUG = "tidak-diketahui";

/** The slug of an outlet name (its page: /sumber/<slug>/). */
export function outletSlug(name: string | undefined): string {
  if (name === undefined) return UNKNOWN_OUTLET_SLUG;
  const s = slugify(name);
  if (s !== "") return s === UNKNOWN_OUTLET_SLUG ? `${s}-media` : s;
  // no Latin letters or digits: the name's own characters, as hex of their UTF-8 bytes (unique)
  const key = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
  return `sumber-${Buffer.from(key === "" ? name : key, "utf8").toString("hex")}`;
}

/** Why an outlet name may not be used, or undefined: the site's own name for "no outlet" is reserved. */
export function reservedOutletProblem(name: string): Msg | undefined {
  const key = slugify(name);
  if (key === slugify(UNKNOWN_OUTLET) || key === UNKNOWN_OUTLET_SLUG) return msg("outlet.reserved", { name, unknown: UNKNOWN_OUTLET });
  return undefined;
}
