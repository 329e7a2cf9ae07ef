/**
 * The importer: text copied from an Indonesian news site → an article file (frontmatter + body).
 * Pure functions only; reading the text, tags.yaml and the event, and writing the file, are
 * src/cli/import.ts's job. The raw text is untrusted data: it is matched, never evaluated.
 *
 * What it does, and the decisions where the brief left room:
 *
 * - Body. Every non-blank line of the source is one paragraph; paragraphs are separated by one
 *   blank line. Lines are trimmed at both ends and otherwise copied as they are: no rewording and
 *   no markdown escaping (a source list stays a list). Removed are site furniture (related links,
 *   promos, comment forms, tag lists, copyright, page timings, font-size widgets, ads, share
 *   widgets, pagination), repeated or truncated headlines, and byline/metadata lines whose facts
 *   go into the frontmatter. Datelines (`KONTAN.CO.ID - SEOUL.`, `Pyongyang, Purna Warta`) stay.
 *   Every removed line is listed in the report with its line number and reason.
 * - Subheadings are recognised conservatively (see `isSubheading`): a short line between two
 *   full paragraphs, without final punctuation, colon or brackets, never the first or last line.
 * - Fields are only what the text states; nothing is inferred from the event or guessed. What is
 *   missing is left out of the frontmatter and named under "periksa" (to check) in the report.
 *   Where the text gives several values for one field, the first is used and the others are
 *   named under periksa.
 * - `via` comes only from explicit citations: `Sumber: …` in a byline, `melansir`, `dilansir`,
 *   `disitir`, `dikutip dari`, `seperti diberitakan/dilaporkan`, and `mengutip` (the last only for
 *   known agencies, because it often quotes a person). "Menurut KCNA" or "lapor kantor berita
 *   KCNA" report what an agency said, not where the article came from; when there is no citation,
 *   the agencies named in the text are listed under periksa for the editor to decide.
 * - `published` comes only from a standalone date line or a byline segment
 *   (`Kamis, 02 November 2017 - 15:23 WIB`). A time without WIB/WITA/WIT is not given an
 *   assumed zone: only the date is written and the time is named under periksa. A weekday that
 *   does not match the date is written as stated and flagged. Dates inside paragraphs
 *   (`Selasa (23/3/2021)`) are candidate event dates, never the publication date.
 * - Tags: every tag whose label or alias occurs in the title or body (whole words,
 *   case-insensitive) is suggested. Suggested tags are WRITTEN into `tags:` (so the editor
 *   prunes rather than types) and listed in the report. Tags the event already carries in its own
 *   `index.md` are left out of the file, because an event's tags already cover its articles; the
 *   report lists them separately. One exception to case-insensitivity: a short all-capitals name
 *   (≤ 4 letters, e.g. `AS`, `ICBM`) is an acronym and matched case-sensitively, so that the
 *   word "as" does not suggest Amerika Serikat.
 */
import { formatLong, parseDate, parsePublished } from "./dates.ts";
import { normaliseText } from "./frontmatter.ts";
import { idProblem, slugify } from "./ids.ts";
import { yamlString } from "./scaffold.ts";
import { parseDocument } from "yaml";
import { tagSchema } from "./schema.ts";

// ---------------------------------------------------------------------------------------------
// types

export interface VocabularyTag {
  id: string;
  label: string;
  aliases: readonly string[];
}

export interface ImportInput {
  /** the text as copied from the site (any line endings) */
  text: string;
  /** the tag vocabulary, in tags.yaml order */
  vocabulary: readonly VocabularyTag[];
  /** tag ids in the event's own index.md */
  eventTags?: readonly string[];
}

export type ImportField = "title" | "outlet" | "published" | "author" | "editor" | "via";

export interface ImportedFields {
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  editor?: string;
  via?: string;
  /** suggested tags not already on the event, in vocabulary order */
  tags?: string[];
}

export interface Finding {
  field: ImportField;
  value: string;
  /** 1-based line of the input the value was read from */
  line: number;
  /** the words it was read from */
  evidence: string;
}

export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

export interface DateMention {
  /** `YYYY-MM-DD` */
  iso: string;
  /** as written, e.g. `Selasa (23/3/2021)` */
  text: string;
  line: number;
}

export interface ImportResult {
  fields: ImportedFields;
  /** how each field was established */
  found: Finding[];
  /** markdown body, ending in one newline; "" when no text is left */
  body: string;
  removed: RemovedLine[];
  subheadings: { line: number; text: string }[];
  tags: { suggested: string[]; onEvent: string[] };
  eventDates: DateMention[];
  /** what the editor must check: missing fields, alternatives, doubts */
  periksa: string[];
}

interface Line {
  n: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// names: outlets and agencies

/** Letters and digits only, lowercase: `KONTAN.CO.ID` → `kontancoid`. */
const compact = (s: string): string => slugify(s).replace(/-/g, "");

/** Outlet display name → the spellings that name it (compacted for lookup). */
const OUTLETS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Kontan", ["Kontan", "KONTAN.CO.ID", "Kontan.co.id"]],
  ["SINDOnews", ["SINDOnews", "SINDOnews.com", "Sindonews"]],
  ["Warta Ekonomi", ["Warta Ekonomi", "WartaEkonomi.co.id"]],
  ["Purna Warta", ["Purna Warta", "PurnaWarta.com"]],
  ["Kompas.com", ["Kompas.com", "KOMPAS.com"]],
  ["Kompas", ["Kompas", "Kompas.id"]],
  ["detikcom", ["detikcom", "detik.com", "detikNews"]],
  ["Tempo", ["Tempo", "Tempo.co", "TEMPO.CO"]],
  ["CNN Indonesia", ["CNN Indonesia", "CNNIndonesia.com"]],
  ["CNBC Indonesia", ["CNBC Indonesia", "CNBCIndonesia.com"]],
  ["ANTARA", ["ANTARA", "Antaranews", "ANTARA News", "Antaranews.com"]],
  ["Liputan6.com", ["Liputan6.com", "Liputan6"]],
  ["Okezone", ["Okezone", "Okezone.com"]],
  ["Republika", ["Republika", "Republika.co.id"]],
  ["Tribunnews", ["Tribunnews", "Tribunnews.com"]],
  ["Merdeka.com", ["Merdeka.com"]],
  ["Suara.com", ["Suara.com"]],
  ["VIVA", ["VIVA", "VIVA.co.id"]],
  ["iNews", ["iNews", "iNews.id"]],
  ["Media Indonesia", ["Media Indonesia", "MediaIndonesia.com"]],
  ["Bisnis.com", ["Bisnis.com"]],
  ["Jawa Pos", ["Jawa Pos", "JawaPos.com"]],
  ["IDN Times", ["IDN Times", "IDNTimes.com"]],
  ["Tirto", ["Tirto", "Tirto.id"]],
  ["kumparan", ["kumparan", "kumparan.com"]],
  ["JPNN", ["JPNN", "JPNN.com"]],
  ["Beritasatu", ["Beritasatu", "Beritasatu.com"]],
];

/** Agency display name → the spellings that name it. Used for `via` and for hints. */
const AGENCIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["AP", ["AP", "Associated Press", "Associate Press"]],
  ["AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]],
  ["Reuters", ["Reuters"]],
  ["Xinhua", ["Xinhua"]],
  ["KCNA", ["KCNA", "Kantor Berita Pusat Korea", "Korean Central News Agency"]],
  ["Yonhap", ["Yonhap"]],
  ["Kyodo", ["Kyodo"]],
  ["TASS", ["TASS"]],
  ["CNN", ["CNN"]],
  ["BBC", ["BBC"]],
  ["Al Jazeera", ["Al Jazeera", "Aljazeera"]],
  ["NHK", ["NHK"]],
  ["Bloomberg", ["Bloomberg"]],
  ["Global Times", ["Global Times"]],
  ["South China Morning Post", ["South China Morning Post", "SCMP"]],
  ["NK News", ["NK News"]],
  ["Rodong Sinmun", ["Rodong Sinmun"]],
  ["CGTN", ["CGTN"]],
  ["Sputnik", ["Sputnik"]],
  ["The New York Times", ["The New York Times", "New York Times", "NYT"]],
  ["ANTARA", ["ANTARA"]],
];

function lookup(table: ReadonlyArray<readonly [string, readonly string[]]>, name: string): string | undefined {
  const key = compact(name);
  if (key === "") return undefined;
  for (const [display, spellings] of table) {
    if (compact(display) === key || spellings.some((s) => compact(s) === key)) return display;
  }
  return undefined;
}

/** `KONTAN.CO.ID` → Kontan; an unknown `Foo.co.id` → Foo (capitalised when written in capitals). */
function outletName(raw: string): string | undefined {
  const name = raw.trim().replace(/[.,;:!?]+$/, "");
  if (name === "" || name.length > 50 || !/\p{L}/u.test(name)) return undefined;
  const known = lookup(OUTLETS, name);
  if (known) return known;
  const base = name.replace(/\.(?:co\.id|com|id|net|org|co)$/i, "");
  if (base === name.toUpperCase() && /[A-Z]/.test(base)) return base.charAt(0) + base.slice(1).toLowerCase();
  return base;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex for `name` as a whole word (letters/digits never touch it), whitespace-tolerant. */
function wordRe(name: string, caseSensitive: boolean, flags = ""): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRe).join("[\\s\\u00A0]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, `u${caseSensitive ? "" : "i"}${flags}`);
}

const isAcronym = (name: string): boolean => name.length <= 4 && /^[\p{Lu}\p{N}]+$/u.test(name) && /\p{Lu}/u.test(name);

// ---------------------------------------------------------------------------------------------
// dates

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};
/** Full month names only: abbreviations are too ambiguous inside prose. */
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === "mei" || m === "juni" || m === "juli" || m === "may" || m === "june" || m === "july");

/** Weekday names → the Indonesian name that dates.ts prints. */
const WEEKDAYS: Readonly<Record<string, string>> = {
  senin: "senin", selasa: "selasa", rabu: "rabu", kamis: "kamis", jumat: "jumat", "jum'at": "jumat", sabtu: "sabtu", minggu: "minggu", ahad: "minggu",
  monday: "senin", tuesday: "selasa", wednesday: "rabu", thursday: "kamis", friday: "jumat", saturday: "sabtu", sunday: "minggu",
};

const ZONES: Readonly<Record<string, string>> = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" };

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
const DAY = alt(Object.keys(WEEKDAYS));
const MONTH = alt(Object.keys(MONTHS));
const TIME = String.raw`(?:\s*(?:[-–—,|/]\s*)?(?:pukul\s+|jam\s+)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(WITA|WIB|WIT)?)?`;

/** A standalone date line: `Kamis, 02 November 2017 - 15:23 WIB`, `02/11/2017 15:23 WIB`. */
const DATE_LINE = [
  new RegExp(String.raw`^(?:(${DAY})\s*,?\s+)?(\d{1,2})\s+(${MONTH})\.?\s+(\d{4})${TIME}\s*$`, "i"),
  new RegExp(String.raw`^(?:(${DAY})\s*,?\s+)?(\d{1,2})[/-](\d{1,2})[/-](\d{4})${TIME}\s*$`, "i"),
];
const PUBLISHED_PREFIX = /^(?:diterbitkan|dipublikasikan|dipublikasi|terbit|published)\s*:?\s*/i;
const UPDATED_PREFIX = /^(?:diperbarui|diperbaharui|pembaruan|updated?)\s*:?\s*/i;

interface StatedDate {
  iso: string;
  /** the value for `published` */
  published: string;
  notes: string[];
}

/** Read a date line (without prefix); undefined when it is not one. */
function readDateLine(text: string): StatedDate | undefined {
  for (const [i, re] of DATE_LINE.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const [, dayName, d, mo, y, hh, mm, zone] = m;
    const month = i === 0 ? MONTHS[(mo ?? "").toLowerCase()] : Number(mo);
    if (month === undefined) return undefined;
    const date = parseDate(`${y}-${String(month).padStart(2, "0")}-${String(Number(d)).padStart(2, "0")}`);
    if (!date.ok) return undefined;
    const notes: string[] = [];
    if (dayName !== undefined) {
      const stated = WEEKDAYS[dayName.toLowerCase()];
      const actual = formatLong(date.value).split(",")[0]?.toLowerCase();
      if (stated !== actual) notes.push(`the text says ${dayName}, but ${date.value.iso} was a ${formatLong(date.value).split(",")[0] ?? "different day"}`);
    }
    let published = date.value.iso;
    if (hh !== undefined && mm !== undefined) {
      const time = `${hh.padStart(2, "0")}:${mm}`;
      const offset = zone === undefined ? undefined : ZONES[zone.toUpperCase()];
      if (offset === undefined) {
        notes.push(`the time ${time} is stated without a time zone (WIB, WITA or WIT), so only the date was written`);
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

function proseDates(lines: readonly Line[]): DateMention[] {
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

// ---------------------------------------------------------------------------------------------
// line classification

/** Site furniture, matched against a whole trimmed line of at most 300 characters. */
const FURNITURE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^baca\s+(?:juga|pula)\b/i, "related link"],
  [/^(?:lihat|simak)\s+juga\b/i, "related link"],
  [/^(?:baca|simak)\s+(?:berita|artikel)\s+(?:lainnya|selengkapnya|terkait)\b/i, "related link"],
  [/^baca\s+selengkapnya\b/i, "related link"],
  [/^(?:berita|artikel)\s+terkait\s*:?$/i, "related link"],
  [/^mau\s+berita\s+terbaru\b/i, "promo"],
  [/^ikuti\s+(?:kami|kanal|saluran|akun|berita|update|informasi)\b/i, "promo"],
  [/^(?:follow|gabung|dapatkan|download|unduh|klik)\b.*\b(?:google\s+news|whatsapp|telegram|aplikasi|channel)\b/i, "promo"],
  [/^simak\s+breaking\s+news\b/i, "promo"],
  [/^(?:artikel|berita)\s+ini\s+(?:telah\s+)?(?:tayang|terbit)\s+di\b/i, "republication note"],
  [/^tags?(?:\s+terkait)?\s*:/i, "tag list"],
  [/^tags?\s+terkait$/i, "tag list"],
  [/^leave\s+a\s+reply$/i, "comment form"],
  [/^your\s+email\s+address\s+will\s+not\s+be\s+published\b/i, "comment form"],
  [/^required\s+fields\s+are\s+marked\b/i, "comment form"],
  [/^\+?\s*there\s+are\s+no\s+comments\b/i, "comment form"],
  [/^add\s+yours\.?$/i, "comment form"],
  [/^(?:tulis|kirim|berikan)\s+komentar\b/i, "comment form"],
  [/^\d*\s*komentar$/i, "comment form"],
  [/^(?:copyright|hak\s+cipta)\b/i, "copyright"],
  [/^©/, "copyright"],
  [/^all\s+rights\s+reserved\.?$/i, "copyright"],
  [/\brendering\s+in\s+[\d.,]+\s*(?:seconds?|detik)\b/i, "page timing"],
  [/^(?:A[+-]?\s*){2,3}$/, "font-size widget"],
  [/^(?:advertisement|iklan|sponsored|konten\s+bersponsor)$/i, "advertisement"],
  [/^scroll\s+(?:to\s+continue|untuk\s+melanjutkan|ke\s+bawah)\b/i, "advertisement"],
  [/^(?:bagikan|share)(?:\s+(?:artikel|berita)\s+ini)?\s*:?$/i, "share widget"],
  [/^halaman\s+selanjutnya$/i, "pagination"],
  [/^halaman\s*:?\s*(?:\d+\s*)+$/i, "pagination"],
];

const BYLINE_KEYS: Readonly<Record<string, "author" | "editor" | "via">> = {
  sumber: "via",
  editor: "editor",
  redaktur: "editor",
  penyunting: "editor",
  penulis: "author",
  reporter: "author",
  pewarta: "author",
  oleh: "author",
  author: "author",
  writer: "author",
};

type Classified =
  | { kind: "text" }
  | { kind: "furniture"; reason: string }
  | { kind: "byline"; facts: { field: "author" | "editor" | "via"; value: string }[]; date?: StatedDate }
  | { kind: "published"; date: StatedDate }
  | { kind: "updated" }
  | { kind: "initials"; value: string };

/** A byline: `Sumber: Associate Press | Editor: Barratut Taqiyyah Rafie`, each segment known. */
function readByline(text: string): Classified | undefined {
  const segments = text.split(/\s*\|\s*/).filter((s) => s !== "");
  if (segments.length === 0) return undefined;
  const facts: { field: "author" | "editor" | "via"; value: string }[] = [];
  let date: StatedDate | undefined;
  for (const seg of segments) {
    const kv = /^([\p{L}]+)\s*:\s*(.+)$/u.exec(seg);
    const field = kv ? BYLINE_KEYS[(kv[1] ?? "").toLowerCase()] : undefined;
    if (kv && field) {
      const value = (kv[2] ?? "").trim();
      if (value.length === 0 || value.length > 80) return undefined;
      facts.push({ field, value });
      continue;
    }
    const d = readDateLine(seg.replace(PUBLISHED_PREFIX, ""));
    if (d && date === undefined) {
      date = d;
      continue;
    }
    return undefined;
  }
  if (facts.length === 0) return undefined;
  return date ? { kind: "byline", facts, date } : { kind: "byline", facts };
}

function classify(text: string): Classified {
  if (text.length <= 300) {
    for (const [re, reason] of FURNITURE) if (re.test(text)) return { kind: "furniture", reason };
  }
  const byline = readByline(text);
  if (byline) return byline;
  if (UPDATED_PREFIX.test(text) && readDateLine(text.replace(UPDATED_PREFIX, ""))) return { kind: "updated" };
  const date = readDateLine(text.replace(PUBLISHED_PREFIX, ""));
  if (date) return { kind: "published", date };
  const initials = /^\(([a-z]{2,5}(?:\s*\/\s*[a-z]{2,5})*)\)$/.exec(text);
  if (initials) return { kind: "initials", value: (initials[1] ?? "").replace(/\s+/g, "") };
  return { kind: "text" };
}

/** Function words that a title-cased headline leaves in lowercase. */
const SMALL_WORDS = new Set(
  "yang dan di ke dari untuk dengan atau pada oleh dalam itu ini akan bagi tak tidak juga sebagai soal usai jadi karena kepada antara hingga sampai saat demi nih sih lho kok pun si sang para the of and a an in on to for at by".split(" "),
);

/** A headline: short, no final full stop or comma, most words capitalised. */
export function looksLikeTitle(text: string): boolean {
  if (text.length < 10 || text.length > 160 || /[.,;:]$/.test(text)) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => /^\p{L}/u.test(w));
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

const TRUNCATED = /\s*(?:\.{3}|…)$/;

/**
 * A subheading: 2–8 words and at most 60 characters, starting with a capital or digit, with no
 * final punctuation, colon, bar or brackets; the paragraph before it is at least 60 characters
 * and ends a sentence, the one after it is at least 60 characters.
 */
export function isSubheading(prev: string | undefined, line: string, next: string | undefined): boolean {
  if (prev === undefined || next === undefined) return false;
  const words = line.split(/\s+/).length;
  return (
    words >= 2 &&
    words <= 8 &&
    line.length <= 60 &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:!?…"'”’)\]]$/.test(line) &&
    !/[:|()[\]]/.test(line) &&
    prev.length >= 60 &&
    /[.!?…"'”’)]$/.test(prev) &&
    next.length >= 60
  );
}

// ---------------------------------------------------------------------------------------------
// citations and outlets in the text

const cap = (verb: string): string => `[${verb.charAt(0).toUpperCase()}${verb.charAt(0)}]${escapeRe(verb.slice(1)).replace(/ /g, "\\s+")}`;
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})`;
/** verb → whether an unknown name after it is accepted as a source */
const CITE_VERBS: ReadonlyArray<readonly [string, boolean]> = [
  ["melansir", true],
  ["dilansir dari", true],
  ["dilansir", true],
  ["disitir dari", true],
  ["disitir", true],
  ["dikutip dari", true],
  ["seperti diberitakan", true],
  ["seperti dilaporkan", true],
  ["mengutip dari", false],
  ["mengutip", false],
];
const CITE_RE = new RegExp(String.raw`(?<![\p{L}])(${CITE_VERBS.map(([v]) => cap(v)).join("|")})\s+${NAME}(?:\s+dari\s+${NAME})?`, "gu");

function cleanName(raw: string): string {
  const tokens = raw.replace(/[.,;:!?’']+$/, "").split(/\s+/);
  while (tokens.length > 1 && WEEKDAYS[(tokens[tokens.length - 1] ?? "").toLowerCase()] !== undefined) tokens.pop();
  return tokens.join(" ").replace(/[.,;:!?’']+$/, "");
}

/** A cited source: known agencies by their display name; others as written when `acceptUnknown`. */
function sourceName(raw: string, acceptUnknown: boolean): string | undefined {
  const name = cleanName(raw);
  const known = lookup(AGENCIES, name) ?? lookup(OUTLETS, name);
  if (known) return known;
  // a longer capture that starts with a known name: "Reuters Senin" → Reuters
  for (const [display, spellings] of AGENCIES) {
    for (const s of [display, ...spellings]) if (name.startsWith(`${s} `)) return display;
  }
  return acceptUnknown && name.length <= 60 ? name : undefined;
}

interface Citation {
  name: string;
  line: number;
  evidence: string;
}

function citations(lines: readonly Line[]): Citation[] {
  const out: Citation[] = [];
  for (const line of lines) {
    CITE_RE.lastIndex = 0;
    for (let m = CITE_RE.exec(line.text); m; m = CITE_RE.exec(line.text)) {
      const verb = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const acceptUnknown = CITE_VERBS.find(([v]) => v === verb)?.[1] ?? false;
      const first = sourceName(m[2] ?? "", acceptUnknown);
      if (first) out.push({ name: first, line: line.n, evidence: `${m[1]} ${cleanName(m[2] ?? "")}` });
      if (m[3] !== undefined) {
        const second = sourceName(m[3], false);
        if (second) out.push({ name: second, line: line.n, evidence: `dari ${cleanName(m[3])}` });
      }
    }
  }
  return out;
}

/** Known agencies named anywhere in the text (case-sensitive: they are proper nouns). */
function agenciesNamed(text: string): string[] {
  return AGENCIES.filter(([display, spellings]) => [display, ...spellings].some((s) => wordRe(s, true).test(text))).map(([d]) => d);
}

/** An outlet in a dateline at the start of the first paragraph. */
function datelineOutlet(text: string): { name: string; evidence: string } | undefined {
  // KONTAN.CO.ID - SEOUL.  /  Liputan6.com, Jakarta -
  const domain = /^([A-Za-z0-9-]+(?:\.[A-Za-z]{2,}){1,2})\s*(?:[-–—]|,)/.exec(text);
  if (domain?.[1]) {
    const name = outletName(domain[1]);
    if (name) return { name, evidence: domain[0].replace(/\s*[-–—,]$/, "").trim() };
  }
  // JAKARTA (ANTARA) -
  const paren = /^\p{Lu}[\p{L} .]*\s\(([\p{L} .]+)\)\s*[-–—]/u.exec(text);
  if (paren?.[1]) {
    const name = lookup(OUTLETS, paren[1]);
    if (name) return { name, evidence: paren[0].replace(/\s*[-–—]$/, "") };
  }
  // Pyongyang, Purna Warta  /  Jakarta, CNN Indonesia --
  const place = /^(\p{Lu}[\p{L} .]*?),\s+/u.exec(text);
  if (place) {
    const rest = text.slice(place[0].length);
    for (const [display, spellings] of OUTLETS) {
      for (const s of [display, ...spellings]) {
        if (new RegExp(`^${escapeRe(s)}(?![\\p{L}\\p{N}])`, "u").test(rest)) return { name: display, evidence: `${place[0]}${rest.slice(0, s.length)}` };
      }
    }
  }
  return undefined;
}

/** An outlet named by a removed furniture line (promo, copyright). */
function furnitureOutlet(text: string): string | undefined {
  const promo = /^mau\s+berita\s+terbaru\s+(?:lainnya\s+)?dari\s+(.+?)\s*\?/i.exec(text);
  if (promo?.[1]) return outletName(promo[1]);
  const copyright = /^(?:(?:copyright|hak\s+cipta)\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(.+?)(?:[.,]?\s*all\s+rights\s+reserved.*)?$/i.exec(text);
  if (/^(?:copyright|hak\s+cipta|©)/i.test(text) && copyright?.[1]) return outletName(copyright[1].replace(/^(?:©|\(c\))\s*/i, ""));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// tags

/** Tags whose label or an alias occurs in `text` as a whole word; vocabulary order. */
export function suggestTags(text: string, vocabulary: readonly VocabularyTag[]): string[] {
  return vocabulary.filter((t) => [t.label, ...t.aliases].some((name) => name.trim() !== "" && wordRe(name, isAcronym(name)).test(text))).map((t) => t.id);
}

/**
 * The tag vocabulary from the text of tags.yaml, read with the loader's YAML rules (failsafe
 * schema, duplicate keys are errors) and the tag schema. Invalid entries are skipped: the loader
 * and `npm run check` report them.
 */
export function readVocabulary(yamlText: string): { tags: VocabularyTag[]; problem?: string } {
  const doc = parseDocument(normaliseText(yamlText), { schema: "failsafe", uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return { tags: [], problem: `not valid YAML: ${doc.errors[0]?.message.split("\n")[0] ?? ""}` };
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { tags: [], problem: "not a list of tags" };
  const tags: VocabularyTag[] = [];
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const v = tagSchema.safeParse(value);
    if (idProblem(id) === null && v.success) tags.push({ id, label: v.data.label, aliases: v.data.aliases ?? [] });
  }
  return { tags };
}

// ---------------------------------------------------------------------------------------------
// the import

export function importArticle(input: ImportInput): ImportResult {
  const lines: Line[] = normaliseText(input.text)
    .split("\n")
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
  const classes = lines.map((l) => classify(l.text));

  const removed: RemovedLine[] = [];
  const found: Finding[] = [];
  const periksa: string[] = [];
  const candidates: Record<ImportField, Finding[]> = { title: [], outlet: [], published: [], author: [], editor: [], via: [] };
  const remove = (l: Line, reason: string): void => {
    removed.push({ line: l.n, text: l.text, reason });
  };
  const candidate = (field: ImportField, value: string, l: Line, evidence: string): void => {
    candidates[field].push({ field, value, line: l.n, evidence });
  };

  // headline: the first line that is not furniture or a byline, when repeated or title-like
  const firstIndex = classes.findIndex((c) => c.kind === "text");
  const first = lines[firstIndex];
  let headline: string | undefined;
  if (first && /\p{L}{2}/u.test(first.text)) {
    const others = lines.filter((_l, i) => i !== firstIndex && classes[i]?.kind === "text");
    const repeated = others.some((l) => l.text === first.text || isTruncationOf(l.text, first.text));
    const rest = others.filter((l) => l.text !== first.text && !isTruncationOf(l.text, first.text));
    if (rest.length > 0 && (repeated || looksLikeTitle(first.text))) headline = first.text;
  }

  const kept: Line[] = [];
  let initials: { line: Line; value: string; keptBefore: number } | undefined;
  lines.forEach((l, i) => {
    const c = classes[i] ?? { kind: "text" };
    switch (c.kind) {
      case "furniture": {
        remove(l, c.reason);
        const outlet = furnitureOutlet(l.text);
        if (outlet) candidate("outlet", outlet, l, l.text);
        return;
      }
      case "byline":
        remove(l, "byline");
        for (const f of c.facts) {
          const value = f.field === "via" ? (sourceName(f.value, true) ?? f.value) : f.value;
          candidate(f.field, value, l, `${l.text.split(/\s*\|\s*/).find((s) => s.includes(f.value)) ?? l.text}`);
        }
        if (c.date) {
          candidate("published", c.date.published, l, l.text);
          for (const note of c.date.notes) periksa.push(`published: ${note}`);
        }
        return;
      case "published":
        remove(l, "publication date");
        candidate("published", c.date.published, l, l.text);
        for (const note of c.date.notes) periksa.push(`published: ${note}`);
        return;
      case "updated":
        remove(l, "update time");
        periksa.push(`published: line ${l.n} "${l.text}" is an update time, not the publication date; not used`);
        return;
      case "initials":
        initials = { line: l, value: c.value, keptBefore: kept.length };
        return;
      case "text":
        if (headline !== undefined && l.text === headline) {
          if (i === firstIndex) {
            remove(l, "headline (→ title)");
            candidate("title", l.text, l, "the first line");
          } else remove(l, "repeated headline");
          return;
        }
        if (headline !== undefined && isTruncationOf(l.text, headline)) {
          remove(l, "truncated headline");
          return;
        }
        kept.push(l);
    }
  });
  // author initials count only when they close the article; elsewhere they are text
  if (initials) {
    if (initials.keptBefore === kept.length) {
      remove(initials.line, "author initials");
      candidate("author", initials.value, initials.line, initials.line.text);
    } else {
      kept.splice(initials.keptBefore, 0, initials.line);
    }
  }
  removed.sort((a, b) => a.line - b.line);

  // facts read from the kept text
  const firstKept = kept[0];
  if (firstKept) {
    const d = datelineOutlet(firstKept.text);
    if (d) candidate("outlet", d.name, firstKept, d.evidence);
  }
  for (const c of citations(kept)) candidate("via", c.name, { n: c.line, text: "" }, c.evidence);

  // choose: the first stated value (in line order); the others go under periksa
  const fields: ImportedFields = {};
  for (const field of ["title", "outlet", "published", "author", "editor", "via"] as const) {
    const list = [...candidates[field]].sort((a, b) => a.line - b.line);
    const chosen = list[0];
    if (!chosen) continue;
    fields[field] = chosen.value;
    found.push(chosen);
    const others = [...new Set(list.map((c) => c.value).filter((v) => v !== chosen.value))];
    if (others.length > 0) {
      periksa.push(`${field}: "${chosen.value}" was used (stated first); the text also gives ${others.map((o) => `"${o}"`).join(", ")}`);
    }
  }

  // body
  const subheadings: { line: number; text: string }[] = [];
  const paragraphs = kept.map((l, i) => {
    if (isSubheading(kept[i - 1]?.text, l.text, kept[i + 1]?.text)) {
      subheadings.push({ line: l.n, text: l.text });
      return `## ${l.text}`;
    }
    return l.text;
  });
  const body = paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;

  // tags and dates
  const fullText = [fields.title ?? "", ...kept.map((l) => l.text)].join("\n");
  const matched = suggestTags(fullText, input.vocabulary);
  const eventTags = new Set(input.eventTags ?? []);
  const suggested = matched.filter((id) => !eventTags.has(id));
  const onEvent = matched.filter((id) => eventTags.has(id));
  if (suggested.length > 0) fields.tags = suggested;
  const eventDates = proseDates(kept);

  // what could not be found, then the doubts, in field order
  const missing: string[] = [];
  if (fields.title === undefined) missing.push("title: no headline found in the text (leave it out if the source has none)");
  if (fields.outlet === undefined) missing.push("outlet: not found in the text");
  if (fields.published === undefined) {
    missing.push(
      eventDates.length > 0
        ? `published: no publication date stated; dates in the text: ${eventDates.map((d) => d.iso).join(", ")}`
        : "published: no publication date stated",
    );
  }
  if (fields.author === undefined) missing.push("author: not found in the text");
  if (fields.editor === undefined) missing.push("editor: not found in the text");
  if (fields.via === undefined) {
    const named = agenciesNamed(fullText);
    missing.push(`via: no cited source (Sumber:, melansir, dilansir, disitir, mengutip)${named.length > 0 ? `; agencies named in the text: ${named.join(", ")}` : ""}`);
  }
  missing.push("url: not in the text; add the original address if you have it (never guess one)");
  if (body === "") missing.push("body: no article text left after removing site furniture");
  const order = ["title", "outlet", "published", "author", "editor", "via", "url", "body"];
  const rank = (p: string): number => order.indexOf(p.slice(0, p.indexOf(":")));
  const checks = [...missing, ...periksa].map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);

  return {
    fields,
    found,
    body,
    removed,
    subheadings,
    tags: { suggested, onEvent },
    eventDates,
    periksa: checks,
  };
}

/** `Korut Klaim China Ingin...` truncates `Korut Klaim China Ingin Meningkatkan Hubungan`. */
function isTruncationOf(line: string, headline: string): boolean {
  if (!TRUNCATED.test(line)) return false;
  const prefix = line.replace(TRUNCATED, "");
  return prefix.length >= 8 && prefix !== headline && headline.startsWith(prefix);
}

// ---------------------------------------------------------------------------------------------
// output

/** The article file: frontmatter with the fields found (schema order), then the body. */
export function renderArticle(fields: ImportedFields, body: string): string {
  const out = ["---"];
  for (const key of ["title", "outlet", "published", "author", "editor", "via"] as const) {
    const v = fields[key];
    if (v !== undefined) out.push(`${key}: ${yamlString(v)}`);
  }
  if (fields.tags && fields.tags.length > 0) out.push(`tags: [${fields.tags.join(", ")}]`);
  out.push("---");
  return `${out.join("\n")}\n${body}`;
}

/**
 * The article id: `--id` when given, else the outlet slugified (`warta-ekonomi`), else `artikel`,
 * with `-2`, `-3`, … when taken. `index` is the event's own file and never an article id.
 */
export function articleIdFor(outlet: string | undefined, taken: (id: string) => boolean): string {
  const slug = outlet === undefined ? "" : slugify(outlet);
  const base = slug !== "" && idProblem(slug) === null && slug !== "index" ? slug : "artikel";
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The report printed after an import. */
export function formatReport(r: ImportResult, written: string): string {
  const out: string[] = [];
  out.push("Fields found:");
  if (r.found.length === 0) out.push("  (none)");
  for (const f of r.found) out.push(`  ${`${f.field}:`.padEnd(11)} ${f.value}   (line ${f.line}: ${f.evidence})`);
  out.push(`Lines removed (${r.removed.length}):`);
  for (const l of r.removed) out.push(`  line ${l.line} [${l.reason}] ${l.text}`);
  if (r.subheadings.length > 0) {
    out.push(`Subheadings (${r.subheadings.length}):`);
    for (const s of r.subheadings) out.push(`  line ${s.line}: ## ${s.text}`);
  }
  out.push(`Tags suggested (${r.tags.suggested.length}, written to tags:; remove those that do not fit): ${r.tags.suggested.join(", ") || "(none)"}`);
  if (r.tags.onEvent.length > 0) out.push(`  also matched, already on the event (not repeated): ${r.tags.onEvent.join(", ")}`);
  out.push(`Candidate event dates (mentioned in the text, not the publication date):${r.eventDates.length === 0 ? " (none)" : ""}`);
  for (const d of r.eventDates) out.push(`  ${d.iso}   (line ${d.line}: ${d.text})`);
  out.push(`Periksa (to check, ${r.periksa.length}):`);
  for (const p of r.periksa) out.push(`  - ${p}`);
  out.push(`Written: ${written}`);
  return `${out.join("\n")}\n`;
}
