/** Citations from hostile or unusual fields (src/site/citations.ts): nothing a field holds can add a field or invent one. */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { citationFormats, coins, type CslItem } from "../../src/site/citations.ts";
import { siteConfig } from "../../src/site/config.ts";
import { articleItem } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });

const itemOf = (article: string): CslItem => articleItem(article, SITE);

describe("citations", () => {
  it("keeps braces, backslashes and BibTeX's other special characters in a name, a title and an outlet inside their fields", () => {
    const item = itemOf(
      '---\noutlet: "K}}, title = {X} & 100% #1 $_^~"\ntitle: "T}}, url = {https://evil.example/} \\\\ {"\nauthor: "A}}, note = {pwn \\\\ x"\neditor: "B} and {C"\n---\nIsi.\n',
    );
    const { entries, errors } = parseBibtex(citationFormats(item).bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const f = entries[0]?.fields as Record<string, { name?: string }[] | string>;
    expect((f.author as { name?: string }[]).map((n) => n.name)).toEqual(["A}}, note = {pwn \\ x"]);
    expect(f.title).toBe("T}}, url = {https://evil.example/} \\ {");
    expect(f.journal).toBe("K}}, title = {X} & 100% #1 $_^~");
    // exactly the fields the article has: the desk editor is no bibliographic editor, and nothing injected
    expect(Object.keys(f).sort()).toEqual(["author", "entrysubtype", "journal", "langid", "note", "title"]);
    expect(f.note).toBe("Diarsipkan di Arsip Berita China–Korea Utara: https://arsip.example.org/peristiwa/e/#a");
  });

  it("keeps a title that reads like a RIS field in its own field, on one line", () => {
    const item = itemOf(`---\noutlet: Kontan\ntitle: ${"x".repeat(70)}AU  - Penulis Palsu\n---\nIsi.\n`);
    const ris = citationFormats(item).ris;
    expect(ris).toContain(`TI  - ${"x".repeat(70)}AU  - Penulis Palsu\n`);
    expect(ris).not.toMatch(/^AU {2}- /m);
  });

  it("names an untitled article by a description in brackets, never a borrowed title, and keys it by its whole ids", () => {
    const item = itemOf("---\noutlet: Kontan\neditor: Barratut\n---\nIsi.\n");
    expect(item.title).toBe("[Berita Kontan tanpa judul tentang peristiwa: Pertemuan di Beijing]");
    expect(item).not.toHaveProperty("editor");
    expect(item).not.toHaveProperty("author");
    const { bib, ris } = citationFormats(item);
    expect(bib.startsWith("@article{e/a,\n")).toBe(true);
    expect(ris).toContain("\nID  - e/a\n");
    expect(new URLSearchParams(coins(item)).get("rft.atitle")).toBe(item.title);
  });

  it("gives the day the source printed, in its own time zone, and no address it did not give", () => {
    const item = itemOf("---\noutlet: Kontan\npublished: 2021-03-22T20:00:00-05:00\n---\nIsi.\n");
    // 20:00 in UTC-5 is already the 23rd in Jakarta, but the article is dated the 22nd
    expect(item.issued).toEqual({ "date-parts": [[2021, 3, 22]] });
    expect(item).not.toHaveProperty("URL");
    expect(new URLSearchParams(coins(item)).get("rft.date")).toBe("2021-03-22");
    expect(new URLSearchParams(coins(item)).has("rft_id")).toBe(false);
  });
});
