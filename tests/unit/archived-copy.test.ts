/** An article's archived copy (archive_url, archive_date): validated together with the original address, warned about when missing, carried by the page, the citations and the data. */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { ARTICLE_TABLE, exportValues } from "../../src/content/fields.ts";
import { withoutArchivedCopy } from "../../src/editor/warnings.ts";
import { articleView } from "../../src/site/cards.ts";
import { articleCitation, citationFormats } from "../../src/site/citations.ts";
import { siteConfig } from "../../src/site/config.ts";
import { newsArticleLd } from "../../src/site/seo.ts";
import { articleItem, en, FIXTURE_TAGS, makeArchive, VALID_EVENT } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });
const ORIGINAL = "https://www.kontan.co.id/news/kim-xi";
const COPY = "https://web.archive.org/web/20210323081500/https://www.kontan.co.id/news/kim-xi";
const ARCHIVED = `---\noutlet: Kontan\nurl: ${ORIGINAL}\narchive_url: ${COPY}\narchive_date: 2021-03-23T08:15:00+00:00\n---\nIsi.\n`;

function load(article: string) {
  const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/a.md": article });
  return loadArchive(articles);
}

describe("an archived copy of the original", () => {
  it("is read with its address and capture date as given", () => {
    const { archive, problems } = load(ARCHIVED);
    expect(problems).toEqual([]);
    const a = archive?.events[0]?.articles[0];
    expect(a?.archive_url).toBe(COPY);
    expect(exportValues(ARTICLE_TABLE, a ?? {})).toMatchObject({ url: ORIGINAL, archive_url: COPY, archive_date: "2021-03-23T08:15:00Z" });
  });

  it.each([
    [
      "an address without its date",
      `---\nurl: ${ORIGINAL}\narchive_url: ${COPY}\n---\nIsi.\n`,
      3,
      "archive_date",
      /archive_url is given but archive_date is not/,
    ],
    [
      "a date without its address",
      `---\nurl: ${ORIGINAL}\narchive_date: 2021-03-23\n---\nIsi.\n`,
      3,
      "archive_url",
      /archive_date is given but archive_url is not/,
    ],
    [
      "a copy of no original address",
      `---\narchive_url: ${COPY}\narchive_date: 2021-03-23\n---\nIsi.\n`,
      2,
      "url",
      /archive_url is given but url \(the original address\) is not/,
    ],
  ])("refuses %s, naming the file, the line and the field to fill in", (_name, text, line, field, said) => {
    const { archive, problems } = load(text);
    expect(archive).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "articles/e/a.md", line, field });
    expect(en(problems[0])).toMatch(said);
  });

  it("refuses a capture date that is no date, and an address that is not http(s)", () => {
    const notADate = load(ARCHIVED.replace("2021-03-23T08:15:00+00:00", "kemarin"));
    expect(notADate.archive).toBeUndefined();
    expect(notADate.problems.map((p) => [p.field, p.line])).toEqual([["archive_date", 5]]);
    const notHttp = load(ARCHIVED.replace(COPY, "javascript:alert(1)"));
    expect(notHttp.archive).toBeUndefined();
    expect(notHttp.problems.map((p) => [p.field, p.line, en(p)])).toEqual([["archive_url", 4, 'only http and https addresses are allowed, not "javascript:"']]);
  });

  it("check warns for an article with an original address and no archived copy, on its url line; not with one, nor without an address", () => {
    const without = load(`---\noutlet: Kontan\nurl: ${ORIGINAL}\n---\nIsi.\n`).archive;
    if (!without) throw new Error("not loaded");
    const found = withoutArchivedCopy(without, { tagsFile: "articles/tags.yaml", lineOf: (_f, path) => (path[0] === "url" ? 3 : undefined) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", file: "articles/e/a.md", line: 3, field: "archive_url" });
    expect(en(found[0])).toMatch(/original address but no archived copy.*archive_url and archive_date/);
    const withCopy = load(ARCHIVED).archive;
    const noUrl = load("---\noutlet: Kontan\n---\nIsi.\n").archive;
    if (!withCopy || !noUrl) throw new Error("not loaded");
    expect(withoutArchivedCopy(withCopy, { tagsFile: "t" })).toEqual([]);
    expect(withoutArchivedCopy(noUrl, { tagsFile: "t" })).toEqual([]);
  });

  it("is shown with its capture date, and named in the citation note and the JSON-LD; never made up where there is none", () => {
    const { archive } = load(ARCHIVED);
    const e = archive?.events[0];
    const a = e?.articles[0];
    if (!e || !a) throw new Error("not loaded");
    const view = articleView(a, articleCitation(SITE, e, a));
    expect(view.archived).toEqual({ url: COPY, dateIso: "2021-03-23T08:15:00Z", dateLabel: "Selasa, 23 Maret 2021 15.15 WIB" });
    expect(newsArticleLd(a, "https://arsip.example.org/peristiwa/e/")).toMatchObject({ isBasedOn: ORIGINAL, archivedAt: COPY });

    const item = articleItem(ARCHIVED, SITE);
    expect(item.URL).toBe(ORIGINAL);
    expect(item.note).toBe(
      `Salinan arsip tautan asli (2021-03-23T08:15:00Z): ${COPY}. Diarsipkan di Arsip Berita China–Korea Utara: https://arsip.example.org/peristiwa/e/#a`,
    );
    const { bib, ris } = citationFormats(item);
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect((entries[0]?.fields as Record<string, string>).note).toBe(item.note);
    expect(ris).toContain(`\nN1  - ${item.note}\n`);

    const plain = articleItem(`---\noutlet: Kontan\nurl: ${ORIGINAL}\n---\nIsi.\n`, SITE);
    expect(plain.note).toBe("Diarsipkan di Arsip Berita China–Korea Utara: https://arsip.example.org/peristiwa/e/#a");
    const { archive: noCopy } = load(`---\noutlet: Kontan\nurl: ${ORIGINAL}\n---\nIsi.\n`);
    const b = noCopy?.events[0]?.articles[0];
    const be = noCopy?.events[0];
    if (!b || !be) throw new Error("not loaded");
    expect(articleView(b, articleCitation(SITE, be, b)).archived).toBeUndefined();
    expect(newsArticleLd(b, "https://x.example/")).not.toHaveProperty("archivedAt");
  });
});
