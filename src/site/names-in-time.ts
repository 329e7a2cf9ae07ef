/** A tag's page beyond its list of events: its events per year (a chart) and the names that most often share an event with it. */
import type { Tag, TagRef } from "../content/model.ts";
import { pageUrl, tagUrl } from "../lib/routes.ts";
import { cardAnchor, chip } from "./cards.ts";
import { yearChart, type Chart } from "./chart.ts";
import { PAGE_SIZE } from "./paginate.ts";
import { yearCounts } from "./timeline.ts";
import type { TagChip } from "./views.ts";

/** How many names a tag page lists as appearing with it. */
export const COMPANIONS = 5;

/**
 * A tag's events per year, each bar a link to the year's newest event in the tag's own list (the
 * page of it that shows that event, at its card): the list is every event of the tag, newest first,
 * PAGE_SIZE a page, so the year's events follow it there.
 */
export function tagYearChart(t: Tag): Chart {
  const chart = yearChart(yearCounts(t.events));
  const first = new Map<number, number>();
  t.events.forEach((e, i) => {
    if (!first.has(e.date.year)) first.set(e.date.year, i);
  });
  return {
    ...chart,
    bars: chart.bars.map((b) => {
      const i = first.get(b.year);
      const e = i === undefined ? undefined : t.events[i];
      return i === undefined || !e ? b : { ...b, url: `${pageUrl(tagUrl(t.id), Math.floor(i / PAGE_SIZE) + 1)}#${cardAnchor(e.id)}` };
    }),
  };
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
