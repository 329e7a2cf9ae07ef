/** Names in text: outlet and agency look-up, whole-word matching. */
import { slugify } from "../../content/ids.ts";
import { OUTLETS, type NameTable } from "./outlets.ts";

/** Letters and digits only, lowercase: `KONTAN.CO.ID` → `kontancoid`. */
export const compact = (s: string): string => slugify(s).replace(/-/g, "");

export function lookup(table: NameTable, name: string): string | undefined {
  const key = compact(name);
  if (key === "") return undefined;
  for (const [display, spellings] of table) {
    if (compact(display) === key || spellings.some((s) => compact(s) === key)) return display;
  }
  return undefined;
}

/** `KONTAN.CO.ID` → Kontan; an unknown `Foo.co.id` → Foo (capitalised when written in capitals). */
export function outletName(raw: string): string | undefined {
  const name = raw.trim().replace(/[.,;:!?]+$/, "");
  if (name === "" || name.length > 50 || !/\p{L}/u.test(name)) return undefined;
  const known = lookup(OUTLETS, name);
  if (known) return known;
  const base = name.replace(/\.(?:co\.id|com|id|net|org|co)$/i, "");
  if (base === name.toUpperCase() && /[A-Z]/.test(base)) return base.charAt(0) + base.slice(1).toLowerCase();
  return base;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex for `name` as a whole word (letters/digits never touch it), whitespace-tolerant. */
export function wordRe(name: string, caseSensitive: boolean, flags = ""): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRe).join("[\\s\\u00A0]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, `u${caseSensitive ? "" : "i"}${flags}`);
}

export const isAcronym = (name: string): boolean => name.length <= 4 && /^[\p{Lu}\p{N}]+$/u.test(name) && /\p{Lu}/u.test(name);
