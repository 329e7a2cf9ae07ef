import { describe, expect, it } from "vitest";
import { daysBetween, formatLong, formatMonth, formatPublished, parseDate, parsePublished, rfc3339, sortKey } from "../../src/content/dates.ts";
import { en } from "../support/helpers.ts";
import type { Msg } from "../../src/lib/messages/index.ts";

function ok<T>(r: { ok: true; value: T } | { ok: false; problem: Msg }): T {
  if (!r.ok) throw new Error(en(r.problem));
  return r.value;
}

describe("parseDate", () => {
  it("reads YYYY-MM-DD as a calendar day", () => {
    expect(ok(parseDate("2021-03-22"))).toMatchObject({ iso: "2021-03-22", year: 2021, month: 3, day: 22 });
  });
  it.each(["2021-02-30", "2021-13-01", "2023-02-29", "2021-04-31"])("rejects the impossible date %s", (d) => {
    const r = parseDate(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problem)).toContain("is not a real date");
  });
  it("accepts 29 February in a leap year, by the Gregorian rules", () => {
    expect(ok(parseDate("2024-02-29")).iso).toBe("2024-02-29");
    expect(ok(parseDate("2000-02-29")).iso).toBe("2000-02-29");
    expect(parseDate("1900-02-29").ok).toBe(false);
    expect(ok(parseDate("0000-02-29")).iso).toBe("0000-02-29");
    expect(parseDate("0100-02-29").ok).toBe(false);
  });
  it.each(["15 Januari 2024", "22/03/2021", "2021-3-22", "2021-03-22T10:00", ""])("rejects the format %j", (d) => {
    const r = parseDate(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.problem)).toContain("YYYY-MM-DD");
  });
});

describe("parsePublished", () => {
  it("keeps a given offset", () => {
    const p = ok(parsePublished("2017-11-02T15:23:00+07:00"));
    expect(p).toMatchObject({ kind: "datetime", iso: "2017-11-02T15:23:00+07:00", zoneAssumed: false });
  });
  it("reads a date-time without offset as Asia/Jakarta: 23:30 stays on its day", () => {
    const p = ok(parsePublished("2024-01-15T23:30"));
    expect(p.kind).toBe("datetime");
    if (p.kind !== "datetime") return;
    expect(p.iso).toBe("2024-01-15T23:30:00+07:00");
    expect(p.day.iso).toBe("2024-01-15");
    expect(p.zoneAssumed).toBe(true);
  });
  it("puts a UTC instant on its Jakarta day", () => {
    const p = ok(parsePublished("2024-01-15T20:00:00Z"));
    if (p.kind !== "datetime") throw new Error("expected datetime");
    expect(p.day.iso).toBe("2024-01-16");
  });
  it("accepts a plain date", () => {
    expect(ok(parsePublished("2021-03-23"))).toMatchObject({ kind: "date", iso: "2021-03-23" });
  });
  it.each(["2021-02-30T10:00", "2021-03-23T25:00", "2021-03-23T10:61", "Kamis, 02 November 2017", "2021-03-23T10:00+7"])("rejects %s", (t) => {
    expect(parsePublished(t).ok).toBe(false);
  });
});

describe("Indonesian formatting", () => {
  const d = ok(parseDate("2021-03-22"));
  it("formats the long date with the day name", () => {
    expect(formatLong(d)).toBe("Senin, 22 Maret 2021");
  });
  it("formats month labels", () => {
    expect(formatMonth(2021, 3)).toBe("Maret 2021");
    expect(formatMonth(2023, 8)).toBe("Agustus 2023");
  });
  it("formats a publication time in WIB", () => {
    expect(formatPublished(ok(parsePublished("2017-11-02T15:23:00+07:00")))).toBe("Kamis, 2 November 2017 15.23 WIB");
    expect(formatPublished(ok(parsePublished("2017-11-02T08:23:00Z")))).toBe("Kamis, 2 November 2017 15.23 WIB");
  });
  it("gives RFC 3339 for feeds, a calendar day at noon UTC (the same day from UTC−11 to UTC+11)", () => {
    expect(rfc3339(d)).toBe("2021-03-22T12:00:00Z");
    expect(rfc3339(ok(parsePublished("2017-11-02T15:23:00+07:00")))).toBe("2017-11-02T15:23:00+07:00");
  });
  it("orders days and instants on one line", () => {
    const day = ok(parsePublished("2021-03-23"));
    const later = ok(parsePublished("2021-03-23T08:00:00+07:00"));
    expect(sortKey(day) < sortKey(later)).toBe(true);
    expect(daysBetween(d, ok(parseDate("2021-03-25")))).toBe(3);
    expect(daysBetween(ok(parseDate("2020-02-28")), ok(parseDate("2020-03-01")))).toBe(2);
    expect(daysBetween(ok(parseDate("2021-03-25")), d)).toBe(-3);
    expect(daysBetween(ok(parseDate("0099-12-31")), ok(parseDate("0100-01-01")))).toBe(1);
  });
});
