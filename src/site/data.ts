/**
 * The archive as data, built with the site: `/data/arsip.json` (every published event and article,
 * with its text as markdown and as plain text), `/data/artikel.csv` (one row per article, no text),
 * `/data/manifest.json` (every article's fingerprint) and the JSON Schema of arsip.json. Drafts
 * are not in the Archive, so they never appear. Pure: files for the build to write as they are.
 */
import { ARTICLE_TABLE, EVENT_TABLE, exportCells, exportedFields, exportValues, type FieldTable } from "../content/fields.ts";
import { articleFingerprint, FINGERPRINT_ALGORITHM } from "../content/fingerprint.ts";
import type { Archive, Article, Event, TagRef } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { ARCHIVE_SCHEMA, DATA_VERSION } from "./data-schema.ts";
import { plainText } from "./markdown.ts";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { isBytes } from "../lib/shape.ts";
import { absoluteUrl, articleUrl, DATA_PATHS, eventUrl, SECTIONS } from "../lib/routes.ts";
import { plainFile, type PlainFile } from "./views.ts";

const tagData = (t: TagRef) => ({ id: t.id, label: t.label, kind: t.kind });

/** plainText, from the cache when the same body was turned into text before. */
function cachedPlainText(cache: Cache): (body: string) => string {
  return (body) => {
    // kept as UTF-8: half the size of a string with a curly quote in it, which V8 stores as UTF-16
    const bytes = cached(cache, contentKey("plain-text", body), () => Buffer.from(plainText(body), "utf8"), isBytes);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  };
}

/** One article as arsip.json holds it; `text` turns its markdown into plain text. */
export function articleData(site: SiteConfig, e: Event, a: Article, text: (body: string) => string = plainText) {
  return {
    id: a.id,
    siteUrl: absoluteUrl(site, articleUrl(e.id, a.id)),
    ...exportValues(ARTICLE_TABLE, a),
    // the agency its `via` names, where kantor-berita.yaml lists it
    ...(a.agency && { agency: { id: a.agency.id, label: a.agency.label, kind: a.agency.kind } }),
    tags: a.tags.map(tagData),
    known: recordKnown(a),
    sha256: articleFingerprint(a),
    markdown: a.body,
    text: text(a.body),
  };
}

/**
 * How complete an article's record is: whether its original address is known, and how much of its
 * publication time (a date and time, the date alone, or nothing).
 */
export function recordKnown(a: Article): { url: boolean; published: "datetime" | "date" | "none" } {
  return { url: a.url !== undefined, published: a.published === undefined ? "none" : a.published.kind };
}

/** The four data files, in the order of DATA_PATHS; `cache` keeps each body's plain text between runs. */
export function dataFiles(archive: Archive, site: SiteConfig, cache: Cache = NO_CACHE): PlainFile[] {
  const text = cachedPlainText(cache);
  const head = {
    schema: { version: DATA_VERSION, url: absoluteUrl(site, DATA_PATHS.schema) },
    site: { title: site.title, url: absoluteUrl(site, SECTIONS.home) },
    counts: { events: archive.events.length, articles: archive.articleCount },
  };
  const eventData = (e: Event) => ({
    id: e.id,
    siteUrl: absoluteUrl(site, eventUrl(e.id)),
    ...exportValues(EVENT_TABLE, e),
    tags: e.tags.map(tagData),
    background: { markdown: e.body, text: text(e.body) },
    articles: e.articles.map((a) => articleData(site, e, a, text)),
  });
  return [
    // made an event at a time: at 30,000 articles the whole text is 320 MB
    plainFile(DATA_PATHS.json, () => jsonInParts(head, "events", archive.events, eventData)),
    plainFile(DATA_PATHS.schema, () => `${JSON.stringify(ARCHIVE_SCHEMA, null, 1)}\n`),
    plainFile(DATA_PATHS.csv, () => articlesCsv(archive, site)),
    plainFile(DATA_PATHS.manifest, () => `${JSON.stringify(manifest(archive), null, 1)}\n`),
  ];
}

/**
 * `JSON.stringify({ ...head, [key]: items.map(item) }, null, 1)` and a line end, byte for byte, in
 * pieces: the head, then each item of the array (the last key) on its own.
 */
export function* jsonInParts<T>(head: object, key: string, items: readonly T[], item: (value: T) => unknown): Generator<string> {
  const opening = JSON.stringify(head, null, 1);
  // the head without its closing brace, then the array under `key`, each item indented as a value two levels down
  yield `${opening === "{}" ? "{" : `${opening.slice(0, -2)},`}\n ${JSON.stringify(key)}: [`;
  if (items.length === 0) {
    yield "]\n}\n";
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const text = JSON.stringify(item(items[i] as T), null, 1) ?? "null";
    yield `${i === 0 ? "" : ","}\n  ${text.replaceAll("\n", "\n  ")}`;
  }
  yield "\n ]\n}\n";
}

/** Every article's fingerprint, sorted by event and article id: what `npm run verify` checks a built site against. */
export function manifest(archive: Archive) {
  return {
    version: DATA_VERSION,
    algorithm: FINGERPRINT_ALGORITHM,
    fingerprint: "SHA-256 of the article's body (after the frontmatter's closing ---), UTF-8, LF line ends, Unicode NFC",
    articles: archive.events
      .flatMap((e) => e.articles.map((a) => ({ event: e.id, article: a.id, sha256: articleFingerprint(a) })))
      .sort((x, y) => x.event.localeCompare(y.event, "en") || x.article.localeCompare(y.article, "en")),
  };
}

/**
 * The columns of artikel.csv: the event and the article, each exported article field (fields.ts) of
 * data version 1.0, its tags and fingerprint, the event's tags (1.1), then what later versions added,
 * each after the columns before it, so that a reader going by column position still finds every
 * earlier column where it was: the fields added since (their `since`), the agency `via` names and its kind (1.2).
 */
export const csvColumns = (articleTable: FieldTable): string[] => {
  const fields = exportedFields(articleTable);
  const added = (name: string): boolean => articleTable[name]?.export?.since !== undefined;
  return [
    "event_id",
    "event_date",
    "event_title",
    "article_id",
    "site_url",
    ...fields.filter((f) => !added(f)),
    "tags",
    "sha256",
    "event_tags",
    ...fields.filter(added),
    "agency_id",
    "agency_kind",
  ];
};
export const CSV_COLUMNS = csvColumns(ARTICLE_TABLE);

/**
 * RFC 4180: CRLF line ends, every field quoted, quotes doubled. A cell that a spreadsheet would run
 * as a formula (starting with = + - @ or a tab) gets a leading apostrophe, as OWASP advises; the
 * JSON keeps the exact text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function articlesCsv(archive: Archive, site: SiteConfig): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of archive.events) {
    for (const a of e.articles) {
      const cells: Record<string, string> = {
        event_id: e.id,
        event_date: e.date.iso,
        event_title: e.title,
        article_id: a.id,
        site_url: absoluteUrl(site, articleUrl(e.id, a.id)),
        ...exportCells(ARTICLE_TABLE, a),
        tags: a.tags.map((t) => t.id).join(";"),
        sha256: articleFingerprint(a),
        event_tags: e.tags.map((t) => t.id).join(";"),
        agency_id: a.agency?.id ?? "",
        agency_kind: a.agency?.kind ?? "",
      };
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ""));
    }
  }
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
