/** Neighbours of an event: previous and next in time, and related events by shared tags. */
import { dayNumber } from "../content/dates.ts";
import type { Event } from "../content/model.ts";

export interface Neighbours {
  /** the next older event */
  older?: Event;
  /** the next newer event */
  newer?: Event;
}

/** `events` newest first, as in the Archive. */
export function neighbours(events: readonly Event[], index: number): Neighbours {
  const older = events[index + 1];
  const newer = index > 0 ? events[index - 1] : undefined;
  return { ...(older && { older }), ...(newer && { newer }) };
}

/**
 * How far along each tag's time line related events are looked for: the WINDOW events before and
 * after the event among those carrying that tag. A tag on fewer than 2 × WINDOW + 1 events is
 * searched whole; for a tag on most of the archive (Kim Jong Un), candidates are those close in
 * time, which keeps the cost linear in the archive's size instead of quadratic. Each candidate's
 * number of shared tags is then counted exactly, over all of its tags.
 */
export const RELATED_WINDOW = 100;

/** The archive's events indexed for related-event look-ups. */
export interface RelatedIndex {
  /** tag id → positions (in the archive's newest-first order) of the events carrying it, ascending */
  byTag: Map<string, number[]>;
  /** archive position of each event */
  position: Map<Event, number>;
  /** day number of each event's date, by archive position */
  days: number[];
  events: readonly Event[];
  /** each event's tags as numbers (an index into one list of every tag id), by archive position */
  tagNumbers: Int32Array[];
  /** tag id → its number */
  tagNumber: Map<string, number>;
}

export function relatedIndex(events: readonly Event[]): RelatedIndex {
  const byTag = new Map<string, number[]>();
  const position = new Map<Event, number>();
  const tagNumber = new Map<string, number>();
  const days: number[] = [];
  const tagNumbers: Int32Array[] = [];
  events.forEach((e, i) => {
    position.set(e, i);
    days.push(dayNumber(e.date));
    for (const t of e.tags) {
      const list = byTag.get(t.id);
      if (list) list.push(i);
      else byTag.set(t.id, [i]);
      if (!tagNumber.has(t.id)) tagNumber.set(t.id, tagNumber.size);
    }
    tagNumbers.push(Int32Array.from(e.tags, (t) => tagNumber.get(t.id) ?? 0));
  });
  return { byTag, position, days, events, tagNumbers, tagNumber };
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Up to `limit` events sharing the most tags with `event`; ties go to the event closest in time,
 * then to the newer one. Candidates per tag are limited to RELATED_WINDOW on each side in time.
 * The order of (shared tags, distance in days, position) is total, so the result does not depend
 * on the order candidates are met in.
 */
export function relatedEvents(event: Event, index: RelatedIndex, limit = 5): { event: Event; shared: number }[] {
  const self = index.position.get(event);
  if (self === undefined) return [];
  const own = new Uint8Array(index.tagNumber.size);
  for (const n of index.tagNumbers[self] ?? []) own[n] = 1;
  const seen = new Set<number>();
  const day = index.days[self] ?? 0;
  // the best `limit` candidates so far, best first: [position, shared tags, distance in days]
  const best: [number, number, number][] = [];
  const better = (n: number, distance: number, pos: number, than: [number, number, number]): boolean =>
    n !== than[1] ? n > than[1] : distance !== than[2] ? distance < than[2] : pos < than[0];
  // candidates: the events near in time on each of the event's tags
  for (const t of event.tags) {
    const list = index.byTag.get(t.id) ?? [];
    const at = lowerBound(list, self);
    const end = Math.min(list.length, at + RELATED_WINDOW + 1);
    for (let k = Math.max(0, at - RELATED_WINDOW); k < end; k++) {
      const pos = list[k] as number;
      if (pos === self || seen.has(pos)) continue;
      seen.add(pos);
      // the candidate's exact number of shared tags, counted over all its tags
      let n = 0;
      for (const tag of index.tagNumbers[pos] ?? []) n += own[tag] ?? 0;
      const distance = Math.abs((index.days[pos] ?? 0) - day);
      const last = best[best.length - 1];
      if (best.length === limit && last && !better(n, distance, pos, last)) continue;
      let i = best.length;
      while (i > 0 && better(n, distance, pos, best[i - 1] as [number, number, number])) i--;
      best.splice(i, 0, [pos, n, distance]);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(([pos, n]) => ({ event: index.events[pos] as Event, shared: n }));
}
