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
}

export function relatedIndex(events: readonly Event[]): RelatedIndex {
  const byTag = new Map<string, number[]>();
  const position = new Map<Event, number>();
  const days: number[] = [];
  events.forEach((e, i) => {
    position.set(e, i);
    days.push(dayNumber(e.date));
    for (const t of e.tags) {
      const list = byTag.get(t.id);
      if (list) list.push(i);
      else byTag.set(t.id, [i]);
    }
  });
  return { byTag, position, days, events };
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
 */
export function relatedEvents(event: Event, index: RelatedIndex, limit = 5): { event: Event; shared: number }[] {
  const self = index.position.get(event);
  if (self === undefined) return [];
  // candidates: the events near in time on each of the event's tags
  const candidates = new Set<number>();
  for (const t of event.tags) {
    const list = index.byTag.get(t.id) ?? [];
    const at = lowerBound(list, self);
    for (let k = Math.max(0, at - RELATED_WINDOW); k < Math.min(list.length, at + RELATED_WINDOW + 1); k++) {
      const other = list[k] as number;
      if (other !== self) candidates.add(other);
    }
  }
  // each candidate's exact number of shared tags, counted over all its tags
  const own = new Set(event.tags.map((t) => t.id));
  const shared = new Map<number, number>();
  for (const c of candidates) {
    let n = 0;
    for (const t of (index.events[c] as Event).tags) if (own.has(t.id)) n++;
    shared.set(c, n);
  }
  const day = index.days[self] ?? 0;
  const better = (a: [number, number, number], b: [number, number, number]): boolean =>
    a[1] !== b[1] ? a[1] > b[1] : a[2] !== b[2] ? a[2] < b[2] : a[0] < b[0];
  // keep the best `limit` candidates in a small sorted array: linear in the candidates
  const best: [number, number, number][] = [];
  for (const [pos, n] of shared) {
    const candidate: [number, number, number] = [pos, n, Math.abs((index.days[pos] ?? 0) - day)];
    if (best.length === limit && !better(candidate, best[limit - 1] as [number, number, number])) continue;
    let i = best.length;
    while (i > 0 && better(candidate, best[i - 1] as [number, number, number])) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(([pos, n]) => ({ event: index.events[pos] as Event, shared: n }));
}
