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
import { msg, type Msg } from "../lib/messages/index.ts";
import type { Problem } from "../content/problems.ts";
import { FNV_OFFSET, fnvStep, jaccard, normalisedWords, wordHash } from "../lib/words.ts";

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
/** A shingle in more texts than this says nothing about any pair of them (boilerplate): it is not compared. */
const COMMON_SHINGLE = 50;

/** A body as compared for "the same text": its words, one space apart. */
export function normalisedBody(body: string): string {
  return normalisedWords(body).join(" ");
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

/**
 * Characters outside ASCII that separate words (curly quotes, dashes, ellipsis, no-break space…),
 * found by asking normalisedWords() itself, so the fast path below cannot disagree with it.
 */
const SEPARATORS = new Set(
  [..."\u00a0\u00ab\u00b7\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2032\u2033\u202f\u2039\u203a"]
    .filter((c) => normalisedWords(`a${c}b`).join(" ") === "a b")
    .map((c) => c.charCodeAt(0)),
);

/**
 * Each word of a text (as normalisedWords() splits it) as its 32-bit hash. Texts of ASCII and the usual
 * quotes and dashes are scanned once without making a string per word; any other character sends
 * the text through normalisedWords().
 */
export function wordHashes(text: string, known: Map<string, number> = new Map()): Int32Array {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (!SEPARATORS.has(c)) return Int32Array.from(normalisedWords(text), (w) => wordHash(w, known));
      c = 32;
    }
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c < 32 && !(c >= 9 && c <= 13)) || c === 127;
    if (wordChar) {
      if (c >= 65 && c <= 90) c += 32;
      h = fnvStep(h, c) >>> 0;
      inWord = true;
    } else if (inWord) {
      out.push(h);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out.push(h);
  return Int32Array.from(out);
}

/** The shingle hashes of a text: each run of SHINGLE_WORDS word hashes folded into one, kept to 30 bits. */
function shingles(hs: Int32Array): Int32Array {
  const out = new Int32Array(Math.max(0, hs.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < out.length; i++) {
    let h = FNV_OFFSET;
    for (let k = i; k < i + SHINGLE_WORDS; k++) h = fnvStep(h, hs[k] ?? 0);
    out[i] = h & 0x3fffffff;
  }
  return out;
}

/** A key for a whole text's words: two different folds of its word hashes and its length (texts with equal keys are compared word by word). */
function textKey(hs: Int32Array): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const h of hs) {
    a = Math.imul(a ^ h, 0x01000193);
    b = Math.imul(b + h, 0x85ebca6b) ^ (b >>> 13);
  }
  return `${hs.length}:${a >>> 0}:${b >>> 0}`;
}

const sameWords = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((w, i) => w === y[i]);

/**
 * Pairs of published articles whose texts are the same or nearly the same. Identical texts (after
 * normalising) are found by their normalised words, however many copies there are. Near-duplicates
 * are compared on their distinctive shingles: a shingle found in more than COMMON_SHINGLE texts is
 * boilerplate ("kata juru bicara Kementerian Luar Negeri…") and says nothing about any pair, so it is
 * left out of both the shared count and the text's size. A pair is near-duplicate when the shorter
 * text shares at least NEAR_DUPLICATE_OVERLAP of its distinctive shingles with the other. The shared
 * shingles are counted per pair from an inverted index, so the work grows with the texts' length
 * and the number of texts sharing each shingle, not with the square of the number of texts. One
 * warning per pair, on the file that sorts second.
 */
export function nearDuplicateTexts(archive: Archive, warn: (file: string, m: Msg) => Problem): Problem[] {
  const articles = archive.events.flatMap((e) => e.articles).sort((a, b) => a.file.localeCompare(b.file, "en"));
  const out: Problem[] = [];
  const report = (i: number, j: number, overlap: number): void => {
    out.push(
      warn(
        articles[j]?.file ?? "",
        msg("warn.near-duplicate-text", { other: articles[i]?.file ?? "", percent: Math.round(overlap * 100), words: SHINGLE_WORDS }),
      ),
    );
  };

  // identical texts: each copy against the first
  const firstWith = new Map<string, number>();
  const copyOf = new Int32Array(articles.length).fill(-1);
  const known = new Map<string, number>();
  const hashed = articles.map((a) => wordHashes(a.body, known));
  hashed.forEach((hs, i) => {
    if (hs.length < MIN_SHINGLES + SHINGLE_WORDS - 1) return;
    const key = textKey(hs);
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else if (sameWords(normalisedWords(articles[i]?.body ?? ""), normalisedWords(articles[first]?.body ?? ""))) {
      copyOf[i] = first;
      report(first, i, 1);
    }
  });

  // every (shingle, text) pair, sorted by shingle with a stable radix sort (three passes of 10 bits,
  // few enough buckets for the scattered writes to stay in the processor's cache):
  // pairs are made in text order, so each shingle's texts come out ascending, a text's repeats side
  // by side, without a hash map or a set per text (millions of pairs at 10,000 texts)
  const perText = hashed.map((hs, i) => (copyOf[i] === -1 ? shingles(hs) : new Int32Array()));
  const total = perText.reduce((n, x) => n + x.length, 0);
  let keys = new Int32Array(total);
  let owners = new Int32Array(total);
  let at = 0;
  perText.forEach((xs, i) => {
    keys.set(xs, at);
    owners.fill(i, at, at + xs.length);
    at += xs.length;
  });
  for (const shift of [0, 10, 20]) {
    const start = new Int32Array(2 ** 10 + 1);
    for (const k of keys) {
      const digit = ((k >>> shift) & 0x3ff) + 1;
      start[digit] = (start[digit] ?? 0) + 1;
    }
    for (let d = 1; d < start.length; d++) start[d] = (start[d] ?? 0) + (start[d - 1] ?? 0);
    const sortedKeys = new Int32Array(total);
    const sortedOwners = new Int32Array(total);
    for (let n = 0; n < total; n++) {
      const k = keys[n] ?? 0;
      const digit = (k >>> shift) & 0x3ff;
      const to = start[digit] ?? 0;
      start[digit] = to + 1;
      sortedKeys[to] = k;
      sortedOwners[to] = owners[n] ?? 0;
    }
    keys = sortedKeys;
    owners = sortedOwners;
  }
  // each text's distinctive shingles (in at most COMMON_SHINGLE texts): how many, and the texts sharing each
  const size = new Int32Array(articles.length);
  const shared: number[][] = articles.map(() => []);
  const runs: Int32Array[] = [];
  for (let start = 0; start < total;) {
    // one shingle's pairs: start..end
    let end = start + 1;
    let distinct = 1;
    for (; end < total && keys[end] === keys[start]; end++) if (owners[end] !== owners[end - 1]) distinct++;
    const from = start;
    start = end;
    if (distinct > COMMON_SHINGLE) continue;
    if (distinct === 1) {
      const t = owners[from] ?? 0;
      size[t] = (size[t] ?? 0) + 1;
      continue;
    }
    const texts = new Int32Array(distinct);
    let n = 0;
    for (let k = from; k < end; k++) if (k === from || owners[k] !== owners[k - 1]) texts[n++] = owners[k] ?? 0;
    runs.push(texts);
    for (const t of texts) {
      size[t] = (size[t] ?? 0) + 1;
      shared[t]?.push(runs.length - 1);
    }
  }
  const counts = new Int32Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    const touched: number[] = [];
    for (const r of shared[i] ?? []) {
      for (const j of runs[r] ?? []) {
        if (j <= i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    for (const j of touched.sort((x, y) => x - y)) {
      const common = counts[j] ?? 0;
      counts[j] = 0;
      const smaller = Math.min(size[i] ?? 0, size[j] ?? 0);
      if (smaller < MIN_SHINGLES || common < NEAR_DUPLICATE_OVERLAP * smaller) continue;
      report(i, j, common / smaller);
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file, "en"));
}

/**
 * Events whose titles are nearly the same (word Jaccard ≥ SIMILAR_TITLE_JACCARD) at most
 * SIMILAR_TITLE_DAYS days apart: perhaps one event entered twice. Events sorted by date are compared
 * only within that window. One warning per pair, on the event whose id sorts second.
 */
export function similarEventTitles(archive: Archive, warn: (file: string, m: Msg) => Problem): Problem[] {
  const events = [...archive.events].sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.id.localeCompare(b.id, "en"));
  const titleWords = new Map<Event, Set<string>>(events.map((e) => [e, new Set(normalisedWords(e.title))]));
  const out: Problem[] = [];
  for (let i = 0; i < events.length; i++) {
    const a = events[i];
    if (!a) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j];
      if (!b) continue;
      if (daysBetween(a.date, b.date) > SIMILAR_TITLE_DAYS) break;
      const { ratio } = jaccard(titleWords.get(a) ?? new Set(), titleWords.get(b) ?? new Set());
      if (ratio < SIMILAR_TITLE_JACCARD) continue;
      const [first, second] = a.id.localeCompare(b.id, "en") <= 0 ? [a, b] : [b, a];
      out.push(warn(second.file, msg("warn.similar-title", { other: first.id, date: first.date.iso, title: second.title, otherTitle: first.title })));
    }
  }
  return out;
}
