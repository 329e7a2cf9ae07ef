/**
 * The rows of a comparison: which paragraphs (top-level blocks) of an event's texts stand side by
 * side. Two blocks belong in one row when they share words (a link between a run of shared words in
 * one and the same words in the other, weighted by the run's length). The texts are aligned one
 * after another against the rows so far, keeping every text's own order (a heaviest common
 * subsequence, as `diff` aligns lines); a block that matches no row gets a row of its own where it
 * falls. A row holds at most one block of each text.
 */

/** Shared words between block `fromBlock` of text `from` and block `toBlock` of text `to`. */
export interface BlockLink {
  from: number;
  fromBlock: number;
  to: number;
  toBlock: number;
  weight: number;
}

export interface Alignment {
  /** per text: the row of each of its blocks, rows counted from 1 in reading order */
  rows: Map<number, number>[];
  /** per text: the blocks that share their row with a block of another text */
  paired: Set<number>[];
  /** how many rows */
  count: number;
}

/** Align texts of `blocks[t]` blocks each, from the links between their blocks. */
export function alignBlocks(blocks: readonly number[], links: readonly BlockLink[]): Alignment {
  // weight between (text, block) pairs, both ways
  const weight = new Map<string, number>();
  const key = (t: number, b: number, u: number, c: number): string => `${t}:${b}:${u}:${c}`;
  for (const l of links) {
    if (l.from === l.to) continue;
    weight.set(key(l.from, l.fromBlock, l.to, l.toBlock), (weight.get(key(l.from, l.fromBlock, l.to, l.toBlock)) ?? 0) + l.weight);
    weight.set(key(l.to, l.toBlock, l.from, l.fromBlock), (weight.get(key(l.to, l.toBlock, l.from, l.fromBlock)) ?? 0) + l.weight);
  }
  // rows: per row, the block of each text placed in it
  let rows: Map<number, number>[] = Array.from({ length: blocks[0] ?? 0 }, (_, b) => new Map([[0, b]]));
  for (let t = 1; t < blocks.length; t++) {
    const n = blocks[t] ?? 0;
    const m = rows.length;
    const gain = (i: number, j: number): number => {
      let g = 0;
      for (const [u, c] of rows[j] ?? []) g += weight.get(key(t, i, u, c)) ?? 0;
      return g;
    };
    // best[i][j]: the heaviest matching of the first i blocks with the first j rows
    const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
    for (let i = 1; i <= n; i++)
      for (let j = 1; j <= m; j++) {
        const g = gain(i - 1, j - 1);
        const row = best[i] as Float64Array;
        row[j] = Math.max(best[i - 1]?.[j] ?? 0, row[j - 1] ?? 0, g > 0 ? (best[i - 1]?.[j - 1] ?? 0) + g : 0);
      }
    // walk back: matched blocks join their row; the others get rows of their own, in order
    const matchOf = new Int32Array(n).fill(-1);
    for (let i = n, j = m; i > 0 && j > 0;) {
      const g = gain(i - 1, j - 1);
      if (g > 0 && best[i]?.[j] === (best[i - 1]?.[j - 1] ?? 0) + g) {
        matchOf[i - 1] = j - 1;
        i--;
        j--;
      } else if (best[i]?.[j] === best[i - 1]?.[j]) i--;
      else j--;
    }
    const next: Map<number, number>[] = [];
    let row = 0;
    for (let i = 0; i < n; i++) {
      const match = matchOf[i] ?? -1;
      if (match < 0) {
        next.push(new Map([[t, i]]));
        continue;
      }
      while (row < match) next.push(rows[row++] as Map<number, number>);
      const r = rows[row++] as Map<number, number>;
      r.set(t, i);
      next.push(r);
    }
    while (row < m) next.push(rows[row++] as Map<number, number>);
    rows = next;
  }
  const out: Alignment = { rows: blocks.map(() => new Map()), paired: blocks.map(() => new Set()), count: rows.length };
  rows.forEach((r, k) => {
    for (const [t, b] of r) {
      out.rows[t]?.set(b, k + 1);
      if (r.size > 1) out.paired[t]?.add(b);
    }
  });
  return out;
}
