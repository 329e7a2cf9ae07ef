/**
 * The quotations of an article's text (quoted stretches, "…" or “…”, with the words they cover), and
 * the wordings of one statement that several articles quote: the articles that print the same words
 * share one wording, and in each, the words not every other wording has are told apart.
 */
import { WORD } from "../lib/words.ts";

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

/** A word of a text: lower-cased, and where it stands (its segment, its characters there, its block). */
export interface Word {
  norm: string;
  segment: number;
  start: number;
  end: number;
  block: number;
}

/** A quoted stretch of a text: its words as one key, as printed, and its range of words. */
export interface Quote {
  key: string;
  /** the quotation as printed: its block's text from the first word to the last, line breaks as spaces */
  text: string;
  /** where each of its words (ws[from] … ws[to − 1]) stands in `text` */
  spans: [number, number][];
  from: number;
  to: number;
}

const QUOTE = /["“”„«»]([^"“”„«»]+?)["“”«»]/gu;

/** Every word of a text's segments, in order. */
export function words(segments: readonly { text: string; block: number }[]): Word[] {
  const out: Word[] = [];
  segments.forEach((s, segment) => {
    for (const m of s.text.matchAll(WORD)) out.push({ norm: m[0].toLowerCase(), segment, start: m.index, end: m.index + m[0].length, block: s.block });
  });
  return out;
}

/** Quotations in an article: per block, the quoted stretches, with the word range they cover. */
export function quotations(segments: readonly { text: string; block: number; breakBefore?: true }[], ws: readonly Word[]): Quote[] {
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

/**
 * The wordings of a group of quotations: the articles that print the same words share one wording;
 * in each, a word that not every other wording has, in order (a longest common subsequence of the
 * words), is told apart.
 */
export function wordingsOf(members: ReadonlyMap<number, Quote>, texts: readonly { id: string; ws: readonly Word[] }[]): QuotationWording[] {
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
export function commonWords(a: readonly string[], b: readonly string[]): boolean[] {
  const kept = a.map(() => false);
  // the same words at both ends are common: the table is only for what lies between
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) kept[head++] = true;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) kept[a.length - 1 - tail++] = true;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 || m === 0) return kept;
  const at = (i: number): string | undefined => a[head + i];
  const bt = (j: number): string | undefined => b[head + j];
  // Uint32: a table of longer paragraphs than 65,535 words in common would overflow 16 bits
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] =
        at(i) === bt(j) ? (table[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * (m + 1) + j] ?? 0, table[i * (m + 1) + j + 1] ?? 0);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (at(i) === bt(j)) {
      kept[head + i] = true;
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
