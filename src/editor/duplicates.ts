/**
 * The same text twice: an import of a text the archive already holds (refused), articles whose
 * texts are nearly the same, and events whose titles are nearly the same a few days apart (warned).
 * Texts are compared after normalising Unicode form, quotes, dashes, case, punctuation and spacing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { daysBetween } from "../content/dates.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { EVENT_FILE } from "../content/loader.ts";
import type { Archive, Event } from "../content/model.ts";
import { msg, type Msg } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";

/** Shingles (runs of this many words) compared for near-duplicate texts. */
export const SHINGLE_WORDS = 5;
/** Texts sharing at least this share of the shorter text's shingles are near-duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;
/** A text shorter than this many shingles (about 24 words) is too short to call a copy of another. */
export const MIN_SHINGLES = 20;
/** Events whose titles share at least this share of their words (Jaccard)… */
export const SIMILAR_TITLE_JACCARD = 0.8;
/** …at most this many days apart are worth a second look. */
export const SIMILAR_TITLE_DAYS = 3;
/** A shingle in more texts than this says nothing about any pair of them (boilerplate): it is not indexed. */
const COMMON_SHINGLE = 50;

/** The words of a text, normalised: Unicode NFKC, lower case, without quotes, dashes and punctuation. */
export function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .split(/\s+/u)
    .filter((w) => w !== "");
}

/** A body as compared for "the same text": its words, one space apart. */
export function normalisedBody(body: string): string {
  return words(body).join(" ");
}

/** The article file (shown path) already holding `body`, normalised, in any event folder (drafts included), or undefined. */
export function findSameText(articlesDir: string, body: string, show: (abs: string) => string): string | undefined {
  const wanted = normalisedBody(body);
  if (wanted === "") return undefined;
  for (const dir of safeList(articlesDir).sort()) {
    const eventDir = join(articlesDir, dir);
    for (const f of safeList(eventDir).sort()) {
      if (!f.endsWith(".md") || f === EVENT_FILE) continue;
      let text: string;
      try {
        text = readFileSync(join(eventDir, f), "utf8");
      } catch {
        continue; // not a readable file: npm run check names it
      }
      const parsed = parseFrontmatter(text);
      if (parsed.ok && normalisedBody(parsed.file.body) === wanted) return show(join(eventDir, f));
    }
  }
  return undefined;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** 32-bit FNV-1a of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The distinct shingle hashes of a text. */
function shingleSet(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(hash(w.slice(i, i + SHINGLE_WORDS).join(" ")));
  return out;
}

/**
 * Pairs of published articles whose texts are near-duplicates: at least NEAR_DUPLICATE_OVERLAP of
 * the shorter text's shingles are in the other. Candidates come from an inverted index of shingles
 * (shingles shared by more than COMMON_SHINGLE texts left out), so the work grows with the texts'
 * length, not with the square of their number. One warning per pair, on the file that sorts second.
 */
export function nearDuplicateTexts(archive: Archive, warn: (file: string, m: Msg) => Problem): Problem[] {
  const articles = archive.events.flatMap((e) => e.articles).sort((a, b) => a.file.localeCompare(b.file, "en"));
  const sets = articles.map((a) => shingleSet(a.body));
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const pairs = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > COMMON_SHINGLE) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add((list[x] ?? 0) * articles.length + (list[y] ?? 0));
  }
  const out: Problem[] = [];
  for (const key of pairs) {
    const i = Math.floor(key / articles.length);
    const j = key % articles.length;
    const a = sets[i];
    const b = sets[j];
    if (!a || !b || Math.min(a.size, b.size) < MIN_SHINGLES) continue;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let common = 0;
    for (const h of small) if (large.has(h)) common++;
    const overlap = common / small.size;
    if (overlap < NEAR_DUPLICATE_OVERLAP) continue;
    const first = articles[i]?.file ?? "";
    const second = articles[j]?.file ?? "";
    out.push(warn(second, msg("warn.near-duplicate-text", { other: first, percent: Math.round(overlap * 100), words: SHINGLE_WORDS })));
  }
  return out;
}

/**
 * Events whose titles are nearly the same (word Jaccard ≥ SIMILAR_TITLE_JACCARD) at most
 * SIMILAR_TITLE_DAYS days apart: perhaps one event entered twice. Events sorted by date are compared
 * only within that window. One warning per pair, on the event whose id sorts second.
 */
export function similarEventTitles(archive: Archive, warn: (file: string, m: Msg) => Problem): Problem[] {
  const events = [...archive.events].sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.id.localeCompare(b.id, "en"));
  const titleWords = new Map<Event, Set<string>>(events.map((e) => [e, new Set(words(e.title))]));
  const out: Problem[] = [];
  for (let i = 0; i < events.length; i++) {
    const a = events[i];
    if (!a) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j];
      if (!b) continue;
      if (daysBetween(a.date, b.date) > SIMILAR_TITLE_DAYS) break;
      const wa = titleWords.get(a) ?? new Set();
      const wb = titleWords.get(b) ?? new Set();
      let common = 0;
      for (const w of wa) if (wb.has(w)) common++;
      const union = wa.size + wb.size - common;
      if (union === 0 || common / union < SIMILAR_TITLE_JACCARD) continue;
      const [first, second] = a.id.localeCompare(b.id, "en") <= 0 ? [a, b] : [b, a];
      out.push(warn(second.file, msg("warn.similar-title", { other: first.id, date: first.date.iso, title: second.title, otherTitle: first.title })));
    }
  }
  return out;
}
