/** `npm run check` as an editor runs it: exit codes and messages. */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_TAGS, makeArchive, runCli, SEED_ARTICLES, VALID_ARTICLE, VALID_EVENT, type RunResult } from "../support/helpers.ts";

describe("npm run check", () => {
  it("passes on the seed archive", async () => {
    const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK: 4 events, 5 articles, \d+ tags, 0 drafts skipped, [\d.]+ s\n$/);
  });

  it.each([
    ["missing field", { "e/index.md": "---\ntitle: A\ndate: 2021-01-01\n---\n" }, "articles/e/index.md:4 summary: is required but missing"],
    [
      "misspelled field",
      { "e/index.md": VALID_EVENT.replace("title:", "tittle:") },
      'articles/e/index.md:2 tittle: unknown field "tittle"; did you mean "title"?',
    ],
    ["impossible date", { "e/index.md": VALID_EVENT.replace("2021-03-22", "2021-02-30") }, "articles/e/index.md:3 date: 2021-02-30 is not a real date"],
    [
      "unknown tag",
      { "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("kim-jong-un", "kim-jongun") },
      'articles/e/a.md:5 tags[0]: unknown tag "kim-jongun"; did you mean "kim-jong-un"?',
    ],
    [
      "bad URL",
      { "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("outlet: Kontan", "url: javascript:alert(1)") },
      "articles/e/a.md:3 url: only http and https addresses are allowed",
    ],
    ["no index.md", { "e/a.md": VALID_ARTICLE }, "articles/e: the event folder has no index.md"],
    [
      "an event with no article",
      { "e/index.md": VALID_EVENT },
      "articles/e/index.md:6: the event has no article, so its page would show no coverage; add an article file to its folder (npm run import, or npm run new -- article), or mark the event draft: true until it has one",
    ],
    [
      "an event whose articles are all drafts",
      { "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("published: 2021-03-23", "draft: true") },
      "articles/e/index.md:6: every article of the event is a draft, so its page would show no coverage; publish an article (remove its draft: true), or mark the event draft: true too",
    ],
  ])("fails on %s, naming file and field", async (_name, files, expected) => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
    const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toMatch(/\d+ problems? found\. Fix (?:it|them) and run npm run check again\./);
    // check validates; it never builds, and does not say it did not
    expect(r.stderr).not.toContain("built");
  });
});

interface JsonProblem {
  file: string;
  line: number | null;
  field: string | null;
  code: string;
  message: string;
}
interface JsonReport {
  ok: boolean;
  lang: "id" | "en";
  errors: JsonProblem[];
  warnings: JsonProblem[];
  summary: {
    errors: number;
    warnings: number;
    events: number | null;
    articles: number | null;
    tags: number | null;
    drafts: { events: number; articles: number } | null;
  };
}

async function checkJson(articles: string): Promise<RunResult & { report: JsonReport }> {
  const r = await runCli("check", ["--json"], { ARSIP_ARTICLES_DIR: articles });
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
}

/** Uses every fixture tag, so only the warnings a test adds appear. */
const EVENT_ALL_TAGS = VALID_EVENT.replace("tags: [beijing]", "tags: [beijing, xi-jinping, nuklir]");

describe("npm run check -- --json", () => {
  it("prints a machine-readable report of the seed archive", async () => {
    const r = await checkJson(SEED_ARTICLES);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.report).toEqual({
      ok: true,
      lang: "en",
      errors: [],
      warnings: [],
      summary: { errors: 0, warnings: 0, events: 4, articles: 5, tags: expect.any(Number) as number, drafts: { events: 0, articles: 0 } },
    });
  });

  it("lists every error with file, line, field and message, and exits 1", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": VALID_EVENT.replace("2021-03-22", "2021-02-30"),
      "e/a.md": VALID_ARTICLE.replace("kim-jong-un", "kim-jongun"),
    });
    const r = await checkJson(articles);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.report.ok).toBe(false);
    expect(r.report.errors).toEqual([
      {
        file: "articles/e/a.md",
        line: 5,
        field: "tags[0]",
        code: "tag.unknown",
        message: expect.stringContaining('unknown tag "kim-jongun"; did you mean "kim-jong-un"?') as string,
      },
      { file: "articles/e/index.md", line: 3, field: "date", code: "date.days", message: expect.stringContaining("2021-02-30 is not a real date") as string },
    ]);
    expect(r.report.summary).toEqual({ errors: 2, warnings: 0, events: null, articles: null, tags: null, drafts: null });
  });

  it("uses null for an unknown line and field", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/a.md": VALID_ARTICLE });
    expect((await checkJson(articles)).report.errors).toEqual([
      { file: "articles/e", line: null, field: null, code: "event.no-index", message: expect.stringContaining("has no index.md") as string },
    ]);
  });
});

describe("an event with no published article", () => {
  it("fails check and the build, once, with nothing written; a draft event without one passes", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "f/index.md": VALID_EVENT, "f/a.md": VALID_ARTICLE });
    const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(check.status).toBe(1);
    expect(check.stderr.split("\n").filter((l) => l.startsWith("articles/"))).toEqual([
      "articles/e/index.md:6: the event has no article, so its page would show no coverage; add an article file to its folder (npm run import, or npm run new -- article), or mark the event draft: true until it has one",
    ]);
    const out = join(articles, "..", "_site");
    const build = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("articles/e/index.md:6: the event has no article");
    expect(existsSync(out)).toBe(false);
    // an article that is itself wrong has its own message, and no second one about the event
    writeFileSync(join(articles, "e", "a.md"), VALID_ARTICLE.replace("kim-jong-un", "kim-jongun"));
    const wrong = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(wrong.stderr.split("\n").filter((l) => l.startsWith("articles/"))).toEqual([
      expect.stringMatching(/^articles\/e\/a\.md:5 tags\[0\]: unknown tag "kim-jongun"/),
    ]);
    // marked draft, the event waits for its article
    rmSync(join(articles, "e", "a.md"));
    writeFileSync(join(articles, "e", "index.md"), VALID_EVENT.replace("summary:", "draft: true\nsummary:"));
    const draft = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(draft.status, draft.stderr).toBe(0);
  });
});

describe("npm run check warnings", () => {
  const files = {
    "tags.yaml": FIXTURE_TAGS,
    "2021-03-22-a/index.md": EVENT_ALL_TAGS,
    "2021-03-22-a/antara.md": "---\noutlet: Antara\n---\nLiputan.\n",
    "2021-03-22-b/index.md": EVENT_ALL_TAGS.replace("Pertemuan di Beijing", "Pertemuan lain"),
    "2021-03-22-b/kontan.md": VALID_ARTICLE.replace("published: 2021-03-23", "published: 2021-03-10").replace("tags: [kim-jong-un]\n", ""),
  };

  it("prints warnings with file, line and field but still passes", async () => {
    const { articles } = makeArchive(files);
    const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK: 2 events, 2 articles, 4 tags/);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("warning: "))).toEqual([
      expect.stringMatching(
        /^warning: articles\/2021-03-22-b\/index\.md:3 date: possible duplicate of event "2021-03-22-a": same date 2021-03-22 and 3 of 3 tags shared/,
      ),
      expect.stringMatching(/^warning: articles\/2021-03-22-b\/kontan\.md:4 published: published 2021-03-10, 12 days before its event's date 2021-03-22/),
      'warning: articles/tags.yaml:1 kim-jong-un: tag "kim-jong-un" is defined but no event or article uses it (drafts included); use it or remove it',
    ]);
    expect(r.stderr).toContain("3 warnings: worth a look, but the archive is valid.");
  });

  it("reports the same warnings in --json, with ok true and exit 0", async () => {
    const { articles } = makeArchive(files);
    const r = await checkJson(articles);
    expect(r.status).toBe(0);
    expect(r.report.ok).toBe(true);
    expect(r.report.warnings.map((w) => [w.file, w.line, w.field])).toEqual([
      ["articles/2021-03-22-b/index.md", 3, "date"],
      ["articles/2021-03-22-b/kontan.md", 4, "published"],
      ["articles/tags.yaml", 1, "kim-jong-un"],
    ]);
    expect(r.report.summary).toMatchObject({ errors: 0, warnings: 3, events: 2, articles: 2 });
  });

  it("counts a tag used only by a draft as used", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": EVENT_ALL_TAGS,
      "e/konsep.md": VALID_ARTICLE.replace("published: 2021-03-23", "draft: true"),
      "e/antara.md": "---\noutlet: Antara\n---\nLiputan.\n",
    });
    const r = await checkJson(articles);
    expect(r.report.summary.drafts).toEqual({ events: 0, articles: 1 });
    expect(r.report.warnings).toEqual([]);
  });

  it("rejects unknown options", async () => {
    const r = await runCli("check", ["--jsn"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown option "--jsn"');
  });
});
