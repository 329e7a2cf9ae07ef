/**
 * What the outlets share: passages and quotations that two or more articles of one event print.
 *
 * - A shared passage is a run of at least PASSAGE_WORDS words (letters and digits, compared in
 *   lower case, so quotes, punctuation, case and spacing do not matter) that another article of the
 *   event has too, within one paragraph. Found with a hash of every PASSAGE_WORDS-word window:
 *   linear in the text of the event.
 * - A shared quotation is a quoted stretch ("…" or “…”) that another article quotes with the same
 *   words. A quotation whose words lie mostly (QUOTE_SHARED_SHARE) in passages another article
 *   shares, beside a quotation of that article with mostly the same words, is the same statement
 *   relayed in other words: it is listed with each article's own wording, the words that differ
 *   from the other wording told apart, and never marked as shared beyond its identical passages.
 *
 * Each article gets its runs of shared words (the longest stretches in one paragraph that the same
 * other articles print alike), cut into marks per text segment for markdown.ts to render, each run
 * with the run of every article it names that holds the same words, so that a page can link the two;
 * and the event gets the list of shared quotations with the articles that carry them.
 */
import { textSegments, type Mark } from "./markdown.ts";
import { FNV_OFFSET, fnvStep, jaccard, wordHash } from "../lib/words.ts";
import { isCount, isRecord, isStringArray } from "../lib/shape.ts";
import { quotations, wordingsOf, words, type Quote, type SharedQuotation, type Word } from "./quotations.ts";

export type { QuotationWording, SharedQuotation } from "./quotations.ts";

/** Words a run needs before it counts as a shared passage rather than a common phrase. */
export const PASSAGE_WORDS = 8;
/** Share of a quotation's words that must lie in shared passages for it to count as the same quotation. */
export const QUOTE_SHARED_SHARE = 0.5;

export interface ArticleText {
  id: string;
  body: string;
}

/** A piece of a run of shared words within one text segment (a run crosses segments where the text has emphasis or a link). */
export interface SharedMark extends Mark {
  /** the run's number in its article, from 0 in text order */
  run: number;
  /** the first piece of its run */
  opens?: true;
  /** the last piece of its run, with where each article it names prints the same words: that article's run */
  closes?: true;
  targets?: { article: string; run: number }[];
}

export interface SharedPassages {
  /** per article id: marks per text segment */
  marks: Map<string, Map<number, SharedMark[]>>;
  quotations: SharedQuotation[];
}

/** Words from..to − 1 of an article, in one paragraph, that the same other articles print alike. */
interface Run {
  from: number;
  to: number;
  others: number[];
}

/** Find what the articles of one event share. */
export function sharedPassages(articles: readonly ArticleText[]): SharedPassages {
  const texts = articles.map((a) => {
    const segments = textSegments(a.body);
    const ws = words(segments);
    return { id: a.id, segments, ws, quotes: quotations(segments, ws) };
  });
  // every window of PASSAGE_WORDS words within one block → the articles that have it; a window is
  // keyed by a 52-bit fold of its words' hashes, not by a string of its words (a build makes
  // millions of windows)
  const known = new Map<string, number>();
  const keys = texts.map((t) => windowKeys(t.ws, known));
  // (as pairs: article, position, for every place an article has it)
  const windows = new Map<number, number[]>();
  keys.forEach((ks, a) => {
    ks.forEach((key, at) => {
      if (key < 0) return;
      const list = windows.get(key);
      if (!list) windows.set(key, [a, at]);
      else list.push(a, at);
    });
  });
  // per article, per word: the other articles that share a passage over it, as a bit set
  const sharedWith = texts.map((t, a) => {
    const others = new ArticleSets(t.ws.length, texts.length);
    const ks = keys[a] ?? new Float64Array();
    // per other article: the position up to which (exclusive) a window shared with it covers the text
    const coveredTo = new Int32Array(texts.length);
    let anyTo = 0;
    for (let j = 0; j < t.ws.length; j++) {
      const key = ks[j] ?? -1;
      const list = key < 0 ? undefined : windows.get(key);
      if (list && list.length >= 4) {
        for (let k = 0; k < list.length; k += 2) if (list[k] !== a) coveredTo[list[k] ?? 0] = j + PASSAGE_WORDS;
        anyTo = j + PASSAGE_WORDS;
      }
      if (j >= anyTo) continue;
      for (let b = 0; b < texts.length; b++) if ((coveredTo[b] ?? 0) > j) others.add(j, b);
    }
    return others;
  });
  // quotations: the same words quoted elsewhere, or mostly inside shared passages
  const byKey = new Map<string, { article: number; quote: Quote }[]>();
  texts.forEach((t, a) => {
    for (const q of t.quotes) {
      const list = byKey.get(q.key) ?? [];
      list.push({ article: a, quote: q });
      byKey.set(q.key, list);
    }
  });
  type Group = { text: string; members: Map<number, Quote>; identical: boolean };
  const quoteGroups: Group[] = [];
  const groupByQuote = new Map<Quote, Group>();
  const join = (g: Group, a: number, q: Quote): void => {
    g.members.set(a, q);
    groupByQuote.set(q, g);
  };
  for (const list of byKey.values()) {
    const g: Group = { text: list[0]?.quote.text ?? "", members: new Map(), identical: true };
    for (const { article, quote } of list) if (!g.members.has(article)) join(g, article, quote);
    if (g.members.size > 1) quoteGroups.push(g);
    else for (const q of g.members.values()) groupByQuote.delete(q);
  }
  // the same statement in other words needs a passage's length to be told apart from chance
  const long = (q: Quote): boolean => q.to - q.from >= PASSAGE_WORDS;
  const longQuotes = texts.map((t) => t.quotes.filter(long));
  texts.forEach((_t, a) => {
    for (const q of longQuotes[a] ?? []) {
      if (groupByQuote.has(q)) continue;
      const counts = new Map<number, number>();
      for (let i = q.from; i < q.to; i++) for (const b of sharedWith[a]?.members(i) ?? []) counts.set(b, (counts.get(b) ?? 0) + 1);
      for (const [b, n] of counts) {
        if (n / (q.to - q.from) < QUOTE_SHARED_SHARE) continue;
        // the other article's quotation of the same statement: mostly the same words
        const match = longQuotes[b]?.find((qb) => similarWords(q.key, qb.key) >= QUOTE_SHARED_SHARE);
        if (!match) continue;
        const group = groupByQuote.get(match);
        if (group) {
          if (!group.members.has(a)) {
            join(group, a, q);
            group.identical = false;
          }
        } else {
          const g: Group = { text: (a < b ? q : match).text, members: new Map(), identical: false };
          join(g, b, match);
          join(g, a, q);
          quoteGroups.push(g);
        }
      }
    }
  });
  const quotationsOut = quoteGroups
    .filter((g) => g.members.size > 1)
    .map((g) => ({ order: Math.min(...g.members.keys()), group: g }))
    .sort((x, y) => x.order - y.order)
    .map(({ group }): SharedQuotation => ({ wordings: wordingsOf(group.members, texts) }));
  // the words of a quotation printed alike count as shared with the other articles that carry it;
  // a statement relayed in other words shares only its identical passages, marked above
  for (const g of quoteGroups) {
    if (g.members.size < 2 || !g.identical) continue;
    for (const [a, q] of g.members) {
      const others = sharedWith[a];
      if (!others) continue;
      for (let i = q.from; i < q.to; i++) for (const b of g.members.keys()) if (b !== a) others.add(i, b);
    }
  }
  // runs: the longest stretches of words in one paragraph shared with the same articles, each
  // beginning and ending where a printed token does ("Rp1.000" against "Rp1.500" shares no word of it)
  const runs = texts.map((t, a) => {
    const sets = sharedWith[a];
    const found: Run[] = [];
    t.ws.forEach((w, i) => {
      if (!sets || sets.empty(i)) return;
      const last = found.at(-1);
      if (last && last.to === i && t.ws[i - 1]?.block === w.block && sets.same(i - 1, i)) last.to = i + 1;
      else found.push({ from: i, to: i + 1, others: sets.members(i) });
    });
    // whether word i and word i + 1 are one printed token (nothing but letters, digits and punctuation between them)
    const glued = (i: number): boolean => {
      const w = t.ws[i];
      const next = t.ws[i + 1];
      return w !== undefined && next !== undefined && w.segment === next.segment && !/\s/.test(t.segments[w.segment]?.text.slice(w.end, next.start) ?? " ");
    };
    const out: Run[] = [];
    for (const run of found) {
      while (run.to > run.from && glued(run.to - 1)) run.to--;
      while (run.from < run.to && glued(run.from - 1)) run.from++;
      if (run.from < run.to) out.push(run);
    }
    const runOf = new Int32Array(t.ws.length).fill(-1);
    out.forEach((run, r) => runOf.fill(r, run.from, run.to));
    return { list: out, runOf };
  });
  // where each run is printed alike in each article it names: the run there over the same words
  const quoteAt = (a: number, i: number): Group | undefined => {
    for (const q of texts[a]?.quotes ?? []) if (q.from <= i && i < q.to) return groupByQuote.get(q);
    return undefined;
  };
  const targetOf = (a: number, run: Run, b: number): number => {
    const ks = keys[a] ?? new Float64Array();
    // every place in b that has one of the run's windows votes for where the run stands in b (its
    // shift); the shift most of its windows agree on wins, and the run there holding its first word
    const votes = new Map<number, number>();
    for (let j = Math.max(0, run.from - PASSAGE_WORDS + 1); j < run.to; j++) {
      const list = windows.get(ks[j] ?? -1);
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) if (list[k] === b) votes.set((list[k + 1] ?? 0) - j, (votes.get((list[k + 1] ?? 0) - j) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [shift, n] of votes) if (best === undefined || n > (votes.get(best) ?? 0) || (n === votes.get(best) && shift < best)) best = shift;
    if (best !== undefined)
      for (let i = run.from; i < run.to; i++) {
        const there = runs[b]?.runOf[i + best] ?? -1;
        if (there >= 0) return there;
      }
    const q = quoteAt(a, run.from)?.members.get(b);
    return q ? (runs[b]?.runOf[q.from] ?? -1) : -1;
  };
  // marks: a run's words per text segment, the first piece opening it and the last closing it with where else it is printed
  const marks = new Map<string, Map<number, SharedMark[]>>();
  texts.forEach((t, a) => {
    const perSegment = new Map<number, SharedMark[]>();
    runs[a]?.list.forEach((run, r) => {
      const targets = run.others.flatMap((b) => {
        const there = targetOf(a, run, b);
        return there < 0 ? [] : [{ article: texts[b]?.id ?? "", run: there }];
      });
      const pieces: SharedMark[] = [];
      for (let i = run.from; i < run.to; i++) {
        const w = t.ws[i];
        if (!w) continue;
        const last = pieces.at(-1);
        if (last && t.ws[i - 1]?.segment === w.segment) last.end = w.end;
        else {
          const piece: SharedMark = { start: w.start, end: w.end, others: run.others.map((b) => texts[b]?.id ?? ""), run: r };
          pieces.push(piece);
          const list = perSegment.get(w.segment) ?? [];
          list.push(piece);
          perSegment.set(w.segment, list);
        }
      }
      const [first] = pieces;
      const end = pieces.at(-1);
      if (first) first.opens = true;
      if (end) {
        end.closes = true;
        end.targets = targets;
      }
    });
    if (perSegment.size > 0) marks.set(t.id, perSegment);
  });
  return { marks, quotations: quotationsOut };
}

/** Per word position, a set of article numbers (0 … articles − 1), as bits. */
class ArticleSets {
  private readonly width: number;
  private readonly bits: Uint32Array;
  constructor(positions: number, articles: number) {
    this.width = Math.ceil(articles / 32);
    this.bits = new Uint32Array(positions * this.width);
  }
  add(position: number, article: number): void {
    const at = position * this.width + (article >>> 5);
    this.bits[at] = (this.bits[at] ?? 0) | (1 << (article & 31));
  }
  empty(position: number): boolean {
    for (let k = position * this.width; k < (position + 1) * this.width; k++) if (this.bits[k] !== 0) return false;
    return true;
  }
  same(p: number, q: number): boolean {
    for (let k = 0; k < this.width; k++) if (this.bits[p * this.width + k] !== this.bits[q * this.width + k]) return false;
    return true;
  }
  /** the articles at `position`, in increasing order */
  members(position: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.width; k++) {
      const word = this.bits[position * this.width + k] ?? 0;
      if (word === 0) continue;
      for (let b = 0; b < 32; b++) if (word & (1 << b)) out.push(k * 32 + b);
    }
    return out;
  }
}

/** Per word position: the key of the window of PASSAGE_WORDS words starting there, or -1 where there is none (the text ends or the window crosses a block). */
function windowKeys(ws: readonly Word[], known: Map<string, number>): Float64Array {
  const hs = ws.map((w) => wordHash(w.norm, known));
  const out = new Float64Array(Math.max(0, ws.length - PASSAGE_WORDS + 1)).fill(-1);
  for (let i = 0; i < out.length; i++) {
    if (ws[i]?.block !== ws[i + PASSAGE_WORDS - 1]?.block) continue;
    let x = FNV_OFFSET;
    let y = 0x9e3779b9;
    for (let k = i; k < i + PASSAGE_WORDS; k++) {
      const h = hs[k] ?? 0;
      x = fnvStep(x, h);
      y = Math.imul(y ^ (h >>> 7) ^ (h << 11), 0x85ebca6b);
    }
    out[i] = (x >>> 0) * 2 ** 20 + (y >>> 12);
  }
  return out;
}

/** How alike two quotations' words are: shared words over all their distinct words (Jaccard). */
function similarWords(a: string, b: string): number {
  return jaccard(new Set(a.split(" ")), new Set(b.split(" "))).ratio;
}

/** Whether a value read back from the cache is a list of shared quotations, as sharedPassages returns them. */
export function isQuotations(v: unknown): v is SharedQuotation[] {
  return (
    Array.isArray(v) &&
    v.every(
      (q) =>
        isRecord(q) &&
        Array.isArray(q.wordings) &&
        q.wordings.every(
          (w) =>
            isRecord(w) &&
            isStringArray(w.articles) &&
            Array.isArray(w.parts) &&
            w.parts.every((p) => isRecord(p) && typeof p.text === "string" && typeof p.differs === "boolean"),
        ),
    )
  );
}

/** Whether a value read back from the cache is of the shape sharedPassages returns. */
export function isSharedPassages(v: unknown): v is SharedPassages {
  if (!isRecord(v) || !(v.marks instanceof Map) || !isQuotations(v.quotations)) return false;
  const isMark = (m: unknown): boolean =>
    isRecord(m) &&
    isCount(m.start) &&
    isCount(m.end) &&
    m.start <= m.end &&
    isStringArray(m.others) &&
    isCount(m.run) &&
    (m.targets === undefined || (Array.isArray(m.targets) && m.targets.every((t) => isRecord(t) && typeof t.article === "string" && isCount(t.run))));
  for (const [article, segments] of v.marks as Map<unknown, unknown>) {
    if (typeof article !== "string" || !(segments instanceof Map)) return false;
    for (const [segment, list] of segments as Map<unknown, unknown>) if (!isCount(segment) || !Array.isArray(list) || !list.every(isMark)) return false;
  }
  return true;
}
