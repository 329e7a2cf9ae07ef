/** Events grouped by year and month, and counted per year, for the timeline and the archives. */
import { formatMonth, formatMonthName } from "../content/dates.ts";
import type { CalendarDate } from "../content/dates.ts";
import type { Event } from "../content/model.ts";
import { yearUrl } from "../lib/routes.ts";

export interface MonthGroup<T> {
  year: number;
  month: number;
  /** `Maret 2021` */
  label: string;
  /** `Maret`: the heading under its year's */
  name: string;
  /** anchor id, `2021-03` */
  anchor: string;
  events: T[];
}

export interface YearGroup<T> {
  year: number;
  url: string;
  months: MonthGroup<T>[];
}

export interface YearCount {
  year: number;
  count: number;
  url: string;
}

/** Group items (already newest first) by year and month, keeping their order. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => CalendarDate): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const { year, month } = dateOf(item);
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, url: yearUrl(year), months: [] };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (!m || m.month !== month) {
      m = { year, month, label: formatMonth(year, month), name: formatMonthName(month), anchor: `${year}-${String(month).padStart(2, "0")}`, events: [] };
      y.months.push(m);
    }
    m.events.push(item);
  }
  return years;
}

/** Number of events per year, newest year first; years without events inside the range are included with 0. */
export function yearCounts(events: readonly Event[]): YearCount[] {
  if (events.length === 0) return [];
  const counts = new Map<number, number>();
  for (const e of events) counts.set(e.date.year, (counts.get(e.date.year) ?? 0) + 1);
  const years = [...counts.keys()];
  const out: YearCount[] = [];
  for (let y = Math.max(...years); y >= Math.min(...years); y--) out.push({ year: y, count: counts.get(y) ?? 0, url: yearUrl(y) });
  return out;
}
