/** The events-per-year bar chart, laid out at build time so the page draws it as plain SVG. */
import type { YearCount } from "./timeline.ts";

export interface ChartBar {
  year: number;
  count: number;
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** where the year label sits */
  labelX: number;
  /** show the year under this bar (every bar when few, else every fifth year and the ends) */
  showLabel: boolean;
  /** `2021: 3 peristiwa` */
  title: string;
}

export interface Chart {
  width: number;
  height: number;
  baseline: number;
  max: number;
  bars: ChartBar[];
  /** the text alternative: every year with its count */
  description: string;
  /** the same data as rows, for a visually hidden table */
  rows: YearCount[];
}

const WIDTH = 640;
const HEIGHT = 140;
const BASELINE = 118;
const TOP = 8;

/** Lay out bars oldest → newest from counts given newest first. */
export function yearChart(counts: readonly YearCount[]): Chart {
  const ordered = [...counts].reverse();
  const max = Math.max(1, ...ordered.map((c) => c.count));
  const n = Math.max(1, ordered.length);
  const step = WIDTH / n;
  const width = Math.max(1, Math.min(48, step * 0.72));
  const few = n <= 12;
  const bars = ordered.map((c, i) => {
    const h = c.count === 0 ? 0 : Math.max(2, ((BASELINE - TOP) * c.count) / max);
    const x = i * step + (step - width) / 2;
    return {
      year: c.year,
      count: c.count,
      url: c.url,
      x: round(x),
      y: round(BASELINE - h),
      width: round(width),
      height: round(h),
      labelX: round(x + width / 2),
      showLabel: few || i === 0 || i === n - 1 || c.year % 5 === 0,
      title: `${c.year}: ${c.count} peristiwa`,
    };
  });
  const description =
    ordered.length === 0
      ? "Belum ada peristiwa."
      : `Jumlah peristiwa per tahun, ${ordered[0]?.year}–${ordered.at(-1)?.year}: ${ordered.map((c) => `${c.year}: ${c.count}`).join(", ")}.`;
  return { width: WIDTH, height: HEIGHT, baseline: BASELINE, max, bars, description, rows: [...counts] };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
