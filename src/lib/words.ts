/**
 * Text primitives shared by every comparison of texts (the near-duplicate check and the importer's
 * "same text" test in src/editor/duplicates.ts, the shared passages of an event in
 * src/site/shared-passages.ts, the duplicate-event warnings in src/editor/warnings.ts): how a
 * text becomes words, how a word or a run of words becomes a number, how alike two sets are.
 */

/** A word as the comparison of an event's texts counts it: a run of letters and digits (shared-passages.ts, compare-pages.ts). */
export const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits: the start value and the multiplier. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** One step of FNV-1a: `h` with `x` folded in (an int32; `>>> 0` for the unsigned value). */
export const fnvStep = (h: number, x: number): number => Math.imul(h ^ x, FNV_PRIME);

/** 32-bit FNV-1a of a string's UTF-16 code units, unsigned. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i)) >>> 0;
  return h;
}

/** A word's hash, looked up in `known` (every text of a run shares it) or computed and kept there. */
export function wordHash(word: string, known: Map<string, number>): number {
  let h = known.get(word);
  if (h === undefined) known.set(word, (h = fnv1a(word)));
  return h;
}

/** The words of a text, normalised: Unicode NFKC, lower case, without quotes, dashes and punctuation. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .split(/\s+/u)
    .filter((w) => w !== "");
}

/** How alike two sets are: what they share over all they hold (Jaccard); 0 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): { shared: number; union: number; ratio: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return { shared, union, ratio: union === 0 ? 0 : shared / union };
}
