/**
 * Citations on the built seed site (src/site/citations.ts): every article's BibTeX, RIS and CSL-JSON
 * read back with independent parsers to its own fields, unknown fields left out, one COinS span per
 * article, and a formatted citation with the text's fingerprint.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/content/fingerprint.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { SEED_ARTICLES, seedSite, SITE_URL } from "../support/helpers.ts";

type Csl = Record<string, unknown> & { author?: Name[]; editor?: Name[]; issued?: { "date-parts": number[][] } };
type Name = { literal?: string; family?: string; given?: string };
const nameOf = (n: Name | undefined): string | undefined => n?.literal ?? ([n?.given, n?.family].filter(Boolean).join(" ") || undefined);

describe("citations of every article", () => {
  const out = seedSite();
  const { archive } = loadArchive(SEED_ARTICLES);
  if (!archive) throw new Error("the included archive does not load");
  const articles = archive.events.flatMap((e) => e.articles.map((a) => ({ e, a })));

  it.each(articles.map(({ e, a }) => [`${e.id}/${a.id}`, e, a] as const))("%s: CSL-JSON, BibTeX and RIS parse back to its own fields", (_key, e, a) => {
    const base = join(out, "peristiwa", e.id, a.id);
    const siteUrl = `${SITE_URL}/peristiwa/${e.id}/#${a.id}`;
    const day = a.published === undefined ? undefined : a.published.kind === "date" ? a.published : a.published.day;

    // CSL-JSON: every field; an untitled article is described in brackets, never given a title
    const title = a.title ?? `[Berita${a.outlet === undefined ? "" : ` ${a.outlet}`} tanpa judul tentang peristiwa: ${e.title}]`;
    const csl = (JSON.parse(readFileSync(`${base}.csl.json`, "utf8")) as Csl[])[0] ?? {};
    expect(csl.id).toBe(`${e.id}/${a.id}`);
    expect(csl.title).toBe(title);
    expect(csl["container-title"]).toBe(a.outlet);
    expect(nameOf(csl.author?.[0])).toBe(a.author);
    expect(csl.editor).toBeUndefined();
    expect(csl.URL).toBe(a.url);
    expect(csl.archive_location).toBe(siteUrl);
    expect(csl.issued?.["date-parts"][0]).toEqual(day && [day.year, day.month, day.day]);

    // BibTeX, read by an independent parser (the one Better BibTeX for Zotero uses)
    const { entries, errors } = parseBibtex(readFileSync(`${base}.bib`, "utf8"));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.key).toBe(`${e.id}/${a.id}`);
    const f = (entries[0]?.fields ?? {}) as Record<string, unknown>;
    const bibName = (v: unknown): string | undefined =>
      (v as { name?: string; lastName?: string; firstName?: string }[] | undefined)?.map(
        (n) => n.name ?? [n.firstName, n.lastName].filter(Boolean).join(" "),
      )[0];
    expect(f.title).toBe(title);
    expect(f.journal).toBe(a.outlet);
    expect(bibName(f.author)).toBe(a.author);
    expect(f.editor).toBeUndefined();
    expect(f.langid).toBe("id");
    expect(f.url).toBe(a.url);
    expect(f.note).toBe(`Diarsipkan di Arsip Berita China–Korea Utara: ${siteUrl}`);
    expect(f.year).toBe(day && String(day.year));

    // RIS, read by an independent parser (astrocite), and its name and date tags as Zotero reads them
    const ris = readFileSync(`${base}.ris`, "utf8");
    const [item] = parseRis(ris) as Csl[];
    expect(item?.type).toBe("article-newspaper");
    expect(item?.title).toBe(title);
    expect(item?.["container-title"]).toBe(a.outlet);
    expect(item?.URL).toBe(a.url);
    const tag = (t: string): string | undefined => new RegExp(`^${t}  - (.*)$`, "m").exec(ris)?.[1];
    expect(tag("ID")).toBe(`${e.id}/${a.id}`);
    expect(tag("AU")).toBe(a.author);
    expect(tag("A2")).toBeUndefined();
    expect(tag("DA")).toBe(day && `${day.year}/${String(day.month).padStart(2, "0")}/${String(day.day).padStart(2, "0")}`);
    expect(tag("AV")).toBe(siteUrl);
    // every line is a tag: no value is broken over lines
    expect(
      ris
        .trimEnd()
        .split("\n")
        .every((l) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(l)),
    ).toBe(true);
  });

  it("leaves out what the source does not state: the 2021 Kontan article has no author, editor or date anywhere, and a description for its missing headline", () => {
    const base = join(out, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/kontan");
    expect(readFileSync(`${base}.bib`, "utf8")).not.toMatch(/^\s*(author|editor|year|date)\s*=/m);
    expect(readFileSync(`${base}.bib`, "utf8")).toMatch(/^\s*title = \{\[Berita Kontan tanpa judul tentang peristiwa: /m);
    expect(readFileSync(`${base}.ris`, "utf8")).not.toMatch(/^(AU|A1|A2|PY|Y1|DA) {2}- /m);
    expect(Object.keys((JSON.parse(readFileSync(`${base}.csl.json`, "utf8")) as Csl[])[0] ?? {})).not.toEqual(
      expect.arrayContaining(["author", "editor", "issued"]),
    );
  });

  it("gives every citation an id and a key of its own, the same in every format", () => {
    const ids = articles.map(({ e, a }) => {
      const base = join(out, "peristiwa", e.id, a.id);
      const ris = /^ID {2}- (.*)$/m.exec(readFileSync(`${base}.ris`, "utf8"))?.[1];
      const bib = /^@article\{([^,]+),/.exec(readFileSync(`${base}.bib`, "utf8"))?.[1];
      const csl = ((JSON.parse(readFileSync(`${base}.csl.json`, "utf8")) as Csl[])[0] ?? {}).id;
      expect([ris, bib, csl]).toEqual([`${e.id}/${a.id}`, `${e.id}/${a.id}`, `${e.id}/${a.id}`]);
      return ris;
    });
    expect(new Set(ids).size).toBe(articles.length);
  });

  it("puts one COinS span per article on its event page, APA and Chicago references, the fingerprint and the download links", () => {
    for (const e of archive.events) {
      const doc = parseDocument(readFileSync(join(out, "peristiwa", e.id, "index.html"), "utf8"));
      const spans = DomUtils.findAll((n) => n.name === "span" && n.attribs.class === "Z3988", doc.children);
      expect(spans, e.id).toHaveLength(e.articles.length);
      for (const [i, a] of e.articles.entries()) {
        const kev = new URLSearchParams(spans[i]?.attribs.title ?? "");
        expect(kev.get("ctx_ver")).toBe("Z39.88-2004");
        // the same item as the files: an untitled article's description in brackets
        expect(kev.get("rft.atitle")).toBe(a.title ?? `[Berita${a.outlet === undefined ? "" : ` ${a.outlet}`} tanpa judul tentang peristiwa: ${e.title}]`);
        expect(kev.get("rft.jtitle") ?? undefined).toBe(a.outlet);
        expect(kev.get("rft.au") ?? undefined).toBe(a.author);
        // no address the source did not give
        expect(kev.get("rft_id") ?? undefined).toBe(a.url);
        const block = DomUtils.findOne((n) => n.name === "article" && n.attribs.id === a.id, doc.children);
        const text = DomUtils.textContent(DomUtils.findOne((n) => n.attribs.class === "cite-article", block?.children ?? []) ?? doc);
        expect(text).toContain(`Sidik jari teks (SHA-256): ${fingerprint(a.body)}`);
        // the references a CSL processor wrote from the same item: APA names the archive, Chicago its copy's address too
        const refs = DomUtils.findAll((n) => n.name === "dd" && n.attribs.class === "cite-text", block?.children ?? []).map((n) => DomUtils.textContent(n));
        expect(text).toContain("APA 7");
        expect(text).toContain("Chicago (catatan dan bibliografi)");
        expect(refs).toHaveLength(2);
        expect(refs[0]).toContain("Arsip Berita China–Korea Utara.");
        expect(refs[1]).toContain(`${SITE_URL}/peristiwa/${e.id}/#${a.id}. Arsip Berita China–Korea Utara.`);
        for (const r of refs) {
          expect(r).toContain(a.title ?? "tanpa judul tentang peristiwa");
          if (a.editor !== undefined) expect(r).not.toContain(a.editor);
        }
        const links = DomUtils.findAll((n) => n.name === "a" && "download" in n.attribs, block?.children ?? []).map((n) => n.attribs.href);
        expect(links).toEqual([`/peristiwa/${e.id}/${a.id}.bib`, `/peristiwa/${e.id}/${a.id}.ris`, `/peristiwa/${e.id}/${a.id}.csl.json`]);
      }
    }
  });
});
