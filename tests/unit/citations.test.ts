/** Citations from hostile or unusual fields (src/site/citations.ts): nothing a field holds can add a field or invent one. */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { citationFormats, coins, cslItem, unwrapRis } from "../../src/site/citations.ts";
import { siteConfig } from "../../src/site/config.ts";
import { FIXTURE_TAGS, makeArchive, VALID_EVENT } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });

function itemOf(article: string) {
  const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/a.md": article });
  const { archive, problems } = loadArchive(articles);
  const e = archive?.events[0];
  const a = e?.articles[0];
  if (!e || !a) throw new Error(JSON.stringify(problems));
  return cslItem(SITE, e, a);
}

describe("citations", () => {
  it("keeps braces and backslashes in a name inside its BibTeX field", () => {
    const item = itemOf('---\noutlet: Kontan\nauthor: "A}}, note = {pwn \\\\ x"\neditor: "B} and {C"\n---\nIsi.\n');
    const { entries, errors } = parseBibtex(citationFormats(item).bib);
    expect(errors).toEqual([]);
    const f = entries[0]?.fields as Record<string, { name?: string }[] | string>;
    expect((f.author as { name?: string }[]).map((n) => n.name)).toEqual(["A}}, note = {pwn \\ x"]);
    expect((f.editor as { name?: string }[]).map((n) => n.name)).toEqual(["B} and {C"]);
    expect(f.note).toBe("Diarsipkan di Arsip Berita China–Korea Utara: https://arsip.example.org/peristiwa/e/#a");
  });

  it("keeps a title that reads like a RIS field in its own field", () => {
    const item = itemOf(`---\noutlet: Kontan\ntitle: ${"x".repeat(70)}A1  - Penulis Palsu\n---\nIsi.\n`);
    const ris = citationFormats(item).ris;
    expect(ris).toContain(`T1  - ${"x".repeat(70)}A1  - Penulis Palsu\n`);
    expect(ris).not.toMatch(/^A1 {2}- /m);
    // the breaks undone by length: a value of exactly 70 characters, and one of 140
    expect(unwrapRis(`T1  - ${"y".repeat(70)}\n\nPY  - 2021`)).toBe(`T1  - ${"y".repeat(70)}\nPY  - 2021`);
    expect(unwrapRis(`T1  - ${"y".repeat(70)}\n${"z".repeat(70)}\n\nER  - `)).toBe(`T1  - ${"y".repeat(70)}${"z".repeat(70)}\nER  - `);
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
