/**
 * Citations of each article, for reference managers and for readers: CSL-JSON, BibTeX and RIS made
 * by citation-js from one CSL item, a formatted citation in Indonesian, and a COinS span that Zotero
 * and other tools pick up from the page. Only what the source states goes in: a field the article
 * does not have (headline, author, date, original address) is left out, never filled in. Names are
 * kept whole (`literal`): Indonesian names have no family name to split off.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatLong } from "../content/dates.ts";
import { fingerprint } from "../content/fingerprint.ts";
import type { Archive, Article, Event } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { absoluteUrl, eventUrl } from "./urls.ts";

export interface CslItem {
  id: string;
  type: "article-newspaper";
  title?: string;
  "container-title"?: string;
  author?: { literal: string }[];
  editor?: { literal: string }[];
  issued?: { "date-parts": [[number, number, number]] };
  URL: string;
  language: string;
  archive: string;
  archive_location: string;
}

/** Where an article's citation files are, root-relative. */
export function citationPaths(e: Event, a: Article): { bib: string; ris: string; csl: string } {
  const base = `${eventUrl(e.id)}${a.id}`;
  return { bib: `${base}.bib`, ris: `${base}.ris`, csl: `${base}.csl.json` };
}

export function cslItem(site: SiteConfig, e: Event, a: Article): CslItem {
  const siteUrl = `${absoluteUrl(site, eventUrl(e.id))}#${a.id}`;
  const day = a.published === undefined ? undefined : a.published.kind === "date" ? a.published : a.published.day;
  return {
    id: `${e.id}/${a.id}`,
    type: "article-newspaper",
    ...(a.title !== undefined && { title: a.title }),
    ...(a.outlet !== undefined && { "container-title": a.outlet }),
    ...(a.author !== undefined && { author: [{ literal: a.author }] }),
    ...(a.editor !== undefined && { editor: [{ literal: a.editor }] }),
    ...(day !== undefined && { issued: { "date-parts": [[day.year, day.month, day.day]] } }),
    // the original where known, else the copy in this archive: a real address either way
    URL: a.url ?? siteUrl,
    language: a.language,
    archive: site.title,
    archive_location: siteUrl,
  };
}

/**
 * The citation files of one article: CSL-JSON, BibTeX and RIS. RIS uses the "old" tag set (A1, A2,
 * Y1: the one whose news type keeps authors and full dates in citation-js 0.8); citation-js breaks
 * RIS values every 70 characters, which splits addresses for readers that take each line as a
 * field, so its continuation lines are joined back (the value is restored exactly).
 */
export function citationFormats(item: CslItem): { csl: string; bib: string; ris: string } {
  const cite = new Cite(item);
  return {
    csl: `${JSON.stringify([item], null, 1)}\n`,
    bib: cite.format("bibtex", { format: "text" }),
    ris: `${unwrapRis(cite.format("ris", { type: "string", spec: "old" })).trimEnd()}\n`,
  };
}

/** RIS with every field on one line: a line that does not start with a tag (`XX  - `) continues the one above. */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split("\n")) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  return out.join("\n");
}

/** `Penulis. “Judul.” Kontan, Senin, 22 Maret 2021. https://…. Diarsipkan di Arsip …: https://…` (known parts only). */
export function citationText(site: SiteConfig, e: Event, a: Article): string {
  const day = a.published === undefined ? undefined : a.published.kind === "date" ? a.published : a.published.day;
  const siteUrl = `${absoluteUrl(site, eventUrl(e.id))}#${a.id}`;
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
  kev.push(["rft_id", item.URL]);
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
  return { text: citationText(site, e, a), ...citationPaths(e, a), coins: coins(cslItem(site, e, a)), sha256: fingerprint(a.body) };
}

/** Every citation file of the archive, for the build to write. */
export function citationFiles(archive: Archive, site: SiteConfig): { path: string; content: string }[] {
  return archive.events.flatMap((e) =>
    e.articles.flatMap((a) => {
      const paths = citationPaths(e, a);
      const formats = citationFormats(cslItem(site, e, a));
      return [
        { path: paths.csl, content: formats.csl },
        { path: paths.bib, content: formats.bib },
        { path: paths.ris, content: formats.ris },
      ];
    }),
  );
}
