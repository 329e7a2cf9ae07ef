/**
 * Citations of each article, for reference managers and for readers: CSL-JSON, BibTeX and RIS from
 * one CSL item, ready-to-copy APA and Chicago references written from it by a CSL processor
 * (references.ts), and a COinS span that Zotero and other tools pick
 * up from the page. The item is a news article as a librarian would describe it: the outlet is the
 * container; the author only where the source names one (the outlet's desk editor is not an author
 * or a book's editor, and is left out); an article without a headline gets a description in square
 * brackets, never a borrowed title; the date is the day the source printed, where known; the
 * language is given; the original address only where the article names it, and this archive's copy
 * in the fields for an archive. Names are kept whole (`literal`): Indonesian names have no family
 * name to split off. Ids and keys are the event's and the article's ids, whole: unique and stable.
 */
import { lightly } from "../lib/lightly.ts";
import { fingerprintOf } from "./page-list.ts";
import { plainFile, type PlainFile } from "./views.ts";
import { ARTICLE_TABLE, cslValues } from "../content/fields.ts";
import { machineDate } from "../content/dates.ts";
import { articleFingerprint } from "../content/fingerprint.ts";
import type { Archive, Article, Event } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { absoluteUrl, articleUrl, eventUrl } from "../lib/routes.ts";
import { NO_CACHE, type Cache } from "../lib/cache.ts";
import { references, REFERENCE_STYLES } from "./references.ts";

/** The order of an item's field values (the order of CslItem below): citation files list them so. */
const CSL_KEYS = ["title", "container-title", "author", "issued", "URL"] as const;

export interface CslItem {
  id: string;
  type: "article-newspaper";
  title?: string;
  "container-title"?: string;
  author?: { literal: string }[];
  issued?: { "date-parts": [[number, number, number]] };
  /** the original address, only where the article has one */
  URL?: string;
  language: string;
  archive: string;
  archive_location: string;
  /** the archived copy of the original, where the editor gave one, then where this archive keeps it: `Diarsipkan di …: https://…` */
  note: string;
}

/**
 * What an article printed without a headline is called in a reference: a description in square
 * brackets (APA's convention), in Indonesian, naming the outlet and the event, never a borrowed title.
 */
export function untitled(e: Event, a: Article): string {
  return `[Berita${a.outlet === undefined ? "" : ` ${a.outlet}`} tanpa judul tentang peristiwa: ${e.title}]`;
}

/** The archived copy of the original the editor gave, as the note names it first: `Salinan arsip tautan asli (2021-03-23): https://…. ` */
function archivedCopyNote(a: Article): string {
  if (a.archive_url === undefined || a.archive_date === undefined) return "";
  return `Salinan arsip tautan asli (${machineDate(a.archive_date)}): ${a.archive_url}. `;
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
  const fields: Record<string, unknown> = { title: untitled(e, a), ...cslValues(ARTICLE_TABLE, a) };
  const item: Record<string, unknown> = { id: `${e.id}/${a.id}`, type: "article-newspaper" };
  for (const key of CSL_KEYS) if (fields[key] !== undefined) item[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in item)) item[key] = fields[key];
  return {
    ...(item as Omit<CslItem, "language" | "archive" | "archive_location" | "note">),
    language: a.language,
    archive: site.title,
    archive_location: siteUrl,
    note: `${archivedCopyNote(a)}Diarsipkan di ${site.title}: ${siteUrl}`,
  };
}

/**
 * The citation files of one article, written here from the CSL item (no library: each format is a
 * few lines, and every value is escaped as its format needs): CSL-JSON as it is; BibTeX with the
 * item's id as its key, a newspaper article (`entrysubtype`), `langid` (so that styles do not
 * title-case Indonesian), the day as `date` and as `year`/`month`, and this archive's copy in
 * `note` (BibTeX has no field for an archived copy); RIS with the whole id, one field per line, the
 * copy in AV (Zotero's "Loc. in Archive").
 */
export function citationFormats(item: CslItem): { csl: string; bib: string; ris: string } {
  return { csl: `${JSON.stringify([item], null, 1)}\n`, bib: bibtex(item), ris: ris(item) };
}

/**
 * BibTeX's special characters written so that a reader gets them back as text. Braces that pair up
 * in order become `\\{` and `\\}` (which pandoc and biber print as braces); when they do not,
 * `\\textbraceleft{}` and `\\textbraceright{}`: classic BibTeX counts braces even after a backslash,
 * and an unpaired one would leave the entry open.
 */
export function bibtexText(value: string): string {
  let depth = 0;
  let paired = true;
  for (const c of value) {
    if (c === "{") depth++;
    else if (c === "}" && --depth < 0) paired = false;
  }
  paired &&= depth === 0;
  const named: Record<string, string> = {
    "\\": "textbackslash",
    "^": "textasciicircum",
    "~": "textasciitilde",
    ...(!paired && { "{": "textbraceleft", "}": "textbraceright" }),
  };
  return value.replace(/[\\{}%&$#_^~]/g, (c) => (named[c] === undefined ? `\\${c}` : `\\${named[c]}{}`));
}

/** An address inside a BibTeX field: braces and backslashes percent-encoded (the same address), nothing else touched. */
const bibtexUrl = (url: string): string => url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function bibtex(item: CslItem): string {
  const d = item.issued?.["date-parts"][0];
  const fields: [string, string][] = [];
  if (item.title !== undefined) fields.push(["title", bibtexText(item.title)]);
  // a name given whole, in braces: Indonesian names have no family name to split off
  for (const a of item.author ?? []) fields.push(["author", `{${bibtexText(a.literal)}}`]);
  // a newspaper article (biblatex's entrysubtype; BibTeX readers see an article in `journal`)
  if (item["container-title"] !== undefined) fields.push(["journal", bibtexText(item["container-title"])]);
  fields.push(["entrysubtype", "newspaper"]);
  if (d) fields.push(["date", isoDay(d)], ["year", String(d[0])], ["month", String(d[1])]);
  if (item.URL !== undefined) fields.push(["url", bibtexUrl(item.URL)]);
  // the language as its BCP 47 code, as in the CSL item: pandoc hands langid to the style as the item's
  // language, and takes a babel name such as "indonesian" for English, title-casing an Indonesian title
  fields.push(["langid", item.language], ["note", bibtexText(item.note)]);
  return `@article{${item.id},\n${fields.map(([k, v]) => `\t${k} = {${v}},`).join("\n")}\n}\n`;
}

function ris(item: CslItem): string {
  const d = item.issued?.["date-parts"][0];
  const tags: [string, string][] = [
    ["TY", "NEWS"],
    ["ID", item.id],
  ];
  if (item.title !== undefined) tags.push(["TI", item.title]);
  for (const a of item.author ?? []) tags.push(["AU", a.literal]);
  if (item["container-title"] !== undefined) tags.push(["T2", item["container-title"]]);
  if (d) tags.push(["PY", String(d[0])], ["DA", isoDay(d).replace(/-/g, "/")]);
  if (item.URL !== undefined) tags.push(["UR", item.URL]);
  tags.push(["LA", item.language], ["AV", item.archive_location], ["N1", item.note], ["ER", ""]);
  return `${tags.map(([t, v]) => `${t}  - ${v}`.trimEnd()).join("\n")}\n`;
}

const isoDay = (d: readonly [number, number, number]): string => `${d[0]}-${String(d[1]).padStart(2, "0")}-${String(d[2]).padStart(2, "0")}`;

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
  /** the reference in each style of REFERENCE_STYLES, as HTML the processor wrote (references.ts) */
  references: { style: string; html: string }[];
  bib: string;
  ris: string;
  csl: string;
  coins: string;
  sha256: string;
}

export function articleCitation(site: SiteConfig, e: Event, a: Article, cache: Cache = NO_CACHE): ArticleCitation {
  const item = cslItem(site, e, a);
  const plain = { ...citationPaths(e, a), coins: coins(item), sha256: articleFingerprint(a) };
  // the references are written when a page is rendered, not when the site data is made: a build
  // renders only the pages that changed, and `npm run verify` none; as JSON (a page's fingerprint),
  // the item they are written from stands for them
  let written: ArticleCitation["references"] | undefined;
  return Object.defineProperties(
    { ...plain },
    {
      references: {
        enumerable: true,
        get: () => {
          if (written === undefined) {
            const html = references(item, cache);
            written = REFERENCE_STYLES.map((s) => ({ style: s.label, html: html[s.key] }));
          }
          return written;
        },
      },
      toJSON: { enumerable: false, value: () => ({ ...plain, referencesFrom: item }) },
    },
  ) as ArticleCitation;
}

/** Every citation file of the archive, for the build to write. */
export function citationFiles(archive: Archive, site: SiteConfig): PlainFile[] {
  return archive.events.flatMap((e) =>
    e.articles.flatMap((a) => {
      const paths = citationPaths(e, a);
      // made when the files are written, once for the three
      const item = lightly(() => cslItem(site, e, a));
      const formats = lightly(() => citationFormats(item()));
      // each is made from the article's CSL item alone: its fingerprint (made once for the three) is
      // their key, so that an unchanged article's files are kept without making them
      let itemKey: string | undefined;
      const key = (): string => (itemKey ??= fingerprintOf(item()));
      return [plainFile(paths.csl, () => formats().csl, key), plainFile(paths.bib, () => formats().bib, key), plainFile(paths.ris, () => formats().ris, key)];
    }),
  );
}
