/**
 * Citations of each article, for reference managers and for readers: CSL-JSON, BibTeX and RIS made
 * by citation-js from one CSL item, a formatted citation in Indonesian, and a COinS span that Zotero
 * and other tools pick up from the page. Only what the source states goes in: a field the article
 * does not have (headline, author, date, original address) is left out, never filled in. Names are
 * kept whole (`literal`): Indonesian names have no family name to split off.
 */
import { Cite } from "@citation-js/core";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatLong, statedDay } from "../content/dates.ts";
import { ARTICLE_TABLE, cslValues } from "../content/fields.ts";
import { articleFingerprint } from "../content/fingerprint.ts";
import type { Archive, Article, Event } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { absoluteUrl, articleUrl, eventUrl } from "../lib/routes.ts";

/** The order of an item's field values (the order of CslItem below): citation files list them so. */
const CSL_KEYS = ["title", "container-title", "author", "editor", "issued", "URL"] as const;

export interface CslItem {
  id: string;
  type: "article-newspaper";
  title?: string;
  "container-title"?: string;
  author?: { literal: string }[];
  editor?: { literal: string }[];
  issued?: { "date-parts": [[number, number, number]] };
  /** the original address, only where the article has one */
  URL?: string;
  language: string;
  archive: string;
  archive_location: string;
  /** where this archive keeps it: `Diarsipkan di …: https://…` */
  note: string;
}

/** Where an article's citation files are, root-relative. */
export function citationPaths(e: Event, a: Article): { bib: string; ris: string; csl: string } {
  const base = `${eventUrl(e.id)}${a.id}`;
  return { bib: `${base}.bib`, ris: `${base}.ris`, csl: `${base}.csl.json` };
}

export function cslItem(site: SiteConfig, e: Event, a: Article): CslItem {
  const siteUrl = absoluteUrl(site, articleUrl(e.id, a.id));
  // each field's part of the item comes from the field table (the original address only where the
  // article names it: the copy here is where it is archived, not its address), in the order of CSL_KEYS
  const fields = cslValues(ARTICLE_TABLE, a);
  const item: Record<string, unknown> = { id: `${e.id}/${a.id}`, type: "article-newspaper" };
  for (const key of CSL_KEYS) if (fields[key] !== undefined) item[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in item)) item[key] = fields[key];
  return {
    ...(item as Omit<CslItem, "language" | "archive" | "archive_location" | "note">),
    language: a.language,
    archive: site.title,
    archive_location: siteUrl,
    note: `Diarsipkan di ${site.title}: ${siteUrl}`,
  };
}

/**
 * The citation files of one article: CSL-JSON, BibTeX and RIS. RIS uses the "old" tag set (A1, A2,
 * Y1: the one whose news type keeps authors and full dates in citation-js 0.8); citation-js breaks
 * RIS values every 70 characters, which splits addresses for readers that take each line as a
 * field, so its continuation lines are joined back (the value is restored exactly).
 */
export function citationFormats(item: CslItem): { csl: string; bib: string; ris: string } {
  return {
    csl: `${JSON.stringify([item], null, 1)}\n`,
    bib: new Cite(bibtexSafe(item)).format("bibtex", { format: "text" }),
    // RIS keeps the archive copy in AV (archive_location); citation-js would put the note in AB, the abstract
    ris: `${unwrapRis(new Cite({ ...item, note: undefined }).format("ris", { type: "string", spec: "old" })).trimEnd()}\n`,
  };
}

/**
 * citation-js escapes titles for BibTeX but writes a whole (`literal`) name as it is, inside `{{…}}`:
 * a brace or backslash in a name would end the field. They are escaped here (`\{`, `\}`,
 * `\textbackslash{}`), which BibTeX readers turn back into the characters.
 */
function bibtexSafe(item: CslItem): CslItem {
  const esc = (names: { literal: string }[] | undefined) =>
    names?.map((n) => ({ literal: n.literal.replace(/[\\{}]/g, (c) => (c === "\\" ? "\\textbackslash{}" : `\\${c}`)) }));
  const author = esc(item.author);
  const editor = esc(item.editor);
  return { ...item, ...(author && { author }), ...(editor && { editor }) };
}

/** citation-js breaks every RIS value after each 70 characters (`replace(/(.{70})/g, "$1\\n")`). */
const RIS_WRAP = 70;
const RIS_TAG = "XX  - ".length;

/**
 * RIS with every field on one line again. The breaks are undone by length, never by what a line
 * looks like: after a line holding a full 70 characters of value, the next line always continues
 * it (even one that reads like `A1  - …`: that is text of the value, not a field).
 */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  let full = false;
  for (const line of ris.split("\n")) {
    const last = out.length - 1;
    if (full && last >= 0) {
      out[last] += line;
      full = line.length === RIS_WRAP;
    } else {
      out.push(line);
      full = line.length - RIS_TAG === RIS_WRAP;
    }
  }
  return out.join("\n");
}

/** `Penulis. “Judul.” Kontan, Senin, 22 Maret 2021. https://…. Diarsipkan di Arsip …: https://…` (known parts only). */
export function citationText(site: SiteConfig, e: Event, a: Article): string {
  const day = a.published && statedDay(a.published);
  const siteUrl = absoluteUrl(site, articleUrl(e.id, a.id));
  const parts = [
    a.author,
    a.title === undefined ? undefined : `“${a.title}.”`,
    [a.outlet, day && formatLong(day)].filter(Boolean).join(", ") || undefined,
    a.url,
    `Diarsipkan di ${site.title}: ${siteUrl}`,
  ].filter((p): p is string => p !== undefined && p !== "");
  return `${parts.map((p) => (/[.”]$/.test(p) ? p : `${p}.`)).join(" ")}`;
}

/** The COinS (OpenURL 1.0 KEV) of an article: what Zotero reads from `<span class="Z3988" title="…">`. */
export function coins(item: CslItem): string {
  const kev: [string, string][] = [
    ["ctx_ver", "Z39.88-2004"],
    ["rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"],
    ["rft.genre", "article"],
  ];
  if (item.title !== undefined) kev.push(["rft.atitle", item.title]);
  if (item["container-title"] !== undefined) kev.push(["rft.jtitle", item["container-title"]]);
  const d = item.issued?.["date-parts"][0];
  if (d) kev.push(["rft.date", `${d[0]}-${String(d[1]).padStart(2, "0")}-${String(d[2]).padStart(2, "0")}`]);
  for (const a of item.author ?? []) kev.push(["rft.au", a.literal]);
  if (item.URL !== undefined) kev.push(["rft_id", item.URL]);
  return kev.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}

/** What an article's citation block shows. */
export interface ArticleCitation {
  text: string;
  bib: string;
  ris: string;
  csl: string;
  coins: string;
  sha256: string;
}

export function articleCitation(site: SiteConfig, e: Event, a: Article): ArticleCitation {
  return { text: citationText(site, e, a), ...citationPaths(e, a), coins: coins(cslItem(site, e, a)), sha256: articleFingerprint(a) };
}

/** citationFormats, from the cache when the same item was formatted before (citation-js is the slow part of a build's data files). */
function cachedFormats(item: CslItem, cache: Cache): { csl: string; bib: string; ris: string } {
  return cached(cache, contentKey("citation", JSON.stringify([item], null, 1)), () => citationFormats(item));
}

/** Every citation file of the archive, for the build to write; `cache` keeps each article's formatted citations between runs. */
export function citationFiles(archive: Archive, site: SiteConfig, cache: Cache = NO_CACHE): { path: string; content: string }[] {
  return archive.events.flatMap((e) =>
    e.articles.flatMap((a) => {
      const paths = citationPaths(e, a);
      const formats = cachedFormats(cslItem(site, e, a), cache);
      return [
        { path: paths.csl, content: formats.csl },
        { path: paths.bib, content: formats.bib },
        { path: paths.ris, content: formats.ris },
      ];
    }),
  );
}
