/** Classifying one line of copied text: furniture, byline, date line, initials, headline, subheading or text. */
import { msg } from "../../lib/messages/index.ts";
import type { Check } from "./types.ts";
import { BYLINE_KEYS, FURNITURE, PROSE_MARKERS } from "./furniture.ts";
import { PUBLISHED_PREFIX, readDateLine, UPDATED_PREFIX, type StatedDate } from "./dates.ts";

export type Classified =
  | { kind: "text"; doubt?: string }
  | { kind: "furniture"; reason: string }
  | { kind: "byline"; facts: { field: "author" | "editor" | "via"; value: string }[]; notes: Check[]; date?: StatedDate }
  | { kind: "published"; date: StatedDate }
  | { kind: "updated" }
  | { kind: "initials"; value: string };

/** A byline: `Sumber: Associate Press | Editor: Barratut Taqiyyah Rafie`, each segment known. */
function readByline(text: string): Classified | undefined {
  const segments = text.split(/\s*\|\s*/).filter((s) => s !== "");
  if (segments.length === 0) return undefined;
  const facts: { field: "author" | "editor" | "via"; value: string }[] = [];
  const notes: Check[] = [];
  let date: StatedDate | undefined;
  for (const seg of segments) {
    const kv = /^([\p{L}]+)\s*:\s*(.+)$/u.exec(seg);
    const field = kv ? BYLINE_KEYS[(kv[1] ?? "").toLowerCase()] : undefined;
    if (kv && field) {
      const value = (kv[2] ?? "").trim();
      if (value.length === 0 || value.length > 80) return undefined;
      // `Sumber:` names a publication (Associate Press, Reuters), not a person or a description: a line
      // that is only that stays text; in a byline with other fields, the rest is read and this noted
      if (field === "via" && !looksLikePublication(value)) {
        if (segments.length === 1) return undefined;
        notes.push({ field: "via", note: msg("import.not-publication", { segment: seg }) });
        continue;
      }
      facts.push({ field, value });
      continue;
    }
    const d = readDateLine(seg.replace(PUBLISHED_PREFIX, ""));
    if (d && date === undefined) {
      date = d;
      continue;
    }
    return undefined;
  }
  if (facts.length === 0) return undefined;
  return { kind: "byline", facts, notes, ...(date && { date }) };
}

/**
 * Publications' names: one or more (`Xinhua via Antara`, `AP, Reuters, AFP`), each a few
 * capitalised words, an acronym or a web address (`antaranews.com`), never a description
 * ("pejabat yang menolak disebutkan namanya").
 */
function looksLikePublication(value: string): boolean {
  const names = value.split(/\s*(?:,|;|\/|&|\bdan\b|\bvia\b|\band\b)\s*/i).filter((n) => n !== "");
  const publication = (name: string): boolean => {
    if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(name)) return true;
    const words = name.split(/\s+/);
    return words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || /^(?:of|the|de)$/.test(w));
  };
  return names.length > 0 && names.every(publication);
}

export function classify(text: string): Classified {
  if (text.length <= 300) {
    for (const [re, reason] of FURNITURE) {
      if (!re.test(text)) continue;
      // a promo or copyright line that reads as prose ("…, kata pejabat itu") stays in the body, marked for a look
      if ((reason === "promo" || reason === "copyright") && PROSE_MARKERS.test(text)) return { kind: "text", doubt: reason };
      return { kind: "furniture", reason };
    }
  }
  const byline = readByline(text);
  if (byline) return byline;
  if (UPDATED_PREFIX.test(text) && readDateLine(text.replace(UPDATED_PREFIX, ""))) return { kind: "updated" };
  const date = readDateLine(text.replace(PUBLISHED_PREFIX, ""));
  if (date) return { kind: "published", date };
  const initials = /^\(([a-z]{2,5}(?:\s*\/\s*[a-z]{2,5})*)\)$/.exec(text);
  if (initials) return { kind: "initials", value: (initials[1] ?? "").replace(/\s+/g, "") };
  return { kind: "text" };
}

/** Function words that a title-cased headline leaves in lowercase. */
const SMALL_WORDS = new Set(
  "yang dan di ke dari untuk dengan atau pada oleh dalam itu ini akan bagi tak tidak juga sebagai soal usai jadi karena kepada antara hingga sampai saat demi nih sih lho kok pun si sang para the of and a an in on to for at by".split(
    " ",
  ),
);

/** A headline: short, no final full stop or comma, most words capitalised. */
export function looksLikeTitle(text: string): boolean {
  if (text.length < 10 || text.length > 160 || /[.,;:]$/.test(text)) return false;
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => /^\p{L}/u.test(w));
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

export const TRUNCATED = /\s*(?:\.{3}|…)$/;

/**
 * A subheading: 2–8 words and at most 60 characters, starting with a capital or digit, with no
 * final punctuation, colon, bar or brackets; the paragraph before it is at least 60 characters
 * and ends a sentence, the one after it is at least 60 characters.
 */
export function isSubheading(prev: string | undefined, line: string, next: string | undefined): boolean {
  if (prev === undefined || next === undefined) return false;
  const words = line.split(/\s+/).length;
  return (
    words >= 2 &&
    words <= 8 &&
    line.length <= 60 &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:!?…"'”’)\]]$/.test(line) &&
    !/[:|()[\]]/.test(line) &&
    prev.length >= 60 &&
    /[.!?…"'”’)]$/.test(prev) &&
    next.length >= 60
  );
}
