/** Curation warnings (src/editor/warnings.ts) on archives loaded by the real loader. */
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import type { Archive } from "../../src/content/model.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { curationWarnings, possibleDuplicates, publishedBeforeEvent, unusedTags, type WarningContext } from "../../src/editor/warnings.ts";
import { makeArchive, SEED_ARTICLES } from "../support/helpers.ts";

const TAGS = ["a", "b", "c", "d", "e", "f"].map((id) => `${id}:\n  label: Tag ${id.toUpperCase()}\n  kind: topik\n`).join("");
const ctx: WarningContext = { tagsFile: "articles/tags.yaml" };

const event = (date: string, tags: string[]): string => `---\ntitle: Peristiwa\ndate: ${date}\nsummary: Ringkasan.\ntags: [${tags.join(", ")}]\n---\n`;
const article = (published: string, extra = ""): string => `---\npublished: ${published}\n${extra}---\nTeks.\n`;

function load(files: Record<string, string>): Archive {
  const { articles } = makeArchive({ "tags.yaml": TAGS, ...files });
  const { archive, problems } = loadArchive(articles);
  if (!archive) throw new Error(problems.map(formatProblem).join("\n"));
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
      expect(found[0]?.message).toContain('possible duplicate of event "2021-03-22-x"');
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
    expect(possibleDuplicates(archive, ctx).map((p) => `${p.file} ~ ${p.message.match(/"(.)"/)?.[1] ?? ""}`)).toEqual([
      "articles/y/index.md ~ x",
      "articles/z/index.md ~ x",
      "articles/z/index.md ~ y",
    ]);
  });
});

describe("articles published long before their event", () => {
  const withArticle = (published: string): Archive => load({ "e/index.md": event("2021-03-22", ["a"]), "e/k.md": article(published) });

  it.each(["2021-03-19", "2021-03-20", "2021-03-20T23:59:00+07:00", "2021-03-20T16:59:00+00:00"])(
    "warns for %s (two or more days before, in Jakarta)",
    (published) => {
      expect(publishedBeforeEvent(withArticle(published), ctx)).toHaveLength(1);
    },
  );

  it.each(["2021-03-21", "2021-03-22", "2021-03-30", "2021-03-21T00:00:00+07:00", "2021-03-20T18:00:00+00:00", "2021-03-20T20:00:00-05:00"])(
    "does not warn for %s (at most one day before, in Jakarta)",
    (published) => {
      expect(publishedBeforeEvent(withArticle(published), ctx)).toEqual([]);
    },
  );

  it("names the article, the field, the days and the event", () => {
    const found = publishedBeforeEvent(withArticle("2021-03-19"), {
      ...ctx,
      lineOf: (file, path) => (file === "articles/e/k.md" && path[0] === "published" ? 2 : undefined),
    });
    expect(found).toEqual([
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
    expect(formatProblem(found[0] ?? { severity: "error", file: "", message: "" })).toBe(
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
    ]);
    const dup = curationWarnings(
      load({ "x/index.md": event("2021-03-22", ["a", "b", "c", "d", "e", "f"]), "y/index.md": event("2021-03-22", ["a", "b", "c"]) }),
      ctx,
    );
    expect(dup.map((p) => [p.file, p.field])).toEqual([["articles/y/index.md", "date"]]);
    expect([...found, ...dup].every((p) => p.severity === "warning")).toBe(true);
  });
});
