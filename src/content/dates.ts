/**
 * The one module that owns dates. Event dates are calendar days (no time, no zone);
 * publication times are instants, read as Asia/Jakarta when the text gives no offset.
 * Readers see Indonesian (`Senin, 22 Maret 2021`), machines see ISO 8601.
 */
import { msg, type Msg } from "../lib/messages/index.ts";
import { DateTime } from "luxon";

export const ZONE = "Asia/Jakarta";
export const LOCALE = "id";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** A calendar day such as an event's `date`. */
export interface CalendarDate {
  kind: "date";
  /** `YYYY-MM-DD` */
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** A publication time with its zone. */
export interface Instant {
  kind: "datetime";
  /** ISO 8601 with offset, as the source gave it or in Asia/Jakarta. */
  iso: string;
  /** The calendar day in Asia/Jakarta. */
  day: CalendarDate;
  /** true when the text gave no offset and Asia/Jakarta was assumed */
  zoneAssumed: boolean;
}

export type DateResult<T> = { ok: true; value: T } | { ok: false; problem: Msg };

function calendar(year: number, month: number, day: number): DateResult<CalendarDate> {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  if (month < 1 || month > 12) return { ok: false, problem: msg("date.no-month", { iso, month }) };
  const daysInMonth = monthLength(year, month);
  if (day < 1 || day > daysInMonth) {
    return { ok: false, problem: msg("date.days", { iso, month, year, days: daysInMonth }) };
  }
  return { ok: true, value: { kind: "date", iso, year, month, day } };
}

/** Days in a month of the proleptic Gregorian calendar. */
function monthLength(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Parse a strict `YYYY-MM-DD` calendar date; `2021-02-30` and `15 Januari 2024` are errors. */
export function parseDate(text: string): DateResult<CalendarDate> {
  const m = DATE_RE.exec(text.trim());
  if (!m) return { ok: false, problem: msg("date.format", { text }) };
  return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Parse an article's `published`: a date `2021-03-23`, or a date-time `2017-11-02T15:23:00+07:00`.
 * A date-time without an offset is read as Asia/Jakarta time (WIB).
 */
export function parsePublished(text: string): DateResult<CalendarDate | Instant> {
  const t = text.trim();
  if (DATE_RE.test(t)) return parseDate(t);
  const m = DATETIME_RE.exec(t);
  if (!m) {
    return { ok: false, problem: msg("published.format", { text }) };
  }
  const [, y, mo, d, h, mi, s, offset] = m;
  const day = calendar(Number(y), Number(mo), Number(d));
  if (!day.ok) return day;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? "0") > 59) {
    return { ok: false, problem: msg("published.time", { text }) };
  }
  const zoneAssumed = offset === undefined;
  if (offset !== undefined && offset !== "Z") {
    const om = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
    const minutes = om ? (om[1] === "-" ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3])) : NaN;
    if (!(minutes >= -12 * 60 && minutes <= 14 * 60) || Number(om?.[3]) > 59) {
      return { ok: false, problem: msg("published.offset", { text, offset }) };
    }
  }
  const zone = zoneAssumed ? ZONE : offset === "Z" ? "UTC" : `UTC${offset}`;
  const dt = DateTime.fromObject(
    { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s ?? "0") },
    { zone },
  );
  if (!dt.isValid) return { ok: false, problem: msg("published.invalid", { text, detail: dt.invalidExplanation ?? "invalid" }) };
  const local = dt.setZone(ZONE);
  const jakartaDay = calendar(local.year, local.month, local.day);
  if (!jakartaDay.ok) return jakartaDay;
  return {
    ok: true,
    value: {
      kind: "datetime",
      iso: dt.toISO({ suppressMilliseconds: true }) ?? t,
      day: jakartaDay.value,
      zoneAssumed,
    },
  };
}

/** Remember formatted labels: the same date is printed on many pages of one build. */
function memo(fn: (iso: string) => string): (iso: string) => string {
  const cache = new Map<string, string>();
  return (iso) => {
    let v = cache.get(iso);
    if (v === undefined) {
      v = fn(iso);
      cache.set(iso, v);
    }
    return v;
  };
}

const longLabel = memo((iso) => DateTime.fromISO(iso, { zone: ZONE, locale: LOCALE }).toFormat("cccc, d LLLL yyyy"));
const publishedLabel = memo((iso) => `${DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).setLocale(LOCALE).toFormat("cccc, d LLLL yyyy HH.mm")} WIB`);

/** `Senin, 22 Maret 2021` */
export function formatLong(d: CalendarDate): string {
  return longLabel(d.iso);
}

/** `Maret 2021` */
export function formatMonth(year: number, month: number): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE, locale: LOCALE }).toFormat("LLLL yyyy");
}

/** `Maret` */
export function formatMonthName(month: number): string {
  return DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: ZONE, locale: LOCALE }).toFormat("LLLL");
}

/** `Kamis, 2 November 2017 15.23 WIB` for instants, the long date for days. */
export function formatPublished(p: CalendarDate | Instant): string {
  if (p.kind === "date") return formatLong(p);
  return publishedLabel(p.iso);
}

/** The value for `<time datetime>`: `2021-03-22` or `2017-11-02T15:23:00+07:00`. */
export function machineDate(p: CalendarDate | Instant): string {
  return p.iso;
}

/**
 * The publication day as the source gave it: the date of a date, or the date part of a date-time in
 * its own offset (`2021-03-22T20:00-05:00` was published on the 22nd where it was written, even though
 * it was already the 23rd in Jakarta).
 */
export function statedDay(p: CalendarDate | Instant): CalendarDate {
  if (p.kind === "date") return p;
  const r = parseDate(p.iso.slice(0, 10));
  return r.ok ? r.value : p.day;
}

/**
 * RFC 3339 timestamp for feeds, which have no way to say "a day": a calendar day is noon UTC, so
 * that a feed reader shows that same day in every time zone from UTC−11 to UTC+11 (midnight in
 * Jakarta, the old choice, was the day before anywhere west of Jakarta).
 */
export function rfc3339(p: CalendarDate | Instant): string {
  if (p.kind === "datetime") return p.iso;
  return `${p.iso}T12:00:00Z`;
}

/** Sort key that orders days and instants on one time line. */
export function sortKey(p: CalendarDate | Instant): string {
  if (p.kind === "date") return `${p.iso}T00:00:00`;
  return instantKey(p.iso);
}

const instantKey = memo((iso) => DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ss"));

/** Day number of a calendar date (days since 1970-01-01, proleptic Gregorian). */
export function dayNumber(d: CalendarDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / 86_400_000);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Today in Asia/Jakarta as YYYY-MM-DD. */
export function todayInJakarta(): string {
  return DateTime.now().setZone(ZONE).toFormat("yyyy-MM-dd");
}
