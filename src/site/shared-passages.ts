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
 * Each article gets marks per text segment (markdown.ts renders them as <mark data-liputan-bersama>)
 * over words identical in the other articles the mark names, and the event gets the list of
 * shared quotations with the articles that carry them.
 */
import { textSegments, type Mark } from "./markdown.ts";
import { FNV_OFFSET, fnvStep, jaccard, WORD, wordHash } from "../lib/words.ts";

/** Words a run needs before it counts as a shared passage rather than a common phrase. */
export const PASSAGE_WORDS = 8;
/** Share of a quotation's words that must lie in shared passages for it to count as the same quotation. */
export const QUOTE_SHARED_SHARE = 0.5;

export interface ArticleText {
  id: string;
  body: string;
}

/** One wording of a quotation: its words and the text between them, each word told the same or not as the other wordings. */
export interface QuotationWording {
  /** ids of the articles that print these very words, in article order */
  articles: string[];
  /** the quotation as printed, cut into words and what lies between them; `differs` on a word the other wordings lack */
  parts: { text: string; differs: boolean }[];
}

export interface SharedQuotation {
  /** one wording when every article prints the same words; otherwise each article's own, in article order */
  wordings: QuotationWording[];
}

export interface SharedPassages {
  /** per article id: marks per text segment */
  marks: Map<string, Map<number, Mark[]>>;
  quotations: SharedQuotation[];
}

interface Word {
  norm: string;
  segment: number;
  start: number;
  end: number;
  block: number;
}

interface Quote {
  key: string;
  /** the quotation as printed: its block's text from the first word to the last, line breaks as spaces */
  text: string;
  /** where each of its words (ws[from] … ws[to − 1]) stands in `text` */
  spans: [number, number][];
  from: number;
  to: number;
}

const QUOTE = /["“”„«»]([^"“”„«»]+?)["“”«»]/gu;

function words(segments: readonly { text: string; block: number }[]): Word[] {
  const out: Word[] = [];
  segments.forEach((s, segment) => {
    for (const m of s.text.matchAll(WORD)) out.push({ norm: m[0].toLowerCase(), segment, start: m.index, end: m.index + m[0].length, block: s.block });
  });
  return out;
}

/** Quotations in an article: per block, the quoted stretches, with the word range they cover. */
function quotations(segments: readonly { text: string; block: number; breakBefore?: true }[], ws: readonly Word[]): Quote[] {
  const out: Quote[] = [];
  // the text of each block, with where each segment starts in it
  const blocks = new Map<number, { text: string; offsets: Map<number, number> }>();
  segments.forEach((s, i) => {
    const b = blocks.get(s.block) ?? { text: "", offsets: new Map<number, number>() };
    // a line break between two pieces of text is a space between their words
    if (s.breakBefore) b.text += " ";
    b.offsets.set(i, b.text.length);
    b.text += s.text;
    blocks.set(s.block, b);
  });
  // each block's words in order, with where each starts in the block's text: a quote's words by binary search
  const starts = new Map<number, { at: number; index: number }[]>();
  ws.forEach((w, index) => {
    const list = starts.get(w.block) ?? [];
    list.push({ at: (blocks.get(w.block)?.offsets.get(w.segment) ?? 0) + w.start, index });
    starts.set(w.block, list);
  });
  const firstAtOrAfter = (list: readonly { at: number }[], at: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const [block, b] of blocks) {
    const list = starts.get(block) ?? [];
    for (const m of b.text.matchAll(QUOTE)) {
      const inner = m[1] ?? "";
      const from = m.index + 1;
      const covered = list.slice(firstAtOrAfter(list, from), firstAtOrAfter(list, from + inner.length));
      const first = covered[0];
      const last = covered.at(-1);
      if (first === undefined || last === undefined) continue;
      // the words as the text prints them: from the first to the last (the quote marks and a closing comma left out)
      const lastWord = ws[last.index];
      const end = last.at + (lastWord ? lastWord.end - lastWord.start : 0);
      out.push({
        key: covered.map((x) => ws[x.index]?.norm).join(" "),
        text: b.text.slice(first.at, end),
        spans: covered.map((x) => {
          const w = ws[x.index];
          return [x.at - first.at, x.at - first.at + (w ? w.end - w.start : 0)];
        }),
        from: first.index,
        to: last.index + 1,
      });
    }
  }
  return out;
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
  const windows = new Map<number, number[]>();
  keys.forEach((ks, a) => {
    for (const key of ks) {
      if (key < 0) continue;
      const list = windows.get(key);
      if (!list) windows.set(key, [a]);
      else if (list.at(-1) !== a) list.push(a);
    }
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
      if (list && list.length >= 2) {
        for (const b of list) if (b !== a) coveredTo[b] = j + PASSAGE_WORDS;
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
  // marks: runs of words in one segment shared with the same articles
  const marks = new Map<string, Map<number, Mark[]>>();
  texts.forEach((t, a) => {
    const perSegment = new Map<number, Mark[]>();
    t.ws.forEach((w, i) => {
      const sets = sharedWith[a];
      if (!sets || sets.empty(i)) return;
      const others = sets.members(i).map((b) => texts[b]?.id ?? "");
      const list = perSegment.get(w.segment) ?? [];
      const last = list.at(-1);
      if (last && t.ws[i - 1]?.segment === w.segment && i > 0 && !sets.empty(i - 1) && sets.same(i - 1, i)) last.end = w.end;
      else list.push({ start: w.start, end: w.end, others });
      perSegment.set(w.segment, list);
    });
    if (perSegment.size > 0) marks.set(t.id, perSegment);
  });
  return { marks, quotations: quotationsOut };
}

/**
 * The wordings of a group of quotations: the articles that print the same words share one wording;
 * in each, a word that not every other wording has, in order (a longest common subsequence of the
 * words), is told apart.
 */
function wordingsOf(members: ReadonlyMap<number, Quote>, texts: readonly { id: string; ws: readonly Word[] }[]): QuotationWording[] {
  const byKey = new Map<string, { articles: number[]; quote: Quote; article: number }>();
  for (const [a, q] of [...members].sort(([x], [y]) => x - y)) {
    const w = byKey.get(q.key);
    if (w) w.articles.push(a);
    else byKey.set(q.key, { articles: [a], quote: q, article: a });
  }
  const all = [...byKey.values()];
  const wordsOf = (w: { quote: Quote; article: number }) => (texts[w.article]?.ws ?? []).slice(w.quote.from, w.quote.to);
  return all.map((w) => {
    const mine = wordsOf(w).map((x) => x.norm);
    const same = mine.map(() => true);
    for (const other of all) {
      if (other === w) continue;
      const kept = commonWords(
        mine,
        wordsOf(other).map((x) => x.norm),
      );
      mine.forEach((_, i) => {
        if (!kept[i]) same[i] = false;
      });
    }
    return { articles: w.articles.map((a) => texts[a]?.id ?? ""), parts: partsOf(w.quote, same) };
  });
}

/** Which words of `a` belong to a longest common subsequence with `b`. */
function commonWords(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] =
        a[i] === b[j] ? (table[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * (m + 1) + j] ?? 0, table[i * (m + 1) + j + 1] ?? 0);
  const kept = a.map(() => false);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      kept[i] = true;
      i++;
      j++;
    } else if ((table[(i + 1) * (m + 1) + j] ?? 0) >= (table[i * (m + 1) + j + 1] ?? 0)) i++;
    else j++;
  }
  return kept;
}

/** A quotation's text cut into its words (each told the same or not, as `same` says) and the text between them. */
function partsOf(q: Quote, same: readonly boolean[]): { text: string; differs: boolean }[] {
  const parts: { text: string; differs: boolean }[] = [];
  const push = (text: string, differs: boolean): void => {
    const last = parts.at(-1);
    if (text === "") return;
    // differing words one space apart are one differing run ("serba guna")
    if (last?.differs && differs) last.text += text;
    else parts.push({ text, differs });
  };
  let at = 0;
  q.spans.forEach(([start, end], k) => {
    const gap = q.text.slice(at, start);
    const differs = same[k] === false;
    const before = parts.at(-1);
    if (differs && before?.differs && /^\s+$/.test(gap)) before.text += gap;
    else push(gap, false);
    push(q.text.slice(start, end), differs);
    at = end;
  });
  push(q.text.slice(at), false);
  return parts;
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
