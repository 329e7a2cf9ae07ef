/**
 * Storylines (articles/rangkaian.yaml): each storyline's page, telling its events in the order of
 * their dates with their coverage, and each event's place in the storylines it belongs to
 * ("peristiwa ke-2 dari 3", with the storyline's previous and next events).
 */
import { formatLong, machineDate } from "../content/dates.ts";
import type { Event, Storyline } from "../content/model.ts";
import { eventUrl, storylineUrl } from "../lib/routes.ts";
import type { EventCard, EventInStoryline, StorylineSummary } from "./views.ts";

/** A storyline as lists show it: its title, summary, address and how many events it has. */
export function storylineSummary(s: Storyline): StorylineSummary {
  const first = s.events[0];
  const last = s.events.at(-1);
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    url: storylineUrl(s.id),
    count: s.events.length,
    ...(first && last && { span: first.date.year === last.date.year ? String(first.date.year) : `${first.date.year}–${last.date.year}` }),
  };
}

/** The storylines readers see: those with a published event (one of drafts only waits, without a page or a feed). */
export const shownStorylines = (storylines: readonly Storyline[]): Storyline[] => storylines.filter((s) => s.events.length > 0);

/** The storylines each event belongs to, with its place in each: by event id. */
export function storylinesByEvent(storylines: readonly Storyline[]): Map<string, EventInStoryline[]> {
  const link = (e: Event) => ({ url: eventUrl(e.id), title: e.title, dateLabel: formatLong(e.date), dateIso: machineDate(e.date) });
  const out = new Map<string, EventInStoryline[]>();
  for (const s of storylines) {
    s.events.forEach((e, i) => {
      const before = s.events[i - 1];
      const after = s.events[i + 1];
      const place: EventInStoryline = {
        title: s.title,
        url: storylineUrl(s.id),
        position: i + 1,
        count: s.events.length,
        // a storyline of one published event so far has no place to tell
        ...(s.events.length > 1 && { place: `peristiwa ke-${i + 1} dari ${s.events.length}` }),
        ...(before && { previous: link(before) }),
        ...(after && { next: link(after) }),
      };
      const list = out.get(e.id);
      if (list) list.push(place);
      else out.set(e.id, [place]);
    });
  }
  return out;
}

/** A storyline's events, oldest first, each numbered, as its page's timeline lists them. */
export function storylineTimeline(s: Storyline, cardOf: (e: Event) => EventCard): { position: number; card: EventCard }[] {
  return s.events.map((e, i) => ({ position: i + 1, card: cardOf(e) }));
}
