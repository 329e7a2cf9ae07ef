/**
 * Names in text, the one rule for finding them: a name matches as whole words (letters and digits
 * never touch it), whatever the spacing, case-insensitively, except a short all-capitals name
 * (≤ 4 letters, e.g. `AS`, `ICBM`): an acronym, matched case-sensitively, so that the word "as"
 * is not Amerika Serikat. Used for tag suggestions (the importer) and for search spellings (the site).
 */

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex for `name` as a whole word (letters/digits never touch it), whitespace-tolerant. */
export function wordRe(name: string, caseSensitive: boolean, flags = ""): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRe).join("[\\s\\u00A0]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, `u${caseSensitive ? "" : "i"}${flags}`);
}

export const isAcronym = (name: string): boolean => name.length <= 4 && /^[\p{Lu}\p{N}]+$/u.test(name) && /\p{Lu}/u.test(name);

/** Whether `text` names `name` by the rule above. */
export function mentions(text: string, name: string): boolean {
  return name.trim() !== "" && wordRe(name, isAcronym(name)).test(text);
}
