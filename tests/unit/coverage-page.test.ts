/** The pieces of the coverage page and the lists: card chips, folded long texts, article heading levels. */
import { describe, expect, it } from "vitest";
import type { ArticleCitation } from "../../src/site/citations.ts";

/** A citation block, for views made without a site (its content is tested in citations.test.ts). */
const CITE: ArticleCitation = { references: [], bib: "", ris: "", csl: "", coins: "", sha256: "" };
import { loadArchive } from "../../src/content/loader.ts";
import { articleView, CARD_CHIPS, chipOrder, eventCard, FOLD } from "../../src/site/cards.ts";
import { renderBody } from "../../src/site/markdown.ts";

const CUE_OPEN = '<span class="cue" aria-hidden="true" data-pagefind-ignore>⟦</span>';
const CUE_CLOSE = '<span class="cue" aria-hidden="true" data-pagefind-ignore>⟧</span>';
import { eventPages } from "../../src/site/event-pages.ts";
import { comparePages } from "../../src/site/compare-pages.ts";
import { FIXTURE_TAGS, makeArchive } from "../support/helpers.ts";

const MORE_TAGS = `${FIXTURE_TAGS}korea-utara:
  label: Korea Utara
  kind: tempat
antony-blinken:
  label: Antony Blinken
  kind: tokoh
rudal:
  label: Rudal
  kind: topik
`;

function archiveOf(files: Record<string, string>) {
  const { articles } = makeArchive({ "tags.yaml": MORE_TAGS, ...files });
  const r = loadArchive(articles);
  if (!r.archive) throw new Error(JSON.stringify(r.problems));
  return r.archive;
}

const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraf ${i + 1}.`).join("\n\n");

describe("event card chips", () => {
  const archive = archiveOf({
    // the event is about Xi Jinping and Kim Jong Un (in that order); its articles also mention other names
    "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\ntags: [xi-jinping, kim-jong-un]\n---\n",
    "2021-03-22-a/a.md": "---\noutlet: A\ntags: [antony-blinken, nuklir, rudal]\n---\nIsi.\n",
    "2021-03-22-a/b.md": "---\noutlet: B\ntags: [nuklir, beijing, korea-utara]\n---\nIsi.\n",
  });
  const event = archive.events[0]!;

  it("puts the event's own tags first, in the editor's order, then those most of its articles carry", () => {
    expect(chipOrder(event).map((t) => t.id)).toEqual(["xi-jinping", "kim-jong-un", "nuklir", "antony-blinken", "beijing", "korea-utara", "rudal"]);
  });

  it(`shows at most ${CARD_CHIPS} chips and counts the rest`, () => {
    const card = eventCard(event);
    expect(card.chips.map((t) => t.label)).toEqual(["Xi Jinping", "Kim Jong Un", "Nuklir", "Antony Blinken"]);
    expect(card.moreTags).toBe(3);
    // the filter still knows every tag
    expect(card.tagIds.split(" ").sort()).toEqual(
      chipOrder(event)
        .map((t) => t.id)
        .sort(),
    );
  });

  it("shows every tag, and no +N, when there are few", () => {
    const few = archiveOf({
      "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\ntags: [beijing]\n---\n",
      "2021-03-22-a/a.md": "---\noutlet: A\n---\nIsi.\n",
    });
    const card = eventCard(few.events[0]!);
    expect([card.chips.map((t) => t.id), card.moreTags]).toEqual([["beijing"], 0]);
  });
});

describe("folding long texts", () => {
  it(`keeps a text of fewer than ${FOLD.min} blocks whole`, () => {
    expect(renderBody(paragraphs(FOLD.min - 1), { fold: FOLD })).toEqual({ html: renderBody(paragraphs(FOLD.min - 1)).html, rest: "", restBlocks: 0 });
  });

  it(`folds a longer text after its first ${FOLD.keep} blocks, losing nothing`, () => {
    const body = `${paragraphs(3)}\n\n> Kutipan.\n\n- satu\n- dua\n\n${paragraphs(4)}`;
    const r = renderBody(body, { fold: FOLD });
    expect(r.html).toBe("<p>Paragraf 1.</p>\n<p>Paragraf 2.</p>\n<p>Paragraf 3.</p>\n");
    expect(r.restBlocks).toBe(6);
    expect(r.html + r.rest).toBe(renderBody(body).html);
    expect(r.rest.startsWith("<blockquote>")).toBe(true);
  });

  it("folds an article of the archive with its shared-passage marks on either side of the fold", () => {
    const archive = archiveOf({
      "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\n---\n",
      "2021-03-22-a/a.md": `---\noutlet: A\n---\n${paragraphs(8)}\n`,
    });
    const view = articleView(archive.events[0]!.articles[0]!, CITE);
    expect(view.html).toContain("Paragraf 3.");
    expect(view.html).not.toContain("Paragraf 4.");
    expect(view.rest).toContain("Paragraf 8.");
    expect(view.restBlocks).toBe(5);
  });

  it("shows an event's only article whole: there is no other text to compare it with", () => {
    const site = { title: "Arsip", description: "", url: "https://a.example", pathPrefix: "/" };
    const one = archiveOf({
      "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\n---\n",
      "2021-03-22-a/a.md": `---\noutlet: A\n---\n${paragraphs(8)}\n`,
    });
    const two = archiveOf({
      "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\n---\n",
      "2021-03-22-a/a.md": `---\noutlet: A\n---\n${paragraphs(8)}\n`,
      "2021-03-22-a/b.md": "---\noutlet: B\n---\nLain.\n",
    });
    const [alone] = eventPages(site, one, eventCard)[0]!.articles;
    expect([alone?.html.includes("Paragraf 8."), alone?.rest]).toEqual([true, ""]);
    const [folded] = eventPages(site, two, eventCard)[0]!.articles;
    expect([folded?.html.includes("Paragraf 8."), folded?.rest.includes("Paragraf 8.")]).toEqual([false, true]);
  });
});

describe("the event page", () => {
  const site = { title: "Arsip", description: "", url: "https://a.example", pathPrefix: "/" };
  const archive = archiveOf({
    "2021-03-22-a/index.md": "---\ntitle: Kim dan Xi\ndate: 2021-03-22\nsummary: S\ntags: [xi-jinping, kim-jong-un]\n---\n",
    "2021-03-22-a/a.md": "---\noutlet: A\ntags: [antony-blinken]\n---\nIsi.\n",
  });
  const page = eventPages(site, archive, eventCard)[0]!;

  it("lists the event's own tags first, as its card does, then its articles' tags", () => {
    expect(page.tags.map((t) => t.id)).toEqual(["xi-jinping", "kim-jong-un", "antony-blinken"]);
  });

  it("cites the archive's page, naming the event's date as the event's, not as a publication date", () => {
    expect(page.cite.text).toBe("“Kim dan Xi” (peristiwa Senin, 22 Maret 2021), Arsip.");
  });
});

describe("heading levels inside texts", () => {
  it("starts a body's headings (# and ##, a subhead in news texts) at h3 under a section, at h4 inside an article (whose own heading is an h3)", () => {
    expect(renderBody("# Satu\n\n## Dua\n\n### Tiga\n\n###### Enam").html).toBe("<h3>Satu</h3>\n<h3>Dua</h3>\n<h4>Tiga</h4>\n<h6>Enam</h6>\n");
    expect(renderBody("# Satu\n\n## Dua\n\n### Tiga", { headingLevel: 4 }).html).toBe("<h4>Satu</h4>\n<h4>Dua</h4>\n<h5>Tiga</h5>\n");
    const archive = archiveOf({
      "2021-03-22-a/index.md": "---\ntitle: T\ndate: 2021-03-22\nsummary: S\n---\n",
      "2021-03-22-a/a.md": "---\noutlet: A\n---\nIsi.\n\n## Subjudul\n\nLagi.\n",
    });
    expect(articleView(archive.events[0]!.articles[0]!, CITE).html).toContain("<h4>Subjudul</h4>");
  });
});

describe("the comparison of an event's texts", () => {
  const site = { title: "Arsip", description: "", url: "https://a.example", pathPrefix: "/" };
  const shared = "Para pemimpin kedua negara menegaskan kembali aliansi tradisional mereka";
  const archive = archiveOf({
    "2021-03-22-a/index.md": "---\ntitle: Dua liputan\ndate: 2021-03-22\nsummary: S\n---\n",
    "2021-03-22-a/a.md": `---\noutlet: A\n---\n${shared} di Beijing.\n\n${paragraphs(8)}\n`,
    "2021-03-22-a/b.md": `---\noutlet: B\ntitle: Judul B\n---\nKata B: ${shared}.\n`,
    "2020-01-01-b/index.md": "---\ntitle: Satu liputan\ndate: 2020-01-01\nsummary: S\n---\n",
    "2020-01-01-b/c.md": "---\noutlet: C\n---\nIsi.\n",
  });
  const pages = comparePages(site, archive);

  it("exists for an event covered twice or more, linked from its page, and for no other", () => {
    expect(pages.map((p) => p.meta.path)).toEqual(["/peristiwa/2021-03-22-a/banding/"]);
    const events = eventPages(site, archive, eventCard);
    expect(events.map((e) => e.compareUrl)).toEqual(["/peristiwa/2021-03-22-a/banding/", undefined]);
  });

  it("shows every text whole, unfolded, the words the other prints alike marked and counted", () => {
    const [a, b] = pages[0]?.columns ?? [];
    expect([a?.id, a?.outlet, a?.hasOwnTitle, b?.heading]).toEqual(["a", "A", false, "Judul B"]);
    expect(a?.html).toContain("Paragraf 8.");
    expect(a?.html).toContain(
      `<span id="sama_a_1" data-pagefind-ignore></span><mark class="bersama" data-liputan-bersama="b">${CUE_OPEN}${shared}${CUE_CLOSE}</mark>`,
    );
    // after the words, a link to the same words in the other text, named by its outlet
    expect(a?.html).toContain('<a href="#sama_b_1">B</a>');
    expect(b?.html).toContain('<span id="sama_b_1" data-pagefind-ignore></span><mark class="bersama" data-liputan-bersama="a">');
    expect(b?.html).toContain('<a href="#sama_a_1">A</a>');
    // the paragraphs that share the words stand in one row, and their other words are told apart as differing
    const rowOf = (html: string | undefined) => html?.match(new RegExp(`<p data-baris="(\\d+)">(?:(?!</p>)[^])*?${shared}`))?.[1];
    expect(rowOf(a?.html)).toBeDefined();
    expect(rowOf(a?.html)).toBe(rowOf(b?.html));
    expect([a?.sharedWords, b?.sharedWords, b?.words]).toEqual([9, 9, 11]);
  });
});

describe("the words a comparison tells apart", () => {
  const site = { title: "Arsip", description: "", url: "https://a.example", pathPrefix: "/" };
  const archive = archiveOf({
    "2021-03-22-a/index.md": "---\ntitle: Dua liputan\ndate: 2021-03-22\nsummary: S\n---\n",
    "2021-03-22-a/a.md": "---\noutlet: A\n---\nKim Jong Un tiba di Beijing pada hari Senin pagi dengan kereta. Ia kemudian disambut Xi Jinping di stasiun.\n",
    "2021-03-22-a/b.md": "---\noutlet: B\n---\nKim Jong Un tiba di Beijing pada hari Senin pagi, lalu disambut Xi Jinping di stasiun kota.\n",
  });
  const [a, b] = comparePages(site, archive)[0]?.columns ?? [];

  it("tells apart only the words the other paragraph lacks, never words both print outside a shared passage", () => {
    const differing = (html: string | undefined) => [...(html ?? "").matchAll(/<span class="beda">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(differing(a?.html)).toEqual(["dengan kereta", "Ia kemudian"]);
    expect(differing(b?.html)).toEqual(["lalu", "kota"]);
    expect(a?.html).toContain("disambut Xi Jinping di stasiun");
  });
});
