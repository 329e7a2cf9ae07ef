/** A tag's page beyond its list of events: its events per year (a chart) and the names that most often share an event with it. */
import type { Tag, TagRef } from "../content/model.ts";
import { tagUrl, yearTagUrl } from "../lib/routes.ts";
import { chip } from "./cards.ts";
import { yearChart, type Chart } from "./chart.ts";
import { yearCounts } from "./timeline.ts";
import type { TagChip } from "./views.ts";

/** How many names a tag page lists as appearing with it. */
export const COMPANIONS = 5;

/** A tag's events per year, each bar a link to its year's page with the tag's filter chosen. */
export function tagYearChart(t: Tag): Chart {
  const chart = yearChart(yearCounts(t.events));
  return { ...chart, bars: chart.bars.map((b) => ({ ...b, url: yearTagUrl(b.year, t.id) })) };
}

/**
 * The tags that most often share an event with `t`, most shared events first (then in vocabulary
 * order), at most COMPANIONS, each with how many events it shares.
 */
export function companions(t: Tag, order: readonly TagRef[]): (TagChip & { shared: number })[] {
  const rank = new Map(order.map((x, i) => [x.id, i]));
  const shared = new Map<string, { ref: TagRef; n: number }>();
  for (const e of t.events)
    for (const other of e.tags) {
      if (other.id === t.id) continue;
      const s = shared.get(other.id) ?? { ref: other, n: 0 };
      s.n++;
      shared.set(other.id, s);
    }
  return [...shared.values()]
    .sort((a, b) => b.n - a.n || (rank.get(a.ref.id) ?? 0) - (rank.get(b.ref.id) ?? 0))
    .slice(0, COMPANIONS)
    .map(({ ref, n }) => ({ ...chip(ref), url: tagUrl(ref.id), shared: n }));
}
