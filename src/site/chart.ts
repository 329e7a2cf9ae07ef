/**
 * The events-per-year bar chart, laid out at build time. Each bar is a link to its year's archive
 * carrying its count, so the chart is an ordinary list of links for every reader and every client;
 * a bar's height is an SVG attribute (the pages' policy allows no inline styles).
 */
import type { YearCount } from "./timeline.ts";

export interface ChartBar {
  year: number;
  count: number;
  url: string;
  /** bar height in a 0–100 box; a year without events keeps a thin stub so it stays visible */
  height: number;
  /** y of the bar's top in that box */
  y: number;
  /** print the year under this bar (every bar when few, else every fifth year and the ends); others carry it for screen readers */
  showLabel: boolean;
  /** print the count above the bar (when the bars are wide enough for it) */
  showCount: boolean;
}

export interface Chart {
  max: number;
  /** many bars: thin bars, years every fifth only */
  dense: boolean;
  bars: ChartBar[];
}

/** At most this many bars are wide enough for a count above each and a year under each. */
export const FEW_BARS = 12;
const BOX = 100;
const STUB = 1.5;

/** Lay out bars oldest → newest from counts given newest first. */
export function yearChart(counts: readonly YearCount[]): Chart {
  const ordered = [...counts].reverse();
  const max = Math.max(1, ...ordered.map((c) => c.count));
  const n = ordered.length;
  const few = n <= FEW_BARS;
  const bars = ordered.map((c, i) => {
    const height = c.count === 0 ? STUB : Math.max(3, round((BOX * c.count) / max));
    return {
      year: c.year,
      count: c.count,
      url: c.url,
      height,
      y: round(BOX - height),
      showLabel: few || i === 0 || i === n - 1 || c.year % 5 === 0,
      showCount: few,
    };
  });
  return { max, dense: !few, bars };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
