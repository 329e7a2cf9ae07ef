/**
 * Where the news comes from: the source each article relays (`via`, resolved against
 * articles/kantor-berita.yaml by the loader), counted per event (the sourcing line above an event's
 * source strip), per agency (its page) and per year and kind of source (the chart of /arsip/ and
 * /kantor-berita/). Every count is of published articles; nothing is inferred from the texts.
 */
import type { Article, Event } from "../content/model.ts";
import { AGENCY_KINDS, type AgencyKind } from "../content/schema.ts";
import { agencyUrl, yearUrl } from "../lib/routes.ts";
import { nameKey } from "../content/vocabulary.ts";

/** What an article's source is: one of the agency kinds, a `via` the vocabulary does not know, or none given. */
export const SOURCE_KINDS = [...AGENCY_KINDS, "tidak-terdaftar", "tanpa"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How each kind of source is named to readers: as a heading, inside a sentence, and short (the chart's values at 390 px). */
export const SOURCE_KIND_LABELS: Record<SourceKind, { label: string; phrase: string; short: string }> = {
  "korea-utara": { label: "Media pemerintah Korea Utara", phrase: "media pemerintah Korea Utara", short: "Korea Utara" },
  china: { label: "Media pemerintah China", phrase: "media pemerintah China", short: "China" },
  internasional: { label: "Kantor berita internasional", phrase: "kantor berita internasional", short: "Internasional" },
  lain: { label: "Media lain", phrase: "media lain", short: "Media lain" },
  "tidak-terdaftar": { label: "Sumber yang belum terdaftar", phrase: "sumber yang belum terdaftar", short: "Belum terdaftar" },
  tanpa: { label: "Tanpa keterangan sumber", phrase: "tanpa keterangan sumber", short: "Tanpa keterangan" },
};

export const isAgencyKind = (k: SourceKind): k is AgencyKind => (AGENCY_KINDS as readonly string[]).includes(k);

export function sourceKindOf(a: Article): SourceKind {
  return a.agency?.kind ?? (a.via === undefined ? "tanpa" : "tidak-terdaftar");
}

/** One part of an event's sourcing line: `1 mengutip AP` (with the agency's page), `1 mengutip Foo` (not in the vocabulary), `1 tanpa keterangan sumber`. */
export interface SourcingPart {
  count: number;
  /** the agency's label, or the `via` as written when the vocabulary does not know it; absent: no source given */
  via?: string;
  /** the agency's page, when the vocabulary knows it */
  url?: string;
  /** its kind, as a sentence says it (`kantor berita internasional`) */
  kindLabel: string;
}

/** An event's sourcing: each source its articles relay with how many do, most first, then the articles that name none. */
export function eventSourcing(e: Event): SourcingPart[] {
  const parts = new Map<string, SourcingPart>();
  for (const a of e.articles) {
    const kind = sourceKindOf(a);
    // a via the vocabulary does not know is one source however its letters are written
    const key = a.agency ? `a:${a.agency.id}` : a.via === undefined ? "none" : `v:${nameKey(a.via)}`;
    const part = parts.get(key);
    if (part) part.count++;
    else
      parts.set(key, {
        count: 1,
        ...(a.agency ? { via: a.agency.label, url: agencyUrl(a.agency.id) } : a.via !== undefined && { via: a.via }),
        kindLabel: SOURCE_KIND_LABELS[kind].phrase,
      });
  }
  return [...parts.values()].sort(
    (x, y) => Number(x.via === undefined) - Number(y.via === undefined) || y.count - x.count || (x.via ?? "").localeCompare(y.via ?? "", "id"),
  );
}

/** The articles that name no source, and those whose `via` kantor-berita.yaml does not list (each spelling as first written, with its count). */
export function unlistedSources(events: readonly Event[]): { none: number; unlisted: { name: string; count: number }[] } {
  let none = 0;
  const unlisted = new Map<string, { name: string; count: number }>();
  for (const e of events)
    for (const a of e.articles) {
      const kind = sourceKindOf(a);
      if (kind === "tanpa") none++;
      else if (kind === "tidak-terdaftar" && a.via !== undefined) {
        const u = unlisted.get(nameKey(a.via)) ?? { name: a.via, count: 0 };
        u.count++;
        unlisted.set(nameKey(a.via), u);
      }
    }
  return { none, unlisted: [...unlisted.values()].sort((x, y) => x.name.localeCompare(y.name, "id")) };
}

/** One segment of a year's bar: a kind of source, its articles and its place in a 0–100 box. */
export interface SourceSegment {
  kind: SourceKind;
  /** its short name (`Korea Utara`), printed with its values under the bar */
  short: string;
  count: number;
  /** share of the year's articles, in whole percent (for the values printed under the bar) */
  percent: number;
  x: number;
  width: number;
}

export interface SourceChart {
  /** the kinds in the order of the segments, for the legend */
  kinds: { kind: SourceKind; label: string; short: string }[];
  /** newest year first: only years with articles */
  rows: { year: number; url: string; total: number; segments: SourceSegment[] }[];
}

/**
 * The share of articles per year by kind of source, years by their events' dates. Each row's
 * segments fill a 0–100 box in the order of SOURCE_KINDS; only kinds with articles get one.
 */
export function sourceChart(events: readonly Event[]): SourceChart {
  const byYear = new Map<number, Map<SourceKind, number>>();
  for (const e of events) {
    const counts = byYear.get(e.date.year) ?? new Map<SourceKind, number>();
    byYear.set(e.date.year, counts);
    for (const a of e.articles) counts.set(sourceKindOf(a), (counts.get(sourceKindOf(a)) ?? 0) + 1);
  }
  const rows = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, counts]) => {
      const total = [...counts.values()].reduce((n, c) => n + c, 0);
      let x = 0;
      const segments = SOURCE_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((kind) => {
        const count = counts.get(kind) ?? 0;
        const width = round((100 * count) / total);
        const segment = { kind, short: SOURCE_KIND_LABELS[kind].short, count, percent: Math.round((100 * count) / total), x: round(x), width };
        x += width;
        return segment;
      });
      return { year, url: yearUrl(year), total, segments };
    });
  const used = new Set(rows.flatMap((r) => r.segments.map((s) => s.kind)));
  return { kinds: SOURCE_KINDS.filter((k) => used.has(k)).map((kind) => ({ kind, ...SOURCE_KIND_LABELS[kind] })), rows };
}

const round = (v: number): number => Math.round(v * 100) / 100;
