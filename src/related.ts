/** Neighbours of an event: previous and next in time, and related events by shared tags. */
import type { Event } from "./model.ts";

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
 * Up to `limit` events sharing the most tags with `event`; ties go to the event closest in time, then by id.
 * Uses an index from tag id to events so the cost follows the tags' sizes, not the archive's.
 */
export function relatedEvents(event: Event, byTag: ReadonlyMap<string, readonly Event[]>, limit = 5): { event: Event; shared: number }[] {
  const shared = new Map<Event, number>();
  for (const t of event.tags) {
    for (const other of byTag.get(t.id) ?? []) {
      if (other !== event) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const distance = (e: Event): number => Math.abs(Date.UTC(e.date.year, e.date.month - 1, e.date.day) - Date.UTC(event.date.year, event.date.month - 1, event.date.day));
  return [...shared.entries()]
    .sort(([a, na], [b, nb]) => nb - na || distance(a) - distance(b) || a.id.localeCompare(b.id, "en"))
    .slice(0, limit)
    .map(([e, n]) => ({ event: e, shared: n }));
}

/** Tag id → events carrying it. */
export function eventsByTag(events: readonly Event[]): Map<string, Event[]> {
  const map = new Map<string, Event[]>();
  for (const e of events) {
    for (const t of e.tags) {
      const list = map.get(t.id);
      if (list) list.push(e);
      else map.set(t.id, [e]);
    }
  }
  return map;
}
