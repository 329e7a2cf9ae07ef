/** What the outlets share (src/site/shared-passages.ts), on the two 2021 articles and on made-up texts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/content/frontmatter.ts";
import { renderMarkdown } from "../../src/site/markdown.ts";
import { PASSAGE_WORDS, sharedPassages } from "../../src/site/shared-passages.ts";
import { SEED_ARTICLES } from "../support/helpers.ts";

function body(file: string): string {
  const r = parseFrontmatter(readFileSync(join(SEED_ARTICLES, "2021-03-22-kim-xi-bertukar-pesan", file), "utf8"));
  if (!r.ok) throw new Error(file);
  return r.file.body;
}

describe("shared passages and quotations", () => {
  const kontan = body("kontan.md");
  const warta = body("warta-ekonomi.md");
  const r = sharedPassages([
    { id: "kontan", body: kontan },
    { id: "warta-ekonomi", body: warta },
  ]);

  it('lists the quotations both 2021 outlets carry: "aset berharga" alike, and the KCNA statement on "kekuatan musuh" in each outlet\'s own words', () => {
    const shown = r.quotations.map((q) => q.wordings.map((w) => [w.articles.join(","), w.parts.map((p) => (p.differs ? `[${p.text}]` : p.text)).join("")]));
    expect(shown).toEqual([
      [["kontan,warta-ekonomi", "aset berharga"]],
      [
        ["kontan", expect.stringMatching(/mengatasi tantangan dan langkah-langkah \[untuk\] menghalangi kekuatan musuh$/)],
        ["warta-ekonomi", expect.stringMatching(/mengatasi tantangan \[serba guna\] dan langkah-langkah \[yang\] menghalangi kekuatan musuh$/)],
      ],
    ]);
  });

  it("marks the shared words in each article, naming the other article", () => {
    const html = renderMarkdown(kontan, r.marks.get("kontan"));
    const marked = [...html.matchAll(/<mark class="bersama" data-liputan-bersama="([^"]+)">(?:<span class="cue"[^>]*>⟦<\/span>)?([^<]*)/g)];
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m[1] === "warta-ekonomi")).toBe(true);
    const text = marked.map((m) => m[2]).join(" | ");
    expect(text).toContain("aset berharga");
    expect(text).toContain("kekuatan musuh");
    // marking changes no word of the text
    expect(html.replace(/<mark[^>]*>|<\/mark>|<span class="cue"[^>]*>.<\/span>/g, "")).toBe(renderMarkdown(kontan));
    expect(renderMarkdown(warta, r.marks.get("warta-ekonomi"))).toContain('data-liputan-bersama="kontan"');
  });

  it("ignores quotes, case, punctuation and spacing, needs a run of PASSAGE_WORDS words, and stays within a paragraph", () => {
    const words = Array.from({ length: PASSAGE_WORDS }, (_, i) => `kata${i}`);
    const a = `Awal. ${words.join(" ")} akhir.`;
    const b = `“${words.map((w) => w.toUpperCase()).join("   ")},” kata juru bicara.`;
    const short = `Hanya ${words.slice(1).join(" ")}.`;
    const split = `${words.slice(0, 4).join(" ")}\n\n${words.slice(4).join(" ")}`;
    const found = sharedPassages([
      { id: "a", body: a },
      { id: "b", body: b },
      { id: "c", body: short },
      { id: "d", body: split },
    ]);
    expect([...found.marks.keys()].sort()).toEqual(["a", "b"]);
    expect(found.marks.get("a")?.get(0)).toEqual([
      { start: 6, end: 6 + words.join(" ").length, others: ["b"], run: 0, opens: true, closes: true, targets: [{ article: "b", run: 0 }] },
    ]);
  });

  it("finds nothing in articles that share no passage", () => {
    expect(
      sharedPassages([
        { id: "a", body: "Satu dua tiga." },
        { id: "b", body: "Empat lima enam." },
      ]),
    ).toEqual({ marks: new Map(), quotations: [] });
  });
});

describe("the wordings of a statement relayed in other words", () => {
  it("prints each wording as its text does, a line break as a space, and underlines exactly the words that differ", () => {
    const r = sharedPassages([
      { id: "a", body: '"Kedua negara harus\nmemperkuat persatuan dan kerja sama yang erat sekali demi perdamaian kawasan," kata KCNA.\n' },
      { id: "b", body: '"Kedua negara harus memperkuat persatuan dan kerja sama yang sangat kuat demi perdamaian kawasan," kata KCNA.\n' },
    ]);
    const shown = r.quotations.map((q) => q.wordings.map((w) => [w.articles.join(","), w.parts.map((p) => (p.differs ? `[${p.text}]` : p.text)).join("")]));
    expect(shown).toEqual([
      [
        ["a", "Kedua negara harus memperkuat persatuan dan kerja sama yang [erat sekali] demi perdamaian kawasan"],
        ["b", "Kedua negara harus memperkuat persatuan dan kerja sama yang [sangat kuat] demi perdamaian kawasan"],
      ],
    ]);
  });
});

describe("runs of shared words as the pages print them", () => {
  const sentence = "Kantor berita KCNA melaporkan bahwa kedua pemimpin bertemu di Beijing untuk membahas kerja sama ekonomi";

  it("links a run to the place in the other text that holds all its words, not the first that holds some", () => {
    const r = sharedPassages([
      { id: "a", body: `${sentence}.` },
      { id: "b", body: `Kantor berita KCNA melaporkan bahwa kedua pemimpin bertemu di Pyongyang kemarin.\n\n${sentence}.` },
    ]);
    const [mark] = r.marks.get("a")?.get(0) ?? [];
    const target = mark?.targets?.[0];
    expect(target?.article).toBe("b");
    // b's run over the whole sentence, in its second paragraph
    const there = [...(r.marks.get("b") ?? [])].flatMap(([segment, list]) => list.map((m) => ({ segment, ...m }))).find((m) => m.run === target?.run);
    expect(there?.segment).toBe(1);
  });

  it("ends a run where a printed token ends: a number printed differently shares none of its digits", () => {
    const lead = "Pemerintah mengumumkan paket bantuan untuk sektor pertanian senilai";
    const r = sharedPassages([
      { id: "a", body: `${lead} Rp1.000 miliar tahun ini.` },
      { id: "b", body: `${lead} Rp1.500 miliar tahun ini.` },
    ]);
    const html = renderMarkdown(`${lead} Rp1.000 miliar tahun ini.`, r.marks.get("a"));
    expect(html).toContain("senilai");
    expect(html).toMatch(/senilai<span class="cue"[^>]*>⟧<\/span><\/mark> Rp1\.000/);
  });

  it("puts the links after shared words that end inside a link of the text after that link, never inside it", () => {
    const words = "laporan kantor berita KCNA yang dikutip banyak media internasional pada hari Senin";
    const r = sharedPassages([
      { id: "a", body: `Menurut [${words}](https://kcna.example/1), kedua negara sepakat.` },
      { id: "b", body: `Menurut ${words} lalu semuanya berubah.` },
    ]);
    const marks = new Map(
      [...(r.marks.get("a") ?? [])].map(([segment, list]) => [segment, list.map((m) => ({ ...m, ...(m.targets && { see: [{ href: "#b", label: "B" }] }) }))]),
    );
    const html = renderMarkdown(`Menurut [${words}](https://kcna.example/1), kedua negara sepakat.`, marks);
    expect(html).not.toMatch(/<a [^>]*>(?:(?!<\/a>)[\s\S])*<a /);
    expect(html).toContain('</a><sup class="sama"');
  });
});
