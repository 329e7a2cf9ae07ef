/** The rows of a comparison (src/site/alignment.ts): paragraphs that share words side by side, each text in its own order. */
import { describe, expect, it } from "vitest";
import { alignBlocks } from "../../src/site/alignment.ts";

const link = (from: number, fromBlock: number, to: number, toBlock: number, weight = 10) => ({ from, fromBlock, to, toBlock, weight });
const rowsOf = (r: ReturnType<typeof alignBlocks>) => r.rows.map((m) => [...m].sort(([a], [b]) => a - b).map(([, row]) => row));

describe("aligning an event's texts", () => {
  it("puts linked paragraphs in one row and gives every other paragraph a row of its own, in reading order", () => {
    const r = alignBlocks([3, 4], [link(0, 0, 1, 1), link(0, 2, 1, 3)]);
    // B0 alone, A0+B1, B2 alone, A1 alone, A2+B3
    expect(r.count).toBe(5);
    expect(rowsOf(r)).toEqual([
      [2, 4, 5],
      [1, 2, 3, 5],
    ]);
    expect([...(r.paired[0] ?? [])].sort()).toEqual([0, 2]);
    expect([...(r.paired[1] ?? [])].sort()).toEqual([1, 3]);
  });

  it("keeps each text's order where the links cross, pairing the heavier", () => {
    const r = alignBlocks([2, 2], [link(0, 0, 1, 1, 3), link(0, 1, 1, 0, 20)]);
    expect([...(r.paired[0] ?? [])]).toEqual([1]);
    expect([...(r.paired[1] ?? [])]).toEqual([0]);
    // every text's rows increase along its blocks
    for (const rows of rowsOf(r)) expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("aligns a third text against the rows of the first two, by its links to either", () => {
    const r = alignBlocks([2, 2, 2], [link(0, 0, 1, 0), link(0, 1, 2, 0), link(1, 1, 2, 1)]);
    // rows A0+B0, B1, A1: C0 joins A1's row and C1 B1's, but the two cross: one of them only
    expect(r.rows[0]?.get(0)).toBe(r.rows[1]?.get(0));
    expect(r.paired[2]?.size).toBe(1);
    expect(r.paired.reduce((n, p) => n + p.size, 0)).toBe(4);
    const r2 = alignBlocks([2, 2, 2], [link(0, 0, 1, 0), link(0, 1, 1, 1), link(0, 1, 2, 0), link(1, 0, 2, 1, 1)]);
    // rows A0+B0, A1+B1: C0 joins A1 (10) rather than C1 joining B0 (1) — crossing
    expect(r2.rows[2]?.get(0)).toBe(r2.rows[0]?.get(1));
    expect(r2.paired.map((p) => p.size)).toEqual([2, 2, 1]);
  });

  it("leaves texts with no links one row per paragraph, none paired", () => {
    const r = alignBlocks([2, 1], []);
    expect(r.count).toBe(3);
    expect(r.paired.every((p) => p.size === 0)).toBe(true);
  });
});
