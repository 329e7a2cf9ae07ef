/** Dates in copied news text: standalone date lines and bylines (publication), dates in prose (candidates). */
import { msg, type Msg } from "../../lib/messages/index.ts";
import { formatLong, parseDate, parsePublished } from "../../content/dates.ts";
import { FULL_MONTHS, MONTHS, WEEKDAYS, ZONES } from "./date-words.ts";
import { escapeRe } from "./names.ts";
import type { DateMention, Line } from "./types.ts";

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");
const DAY = alt(Object.keys(WEEKDAYS));
const MONTH = alt(Object.keys(MONTHS));
const TIME = String.raw`(?:\s*(?:[-–—,|/]\s*)?(?:pukul\s+|jam\s+)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(WITA|WIB|WIT)?)?`;

/** A standalone date line: `Kamis, 02 November 2017 - 15:23 WIB`, `02/11/2017 15:23 WIB`. */
const DATE_LINE = [
  new RegExp(String.raw`^(?:(${DAY})\s*,?\s+)?(\d{1,2})\s+(${MONTH})\.?\s+(\d{4})${TIME}\s*$`, "i"),
  new RegExp(String.raw`^(?:(${DAY})\s*,?\s+)?(\d{1,2})[/-](\d{1,2})[/-](\d{4})${TIME}\s*$`, "i"),
];
export const PUBLISHED_PREFIX = /^(?:diterbitkan|dipublikasikan|dipublikasi|terbit|published)\s*:?\s*/i;
export const UPDATED_PREFIX = /^(?:diperbarui|diperbaharui|pembaruan|updated?)\s*:?\s*/i;

export interface StatedDate {
  iso: string;
  /** the value for `published` */
  published: string;
  notes: Msg[];
}

/** Read a date line (without prefix); undefined when it is not one. */
export function readDateLine(text: string): StatedDate | undefined {
  for (const [i, re] of DATE_LINE.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const [, dayName, d, mo, y, hh, mm, zone] = m;
    const month = i === 0 ? MONTHS[(mo ?? "").toLowerCase()] : Number(mo);
    if (month === undefined) return undefined;
    const date = parseDate(`${y}-${String(month).padStart(2, "0")}-${String(Number(d)).padStart(2, "0")}`);
    if (!date.ok) return undefined;
    const notes: Msg[] = [];
    if (dayName !== undefined) {
      const stated = WEEKDAYS[dayName.toLowerCase()];
      const actual = formatLong(date.value).split(",")[0]?.toLowerCase();
      if (stated !== actual) notes.push(msg("import.weekday", { stated: dayName, iso: date.value.iso, actual: formatLong(date.value).split(",")[0] ?? "?" }));
    }
    let published = date.value.iso;
    if (hh !== undefined && mm !== undefined) {
      const time = `${hh.padStart(2, "0")}:${mm}`;
      const offset = zone === undefined ? undefined : ZONES[zone.toUpperCase()];
      if (offset === undefined) {
        notes.push(msg("import.no-zone", { time }));
      } else {
        const p = parsePublished(`${date.value.iso}T${time}:00${offset}`);
        if (!p.ok) return undefined;
        published = `${date.value.iso}T${time}:00${offset}`;
      }
    }
    return { iso: date.value.iso, published, notes };
  }
  return undefined;
}

/** Dates written inside paragraphs: `Selasa (23/3/2021)`, `(2/11/2017)`, `22 Maret 2021`. */
const PROSE_DATES: ReadonlyArray<{ re: RegExp; parts: (m: RegExpExecArray) => [string | undefined, string | undefined, string | undefined] }> = [
  { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:${DAY})\s*)?\(\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*\)`, "giu"), parts: (m) => [m[3], m[2], m[1]] },
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${DAY}),?\s+)?(\d{1,2})\s+(${alt(FULL_MONTHS)})\s+(\d{4})(?![\p{N}])`, "giu"),
    parts: (m) => [m[3], String(MONTHS[(m[2] ?? "").toLowerCase()] ?? ""), m[1]],
  },
];

export function proseDates(lines: readonly Line[]): DateMention[] {
  const found: (DateMention & { at: number })[] = [];
  for (const line of lines) {
    for (const { re, parts } of PROSE_DATES) {
      re.lastIndex = 0;
      for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
        const [y, mo, d] = parts(m);
        const r = parseDate(`${y}-${(mo ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`);
        if (r.ok) found.push({ iso: r.value.iso, text: m[0].trim(), line: line.n, at: line.n * 1e6 + m.index });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.iso) && seen.add(f.iso)).map(({ iso, text, line }) => ({ iso, text, line }));
}
