/**
 * Curation warnings: things worth a second look that never fail `npm run check`.
 * Pure: takes the validated Archive plus what the Archive does not hold (tag usage in drafts,
 * where a field sits in a file) and returns Problems with severity "warning".
 *
 * - Possible duplicate events: two published events on the same date whose tags (each event's
 *   own plus its articles', as shown on the site) share at least DUPLICATE_MIN_SHARED tags with a
 *   Jaccard similarity |A∩B| / |A∪B| of at least DUPLICATE_MIN_JACCARD. Reported once per pair,
 *   on the event whose id sorts second.
 * - Published long before the event: an article whose `published` day (in Asia/Jakarta) is more
 *   than MAX_DAYS_BEFORE days before its event's `date`. One day is allowed because an event's
 *   date is local to where it happened and may be a day ahead of Jakarta. Likewise more than
 *   MAX_DAYS_AFTER days (a year) after it.
 * - An article whose `via` names no agency of kantor-berita.yaml (by label or alias): the nearest ids are named.
 * - An article with an original address (`url`) but no archived copy (`archive_url`): links rot.
 * - One outlet spelled several ways; an event or publication date before 1900 or after today.
 * - Articles whose texts are nearly the same, and events whose titles are nearly the same a few
 *   days apart (duplicates.ts).
 * - Unused tags: a tag in tags.yaml that no event or article uses. Drafts count as usage
 *   (`extraUsedTagIds`), because a tag added for a draft in progress is not dead vocabulary;
 *   the Archive leaves drafts out, so the caller supplies the tags they use.
 */
import { daysBetween, todayInJakarta } from "../content/dates.ts";
import { outletSlug } from "../content/outlets.ts";
import { AGENCIES_FILE } from "../content/agencies-file.ts";
import { nameKey } from "../content/vocabulary.ts";
import type { Archive, Event } from "../content/model.ts";
import { msg, type Msg } from "../lib/messages/index.ts";
import { closest, problem, sortProblems, type Problem } from "../content/problems.ts";
import { nearDuplicateTexts, similarEventTitles } from "./duplicates.ts";
import { jaccard } from "../lib/words.ts";

export const DUPLICATE_MIN_SHARED = 2;
export const DUPLICATE_MIN_JACCARD = 0.5;
export const MAX_DAYS_BEFORE = 1;
/** An article published more than a year after its event is worth a second look. */
export const MAX_DAYS_AFTER = 366;

export interface WarningContext {
  /** tags.yaml as shown in messages, e.g. `articles/tags.yaml` */
  tagsFile: string;
  /** kantor-berita.yaml as shown in messages (default: beside tags.yaml) */
  agenciesFile?: string;
  /** tag ids used by files the Archive leaves out (drafts); may include used ones too */
  extraUsedTagIds?: ReadonlySet<string>;
  /** today as YYYY-MM-DD (default: today in Asia/Jakarta) */
  today?: string;
  /** the line of a field in a file (`["date"]`, or `["kim-jong-un"]` in tags.yaml), where known */
  lineOf?: (file: string, path: readonly PropertyKey[]) => number | undefined;
}

export function curationWarnings(archive: Archive, ctx: WarningContext): Problem[] {
  return sortProblems([
    ...possibleDuplicates(archive, ctx),
    ...publishedFarFromEvent(archive, ctx),
    ...unusedTags(archive, ctx),
    ...outletSpellings(archive, ctx),
    ...implausibleDates(archive, ctx),
    ...withoutArchivedCopy(archive, ctx),
    ...unknownAgencies(archive, ctx),
    ...nearDuplicateTexts(archive, (file, m) => warning(ctx, file, ["body"], "body", m)),
    ...similarEventTitles(archive, (file, m) => warning(ctx, file, ["title"], "title", m)),
  ]);
}

/**
 * One outlet written several ways (differing only in case, accents or punctuation): the site
 * shows one page named by the spelling used most; each other spelling is named with its files.
 */
export function outletSpellings(archive: Archive, ctx: WarningContext): Problem[] {
  const bySlug = new Map<string, Map<string, string[]>>();
  for (const e of archive.events) {
    for (const a of e.articles) {
      if (a.outlet === undefined) continue;
      const slug = outletSlug(a.outlet);
      const spellings = bySlug.get(slug) ?? new Map<string, string[]>();
      bySlug.set(slug, spellings);
      spellings.set(a.outlet, [...(spellings.get(a.outlet) ?? []), a.file]);
    }
  }
  const out: Problem[] = [];
  for (const spellings of bySlug.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings.entries()].sort(([x, fx], [y, fy]) => fy.length - fx.length || x.localeCompare(y, "id"));
    const [main] = ranked[0] ?? [""];
    for (const [spelling, files] of ranked.slice(1)) {
      for (const file of files.sort()) {
        out.push(warning(ctx, file, ["outlet"], "outlet", msg("warn.outlet-spelling", { spelling, main, files: files.length })));
      }
    }
  }
  return out;
}

/** Articles whose `via` is no label or alias of kantor-berita.yaml, with up to three ids it may have meant. */
export function unknownAgencies(archive: Archive, ctx: WarningContext): Problem[] {
  const file = ctx.agenciesFile ?? ctx.tagsFile.replace(/[^/\\]*$/, AGENCIES_FILE);
  const names = new Map<string, string>();
  for (const a of archive.agencies) for (const n of [a.id, a.label, ...a.aliases]) names.set(nameKey(n), a.id);
  return archive.events.flatMap((e) =>
    e.articles
      .filter((a) => a.via !== undefined && a.agency === undefined)
      .map((a) => {
        const via = a.via ?? "";
        const near = [...new Set(closest(nameKey(via), names.keys(), 3).map((n) => names.get(n) ?? n))];
        return warning(ctx, a.file, ["via"], "via", msg("warn.unknown-agency", { via, nearest: near.join(", "), file }));
      }),
  );
}

/** Articles with an original address and no archived copy of it. */
export function withoutArchivedCopy(archive: Archive, ctx: WarningContext): Problem[] {
  return archive.events.flatMap((e) =>
    e.articles
      .filter((a) => a.url !== undefined && a.archive_url === undefined)
      .map((a) => warning(ctx, a.file, ["url"], "archive_url", msg("warn.no-archived-copy"))),
  );
}

/** The earliest year an event or a publication date is expected in; earlier is probably a typo (`0202`). */
export const EARLIEST_YEAR = 1900;

/** Event dates and publication dates before 1900 or after today (Asia/Jakarta). */
export function implausibleDates(archive: Archive, ctx: WarningContext): Problem[] {
  const today = ctx.today ?? todayInJakarta();
  const out: Problem[] = [];
  const check = (iso: string, file: string, field: "date" | "published"): void => {
    const [early, future] =
      field === "date" ? (["warn.event-date-early", "warn.event-date-future"] as const) : (["warn.published-early", "warn.published-future"] as const);
    if (Number(iso.slice(0, 4)) < EARLIEST_YEAR) out.push(warning(ctx, file, [field], field, msg(early, { iso, earliest: EARLIEST_YEAR })));
    else if (iso > today) out.push(warning(ctx, file, [field], field, msg(future, { iso, today })));
  };
  for (const e of archive.events) {
    check(e.date.iso, e.file, "date");
    for (const a of e.articles) if (a.published) check((a.published.kind === "date" ? a.published : a.published.day).iso, a.file, "published");
  }
  return out;
}

function warning(ctx: WarningContext, file: string, path: readonly PropertyKey[], field: string, m: Msg): Problem {
  return problem("warning", file, m, ctx.lineOf?.(file, path), field);
}

export function possibleDuplicates(archive: Archive, ctx: WarningContext): Problem[] {
  const out: Problem[] = [];
  // only events on the same date can be duplicates: compare within each date, in id order
  const byDate = new Map<string, Event[]>();
  for (const e of archive.events) {
    const list = byDate.get(e.date.iso);
    if (list) list.push(e);
    else byDate.set(e.date.iso, [e]);
  }
  for (const group of byDate.values()) {
    if (group.length < 2) continue;
    const events = [...group].sort((a, b) => a.id.localeCompare(b.id, "en"));
    events.forEach((a, i) => {
      const ta = new Set(a.tags.map((t) => t.id));
      for (const b of events.slice(i + 1)) {
        const tb = new Set(b.tags.map((t) => t.id));
        const shared = [...ta].filter((t) => tb.has(t));
        const { union, ratio } = jaccard(ta, tb);
        if (shared.length < DUPLICATE_MIN_SHARED || ratio < DUPLICATE_MIN_JACCARD) continue;
        out.push(
          warning(
            ctx,
            b.file,
            ["date"],
            "date",
            msg("warn.duplicate-event", { other: a.id, date: b.date.iso, shared: shared.length, union, tags: shared.join(", ") }),
          ),
        );
      }
    });
  }
  return out;
}

/**
 * An article's publication day far from its event's date: more than MAX_DAYS_BEFORE days before it
 * (the article cannot report what had not happened), or more than MAX_DAYS_AFTER days after it (a
 * retrospective, or a mistyped year).
 */
export function publishedFarFromEvent(archive: Archive, ctx: WarningContext): Problem[] {
  const today = ctx.today ?? todayInJakarta();
  // a date before 1900 or after today has its own warning (implausibleDates): one message per mistake
  const plausible = (iso: string): boolean => Number(iso.slice(0, 4)) >= EARLIEST_YEAR && iso <= today;
  const out: Problem[] = [];
  for (const event of archive.events) {
    if (!plausible(event.date.iso)) continue;
    for (const article of event.articles) {
      const p = article.published;
      if (!p) continue;
      const day = p.kind === "date" ? p : p.day;
      if (!plausible(day.iso)) continue;
      const before = daysBetween(day, event.date);
      const message =
        before > MAX_DAYS_BEFORE
          ? msg("warn.published-before", { iso: day.iso, days: before, event: event.date.iso, eventFile: event.file })
          : -before > MAX_DAYS_AFTER
            ? msg("warn.published-after", { iso: day.iso, days: -before, event: event.date.iso, eventFile: event.file })
            : undefined;
      if (message !== undefined) out.push(warning(ctx, article.file, ["published"], "published", message));
    }
  }
  return out;
}

export function unusedTags(archive: Archive, ctx: WarningContext): Problem[] {
  return archive.tags
    .filter((t) => t.events.length === 0 && !ctx.extraUsedTagIds?.has(t.id))
    .map((t) => warning(ctx, ctx.tagsFile, [t.id], t.id, msg("warn.unused-tag", { tag: t.id })));
}
