/** Curation warnings (src/editor/warnings.ts) on archives loaded by the real loader. */
import { fnv1a, normalisedWords as wordsOf } from "../../src/lib/words.ts";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import type { Archive } from "../../src/content/model.ts";
import type { Msg } from "../../src/lib/messages/index.ts";
import { formatProblem, problem } from "../../src/content/problems.ts";
import { curationWarnings, possibleDuplicates, publishedFarFromEvent, unusedTags, type WarningContext } from "../../src/editor/warnings.ts";
import fc from "fast-check";
import { MIN_SHINGLES, NEAR_DUPLICATE_OVERLAP, nearDuplicateTexts, SIMILAR_TITLE_DAYS, similarEventTitles, wordHashes } from "../../src/editor/duplicates.ts";
import { makeArchive, SEED_ARTICLES, withCoverage } from "../support/helpers.ts";
import { en } from "../support/helpers.ts";

const TAGS = ["a", "b", "c", "d", "e", "f"].map((id) => `${id}:\n  label: Tag ${id.toUpperCase()}\n  kind: topik\n`).join("");
const ctx: WarningContext = { tagsFile: "articles/tags.yaml" };

const event = (date: string, tags: string[]): string => `---\ntitle: Peristiwa\ndate: ${date}\nsummary: Ringkasan.\ntags: [${tags.join(", ")}]\n---\n`;
const article = (published: string, extra = ""): string => `---\npublished: ${published}\n${extra}---\nTeks.\n`;

function load(files: Record<string, string>): Archive {
  const { articles } = makeArchive(withCoverage({ "tags.yaml": TAGS, ...files }));
  const { archive, problems } = loadArchive(articles);
  if (!archive) throw new Error(problems.map((p) => formatProblem(p, "en")).join("\n"));
  return archive;
}

describe("possible duplicate events", () => {
  it.each([
    ["2 of 3 tags shared (Jaccard 0.67)", ["a", "b", "c"], ["a", "b"], true],
    ["2 of 4 tags shared (Jaccard exactly 0.5)", ["a", "b", "c"], ["a", "b", "d"], true],
    ["2 of 5 tags shared (Jaccard 0.4)", ["a", "b", "c"], ["a", "b", "d", "e"], false],
    ["a single shared tag, even when it is all they have", ["a"], ["a"], false],
    ["no tags", [], [], false],
  ])("on the same date, %s → %s", (_name, tagsX, tagsY, warned) => {
    const archive = load({ "2021-03-22-x/index.md": event("2021-03-22", tagsX), "2021-03-22-y/index.md": event("2021-03-22", tagsY) });
    const found = possibleDuplicates(archive, ctx);
    expect(found.length).toBe(warned ? 1 : 0);
    if (warned) {
      expect(found[0]).toMatchObject({ severity: "warning", file: "articles/2021-03-22-y/index.md", field: "date" });
      expect(en(found[0])).toContain('possible duplicate of event "2021-03-22-x"');
    }
  });

  it("ignores events on different dates, however alike", () => {
    const archive = load({ "x/index.md": event("2021-03-22", ["a", "b", "c"]), "y/index.md": event("2021-03-23", ["a", "b", "c"]) });
    expect(possibleDuplicates(archive, ctx)).toEqual([]);
  });

  it("counts the tags the articles bring to an event", () => {
    const archive = load({
      "x/index.md": event("2021-03-22", ["a"]),
      "x/kontan.md": article("2021-03-22", "tags: [b]\n"),
      "y/index.md": event("2021-03-22", ["a", "b"]),
    });
    expect(possibleDuplicates(archive, ctx).map((p) => p.file)).toEqual(["articles/y/index.md"]);
  });

  it("warns once per pair, and for each pair of three alike events", () => {
    const archive = load({
      "x/index.md": event("2021-03-22", ["a", "b"]),
      "y/index.md": event("2021-03-22", ["a", "b"]),
      "z/index.md": event("2021-03-22", ["a", "b"]),
    });
    expect(possibleDuplicates(archive, ctx).map((p) => `${p.file} ~ ${en(p).match(/"(.)"/)?.[1] ?? ""}`)).toEqual([
      "articles/y/index.md ~ x",
      "articles/z/index.md ~ x",
      "articles/z/index.md ~ y",
    ]);
  });
});

describe("articles published more than a year after their event", () => {
  const withArticle = (published: string): Archive => load({ "e/index.md": event("2021-03-22", ["a"]), "e/k.md": article(published) });

  it.each(["2022-03-24", "2024-03-22", "2022-03-24T10:00:00+07:00"])("warns for %s", (published) => {
    const [found, ...rest] = publishedFarFromEvent(withArticle(published), ctx);
    expect(rest).toEqual([]);
    expect(en(found)).toMatch(
      /^published \d{4}-\d\d-\d\d, \d+ days after its event's date 2021-03-22 \(articles\/e\/index\.md\), more than a year later; check the year/,
    );
  });

  it.each(["2022-03-22", "2022-03-23", "2021-12-31"])("does not warn for %s (within a year and a day)", (published) => {
    expect(publishedFarFromEvent(withArticle(published), ctx)).toEqual([]);
  });
});

describe("articles published long before their event", () => {
  const withArticle = (published: string): Archive => load({ "e/index.md": event("2021-03-22", ["a"]), "e/k.md": article(published) });

  it.each(["2021-03-19", "2021-03-20", "2021-03-20T23:59:00+07:00", "2021-03-20T16:59:00+00:00"])(
    "warns for %s (two or more days before, in Jakarta)",
    (published) => {
      expect(publishedFarFromEvent(withArticle(published), ctx)).toHaveLength(1);
    },
  );

  it.each(["2021-03-21", "2021-03-22", "2021-03-30", "2021-03-21T00:00:00+07:00", "2021-03-20T18:00:00+00:00", "2021-03-20T20:00:00-05:00"])(
    "does not warn for %s (at most one day before, in Jakarta)",
    (published) => {
      expect(publishedFarFromEvent(withArticle(published), ctx)).toEqual([]);
    },
  );

  it("names the article, the field, the days and the event", () => {
    const found = publishedFarFromEvent(withArticle("2021-03-19"), {
      ...ctx,
      lineOf: (file, path) => (file === "articles/e/k.md" && path[0] === "published" ? 2 : undefined),
    });
    expect(found.map((p) => ({ ...p, message: en(p) }))).toMatchObject([
      {
        severity: "warning",
        file: "articles/e/k.md",
        line: 2,
        field: "published",
        message:
          "published 2021-03-19, 3 days before its event's date 2021-03-22 (articles/e/index.md); check the date, or whether the article belongs to another event",
      },
    ]);
  });
});

describe("unused tags", () => {
  const archive = (): Archive => load({ "e/index.md": event("2021-03-22", ["a", "b"]), "e/k.md": article("2021-03-22", "tags: [c]\n") });

  it("warns for each tag no event or article uses, on tags.yaml", () => {
    const found = unusedTags(archive(), {
      ...ctx,
      lineOf: (file, path) => (file === "articles/tags.yaml" ? 100 + ["a", "b", "c", "d", "e", "f"].indexOf(String(path[0])) : undefined),
    });
    expect(found.map((p) => [p.file, p.line, p.field])).toEqual([
      ["articles/tags.yaml", 103, "d"],
      ["articles/tags.yaml", 104, "e"],
      ["articles/tags.yaml", 105, "f"],
    ]);
    if (!found[0]) throw new Error("no warning");
    expect(formatProblem(found[0], "en")).toBe(
      'warning: articles/tags.yaml:103 d: tag "d" is defined but no event or article uses it (drafts included); use it or remove it',
    );
  });

  it("counts tags used only by drafts as used", () => {
    const found = unusedTags(archive(), { ...ctx, extraUsedTagIds: new Set(["d", "e"]) });
    expect(found.map((p) => p.field)).toEqual(["f"]);
  });

  it("leaves the line out where it is unknown", () => {
    expect(unusedTags(archive(), ctx)[0]).not.toHaveProperty("line");
  });
});

describe("curationWarnings", () => {
  it("finds nothing in the seed archive", () => {
    const { archive } = loadArchive(SEED_ARTICLES);
    expect(archive).toBeDefined();
    if (archive) expect(curationWarnings(archive, ctx)).toEqual([]);
  });

  it("returns every kind, sorted, all as warnings", () => {
    const archive = load({
      "x/index.md": event("2021-03-22", ["a", "b"]),
      "x/k.md": article("2021-03-01"),
      "y/index.md": event("2021-03-22", ["a", "b", "c", "d", "e"]),
    });
    const found = curationWarnings(archive, ctx);
    expect(found.map((p) => [p.file, p.field])).toEqual([
      ["articles/tags.yaml", "f"],
      ["articles/x/k.md", "published"],
      // both events are titled "Peristiwa", on the same day
      ["articles/y/index.md", "title"],
    ]);
    const dup = curationWarnings(
      load({ "x/index.md": event("2021-03-22", ["a", "b", "c", "d", "e", "f"]), "y/index.md": event("2021-03-22", ["a", "b", "c"]) }),
      ctx,
    );
    expect(dup.map((p) => [p.file, p.field])).toEqual([
      ["articles/y/index.md", "date"],
      ["articles/y/index.md", "title"],
    ]);
    expect([...found, ...dup].every((p) => p.severity === "warning")).toBe(true);
  });
});

describe("near-duplicate texts and events (duplicates.ts)", () => {
  const words = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `kata${from + i}`).join(" ");
  const withText = (text: string, published = "2021-03-22"): string => `---\npublished: ${published}\n---\n${text}\n`;
  const titled = (title: string, date: string): string => `---\ntitle: ${title}\ndate: ${date}\nsummary: Ringkasan.\n---\n`;

  it("warns, naming both files, about two articles whose texts are the same but for case, quotes and spacing", () => {
    const text = `Xinhua melaporkan "aset berharga" ${words(40)}.`;
    const archive = load({
      "x/index.md": titled("Satu", "2021-03-22"),
      "x/a.md": withText(text),
      "y/index.md": titled("Dua hal lain", "2021-06-01"),
      "y/b.md": withText(`  xinhua   MELAPORKAN “aset berharga” ${words(40)}`),
    });
    const found = nearDuplicateTexts(archive, (file, m) => problem("warning", file, m));
    expect(found.map((p) => ({ ...p, message: en(p) }))).toMatchObject([
      {
        severity: "warning",
        file: "articles/y/b.md",
        message:
          "its text is nearly the same as articles/x/a.md (100% of the shorter text's 5-word runs are in the other); if it is the same article imported twice, delete one of the files",
      },
    ]);
  });

  it(`does not call a text of fewer than ${MIN_SHINGLES} 5-word runs a copy, even inside another`, () => {
    const archive = load({
      "x/index.md": titled("Satu", "2021-03-22"),
      "x/a.md": withText(words(MIN_SHINGLES + 3)),
      "x/b.md": withText(words(MIN_SHINGLES + 2)),
    });
    // the shorter text has MIN_SHINGLES - 2 runs, every one of them in the other
    expect(nearDuplicateTexts(archive, (file, m) => problem("warning", file, m))).toEqual([]);
  });

  it(`warns at ${NEAR_DUPLICATE_OVERLAP * 100}% shared 5-word runs, not below`, () => {
    // 100 words share their first k words: (k - 4) of the 96 runs of each are common
    const pair = (k: number) =>
      load({
        "x/index.md": titled("Satu", "2021-03-22"),
        "x/a.md": withText(`${words(k)} ${words(100 - k, 1000)}`),
        "x/b.md": withText(`${words(k)} ${words(100 - k, 2000)}`),
      });
    const count = (k: number) => nearDuplicateTexts(pair(k), (file, m) => problem("warning", file, m)).length;
    expect(count(82)).toBe(1); // 78 of 96 = 81%
    expect(count(80)).toBe(0); // 76 of 96 = 79%
  });

  it("warns about every copy of a text however many there are (60 copies: 59 warnings, each against the first)", () => {
    const files: Record<string, string> = { "x/index.md": titled("Satu", "2021-03-22") };
    for (let i = 0; i < 60; i++) files[`x/a${String(i).padStart(2, "0")}.md`] = withText(words(40));
    const found = nearDuplicateTexts(load(files), (file, m) => problem("warning", file, m));
    expect(found).toHaveLength(59);
    expect(found.every((p) => en(p).includes("articles/x/a00.md (100%"))).toBe(true);
  });

  it("leaves boilerplate shared by more than 50 texts out of the comparison", () => {
    // 60 texts open with the same 60 words and go on with 40 words of their own: not copies of each other
    const files: Record<string, string> = { "x/index.md": titled("Satu", "2021-03-22") };
    for (let i = 0; i < 60; i++) files[`x/a${i}.md`] = withText(`${words(60)} ${words(40, 1000 * (i + 1))}`);
    expect(nearDuplicateTexts(load(files), (file, m) => problem("warning", file, m))).toEqual([]);
    // while two of them sharing their own words too are
    files["x/a1.md"] = withText(`${words(60)} ${words(40, 1000)}`);
    expect(nearDuplicateTexts(load(files), (file, m) => problem("warning", file, m)).map((p) => p.file)).toEqual(["articles/x/a1.md"]);
  });

  it("hashes the words of any text exactly as words() splits them (the fast path agrees with the general one)", () => {
    const piece = fc.constantFrom(
      "Kim",
      "JONG",
      "un",
      "–",
      "—",
      "“",
      "”",
      "‘",
      "’",
      "…",
      "\u00a0",
      " ",
      "\n",
      "\t",
      ",",
      ".",
      "(",
      ")",
      "é",
      "Ö",
      "ﬁ",
      "①",
      "Ｘ",
      "9",
      "_",
      "-",
      "'",
      '"',
      "\u0000",
      "\u007f",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect([...wordHashes(text)]).toEqual(wordsOf(text).map((w) => fnv1a(w) | 0));
      }),
      { numRuns: 500 },
    );
  });

  it(`warns about events with nearly the same title at most ${SIMILAR_TITLE_DAYS} days apart, not further apart or less alike`, () => {
    const warn = (file: string, m: Msg) => problem("warning", file, m);
    const archive = load({
      "a/index.md": titled("Kim Jong Un bertemu Xi Jinping di Beijing", "2021-03-22"),
      "b/index.md": titled("Kim Jong Un bertemu Xi Jinping di Beijing.", "2021-03-25"),
      "c/index.md": titled("Kim Jong Un bertemu Xi Jinping di Beijing", "2021-03-30"),
      "d/index.md": titled("Kim Jong Un bertemu Putin di Moskwa", "2021-03-23"),
    });
    expect(similarEventTitles(archive, warn).map((p) => [p.file, en(p).slice(0, 46)])).toEqual([
      ["articles/b/index.md", "possible duplicate of event a (2021-03-22): th"],
    ]);
  });
});
