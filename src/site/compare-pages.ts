/**
 * The comparison of an event's texts (`/peristiwa/<id>/banding/`): every article of an event covered
 * twice or more, whole and unfolded, in columns side by side on a wide screen and one after another
 * on a phone, the words other articles print alike marked as on the event page, with how much of
 * each text they are and the quotations the outlets word differently.
 */
import { formatLong, formatPublished, machineDate } from "../content/dates.ts";
import type { Archive, Event } from "../content/model.ts";
import { UNKNOWN_OUTLET } from "../content/outlets.ts";
import { cached, NO_CACHE, type Cache } from "../lib/cache.ts";
import { lightly } from "../lib/lightly.ts";
import { isCount, isRecord } from "../lib/shape.ts";
import { absoluteUrl, compareUrl, eventUrl, SECTIONS } from "../lib/routes.ts";
import { articleHeading } from "./cards.ts";
import type { SiteConfig } from "./config.ts";
import { linkedMarks, quotationsOf, quotationViews, sharedOf, textsKey } from "./event-pages.ts";
import { textSegments, withRenderedBody, type TextSegment } from "./markdown.ts";
import { alignBlocks, type Alignment, type BlockLink } from "./alignment.ts";
import { WORD } from "../lib/words.ts";
import { pageMeta } from "./meta.ts";
import { webPageLd } from "./seo.ts";
import type { CompareColumn, ComparePage } from "./views.ts";
import type { SharedPassages } from "./shared-passages.ts";
import { commonWords } from "./quotations.ts";

/** How many words a text has, as WORD finds them. */
const count = (text: string): number => text.match(WORD)?.length ?? 0;

/**
 * Which paragraphs of an event's texts stand side by side (alignment.ts): linked by the runs of
 * shared words between them, each run weighing its number of words.
 */
export function alignedBlocks(e: Event, shared: SharedPassages, segmentsOf: readonly TextSegment[][]): Alignment {
  const index = new Map(e.articles.map((a, t) => [a.id, t]));
  // per text: each run's block and words
  const runs = e.articles.map((a, t) => {
    const out = new Map<number, { block: number; words: number }>();
    for (const [segment, list] of shared.marks.get(a.id) ?? [])
      for (const m of list) {
        const seg = segmentsOf[t]?.[segment];
        if (!seg) continue;
        const r = out.get(m.run) ?? { block: seg.top, words: 0 };
        r.words += count(seg.text.slice(m.start, m.end));
        out.set(m.run, r);
      }
    return out;
  });
  const links: BlockLink[] = [];
  e.articles.forEach((a, t) => {
    for (const list of shared.marks.get(a.id)?.values() ?? [])
      for (const m of list)
        for (const target of m.targets ?? []) {
          const to = index.get(target.article);
          const mine = runs[t]?.get(m.run);
          const there = to === undefined ? undefined : runs[to]?.get(target.run);
          if (to !== undefined && mine && there) links.push({ from: t, fromBlock: mine.block, to, toBlock: there.block, weight: mine.words });
        }
  });
  return alignBlocks(
    segmentsOf.map((segments) => segments.reduce((n, s) => Math.max(n, s.top + 1), 0)),
    links,
  );
}

/**
 * Per text, per paragraph that stands beside another: the words (numbered in the paragraph) that
 * no paragraph beside it has in the same order, a longest common subsequence of the words, compared
 * in lower case as the shared passages are. A word both print is never told apart as differing.
 */
export function differingWords(segmentsOf: readonly TextSegment[][], alignment: Alignment): Map<number, Set<number>>[] {
  // each text's words per block, once
  const byBlock = segmentsOf.map((segments) => {
    const blocks = new Map<number, string[]>();
    for (const s of segments) {
      const list = blocks.get(s.top) ?? [];
      for (const w of s.text.match(WORD) ?? []) list.push(w.toLowerCase());
      blocks.set(s.top, list);
    }
    return blocks;
  });
  const wordsOf = (t: number, block: number): string[] => byBlock[t]?.get(block) ?? [];
  // the blocks of each row, by text
  const rows = new Map<number, [number, number][]>();
  alignment.rows.forEach((blocks, t) => {
    for (const [block, row] of blocks) rows.set(row, [...(rows.get(row) ?? []), [t, block]]);
  });
  const out = segmentsOf.map(() => new Map<number, Set<number>>());
  for (const members of rows.values()) {
    if (members.length < 2) continue;
    for (const [t, block] of members) {
      const mine = wordsOf(t, block);
      const same = mine.map(() => false);
      for (const [u, other] of members) {
        if (u === t) continue;
        commonWords(mine, wordsOf(u, other)).forEach((kept, i) => {
          if (kept) same[i] = true;
        });
      }
      out[t]?.set(block, new Set(same.flatMap((s, i) => (s ? [] : [i]))));
    }
  }
  return out;
}

export function comparePages(site: SiteConfig, archive: Archive, cache: Cache = NO_CACHE): ComparePage[] {
  return archive.events.filter((e) => e.articles.length > 1).map((e) => comparePage(site, e, cache));
}

/** What the comparison of an event's texts computes from the texts alone, per text. */
export interface Comparison {
  /** the row of each block (alignment.ts) */
  rows: Map<number, number>[];
  /** the differing words of each block (differingWords) */
  differing: Map<number, Set<number>>[];
  /** how many words the text has, and how many of them it shares */
  words: number[];
  sharedWords: number[];
}

/**
 * The comparison of an event's texts, from the cache when the same texts were compared before (it
 * is theirs alone, as the shared passages are); `shared` is asked for only when it is not.
 */
export function comparisonOf(e: Event, shared: () => SharedPassages, cache: Cache): Comparison {
  return cached(
    cache,
    textsKey("comparison", e),
    () => {
      const passages = shared();
      const linked = linkedMarks(e, passages);
      const segmentsOf = e.articles.map((a) => textSegments(a.body));
      const alignment = alignedBlocks(e, passages, segmentsOf);
      return {
        rows: alignment.rows,
        differing: differingWords(segmentsOf, alignment),
        words: segmentsOf.map((segments) => segments.reduce((n, seg) => n + count(seg.text), 0)),
        sharedWords: e.articles.map((a, t) =>
          [...(linked.get(a.id) ?? [])].reduce(
            (n, [segment, list]) => n + list.reduce((k, m) => k + count(segmentsOf[t]?.[segment]?.text.slice(m.start, m.end) ?? ""), 0),
            0,
          ),
        ),
      };
    },
    isComparison,
  );
}

const isCountMap = (v: unknown, value: (x: unknown) => boolean): boolean =>
  v instanceof Map && [...(v as Map<unknown, unknown>)].every(([k, x]) => isCount(k) && value(x));

/** A comparison read back from the cache has this shape, or is computed again. */
export function isComparison(v: unknown): v is Comparison {
  if (!isRecord(v) || !Array.isArray(v.rows) || !Array.isArray(v.differing) || !Array.isArray(v.words) || !Array.isArray(v.sharedWords)) return false;
  const n = v.rows.length;
  return (
    [v.differing, v.words, v.sharedWords].every((list) => list.length === n) &&
    v.rows.every((m) => isCountMap(m, isCount)) &&
    v.differing.every((m) => isCountMap(m, (set) => set instanceof Set && [...(set as Set<unknown>)].every(isCount))) &&
    v.words.every(isCount) &&
    v.sharedWords.every(isCount)
  );
}

function comparePage(site: SiteConfig, e: Event, cache: Cache): ComparePage {
  const path = compareUrl(e.id);
  const title = `Bandingkan liputan: ${e.title}`;
  const outlets = e.articles.map((a) => a.outlet ?? UNKNOWN_OUTLET).join(", ");
  // the shared passages, found at most once for the counts and the quotations when the cache has neither
  let passages: SharedPassages | undefined;
  const shared = (): SharedPassages => (passages ??= sharedOf(e, cache));
  // only the counts are kept with the page (a closure below would keep the whole comparison)
  const { words, sharedWords } = comparisonOf(e, shared, cache);
  const sharedQuotations = quotationViews(e, quotationsOf(e, cache, shared));
  // let go: `render` below shares this scope, and the page keeps `render`
  passages = undefined;
  // the marks, rows and differing words, made again when the page is written (from the cache), not kept with the page
  const render = lightly(() => {
    const again = sharedOf(e, cache);
    return { linked: linkedMarks(e, again), comparison: comparisonOf(e, () => again, cache) };
  });
  const key = textsKey("comparison", e);
  const description = `Teks ${e.articles.length} artikel tentang peristiwa ini berdampingan (${outlets}); kata-kata yang sama persis ditandai.`;
  return {
    meta: pageMeta(site, path, title, description, webPageLd(title, description, absoluteUrl(site, path), site.title, absoluteUrl(site, SECTIONS.home)), {
      wide: true,
      aligned: true,
    }),
    event: { title: e.title, url: eventUrl(e.id), dateLabel: formatLong(e.date), dateIso: machineDate(e.date) },
    columns: e.articles.map((a, t): CompareColumn => {
      return withRenderedBody(
        {
          id: a.id,
          outlet: a.outlet ?? UNKNOWN_OUTLET,
          heading: articleHeading(a),
          hasOwnTitle: a.title !== undefined,
          ...(a.published && { publishedLabel: formatPublished(a.published), publishedIso: machineDate(a.published) }),
          sharedWords: sharedWords[t] ?? 0,
          words: words[t] ?? 0,
        },
        a.body,
        // the article's heading is an h2 of the page: its own headings start at h3
        {
          key,
          make: () => {
            const { linked, comparison } = render();
            const marks = linked.get(a.id);
            return { ...(marks && { marks }), headingLevel: 3, rows: comparison.rows[t], differing: comparison.differing[t] };
          },
        },
      );
    }),
    sharedQuotations,
  };
}
