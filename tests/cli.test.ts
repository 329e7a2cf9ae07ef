/** `npm run check` as an editor runs it: exit codes and messages. */
import { describe, expect, it } from "vitest";
import { FIXTURE_TAGS, makeArchive, runCli, SEED_ARTICLES, VALID_ARTICLE, VALID_EVENT } from "./helpers.ts";

describe("npm run check", () => {
  it("passes on the seed archive", () => {
    const r = runCli("check", [], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK: 4 events, 5 articles, \d+ tags, 0 drafts skipped, [\d.]+ s\n$/);
  });

  it.each([
    ["missing field", { "e/index.md": "---\ntitle: A\ndate: 2021-01-01\n---\n" }, "articles/e/index.md summary: is required but missing"],
    ["misspelled field", { "e/index.md": VALID_EVENT.replace("title:", "tittle:") }, 'articles/e/index.md:2 tittle: unknown field "tittle"; did you mean "title"?'],
    ["impossible date", { "e/index.md": VALID_EVENT.replace("2021-03-22", "2021-02-30") }, "articles/e/index.md:3 date: 2021-02-30 is not a real date"],
    ["unknown tag", { "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("kim-jong-un", "kim-jongun") }, 'articles/e/a.md:5 tags[0]: unknown tag "kim-jongun"; did you mean "kim-jong-un"?'],
    ["bad URL", { "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("outlet: Kontan", "url: javascript:alert(1)") }, "articles/e/a.md:3 url: only http and https addresses are allowed"],
    ["no index.md", { "e/a.md": VALID_ARTICLE }, "articles/e: the event folder has no index.md"],
  ])("fails on %s, naming file and field", (_name, files, expected) => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
    const r = runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toMatch(/\d+ problems? found; nothing was built/);
  });
});
