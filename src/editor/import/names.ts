/** Names in text: outlet and agency look-up (whole-word matching is content/names.ts). */
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

export { escapeRe, isAcronym, wordRe } from "../../content/names.ts";
