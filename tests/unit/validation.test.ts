/**
 * One test per kind of content error: each asserts the message names the file (relative path),
 * the field and, where known, the line.
 */
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { formatProblem, type Problem } from "../../src/content/problems.ts";
import { FIXTURE_TAGS, makeArchive, VALID_ARTICLE, VALID_EVENT, withCoverage } from "../support/helpers.ts";
import { en } from "../support/helpers.ts";

const EV = "2021-03-22-pertemuan";

function load(files: Record<string, string | Uint8Array>) {
  const { root, articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
  return loadArchive(articles, { displayRoot: root });
}

function errorsOf(files: Record<string, string | Uint8Array>): Problem[] {
  const r = load(files);
  expect(r.archive).toBeUndefined();
  const errors = r.problems.filter((p) => p.severity === "error");
  expect(errors.length).toBeGreaterThan(0);
  return errors;
}

/** The one error in an otherwise valid archive. */
function onlyError(files: Record<string, string | Uint8Array>): Problem {
  const errors = errorsOf(files);
  expect(errors.map((p) => formatProblem(p, "en"))).toHaveLength(1);
  return errors[0] as Problem;
}

const withArticle = (article: string, event = VALID_EVENT) => ({ [`${EV}/index.md`]: event, [`${EV}/kontan.md`]: article });
const withEvent = (event: string) => ({ [`${EV}/index.md`]: event, [`${EV}/kontan.md`]: VALID_ARTICLE });

describe("a valid fixture archive", () => {
  it("loads without problems", () => {
    const r = load(withArticle(VALID_ARTICLE));
    expect(r.problems).toEqual([]);
    expect(r.archive?.events.map((e) => e.id)).toEqual([EV]);
  });
});

describe("content errors name file, line and field", () => {
  it("missing required field", () => {
    const p = onlyError(withEvent("---\ntitle: A\ndate: 2021-03-22\n---\n"));
    expect(formatProblem(p, "en")).toBe(`articles/${EV}/index.md:4 summary: is required but missing; add a line "summary: …" above this closing ---`);
  });

  it("empty required field", () => {
    const p = onlyError(withEvent('---\ntitle: ""\ndate: 2021-03-22\nsummary: s\n---\n'));
    expect(formatProblem(p, "en")).toBe(`articles/${EV}/index.md:2 title: may not be empty`);
  });

  it("unknown (misspelled) field with a suggestion", () => {
    const p = onlyError(withEvent("---\ntitle: A\ntittle: B\ndate: 2021-03-22\nsummary: s\n---\n"));
    expect(p).toMatchObject({ file: `articles/${EV}/index.md`, line: 3, field: "tittle" });
    expect(en(p)).toContain('unknown field "tittle"; did you mean "title"?');
  });

  it("Eleventy keys such as permalink and layout are rejected", () => {
    const errors = errorsOf(withArticle("---\noutlet: X\npermalink: /../../etc/\nlayout: evil.njk\neleventyComputed:\n  title: x\n---\nIsi\n"));
    expect(errors.map((e) => e.field).sort()).toEqual(["eleventyComputed", "layout", "permalink"]);
    for (const e of errors) {
      expect(e.file).toBe(`articles/${EV}/kontan.md`);
      expect(en(e)).toContain("is not allowed");
    }
  });

  it("impossible date", () => {
    const p = onlyError(withEvent("---\ntitle: A\ndate: 2021-02-30\nsummary: s\n---\n"));
    expect(formatProblem(p, "en")).toMatch(new RegExp(`^articles/${EV}/index.md:3 date: 2021-02-30 is not a real date`));
  });

  it("wrong date format", () => {
    const p = onlyError(withEvent("---\ntitle: A\ndate: 15 Januari 2024\nsummary: s\n---\n"));
    expect(p).toMatchObject({ line: 3, field: "date" });
    expect(en(p)).toContain("YYYY-MM-DD");
  });

  it("wrong published format", () => {
    const p = onlyError(withArticle("---\npublished: Kamis, 02 November 2017 - 15:23 WIB\n---\nIsi\n"));
    expect(p).toMatchObject({ file: `articles/${EV}/kontan.md`, line: 2, field: "published" });
  });

  it.each(["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "www.kontan.co.id/berita"])("non-http(s) URL %s", (url) => {
    const p = onlyError(withArticle(`---\noutlet: Kontan\nurl: ${url}\n---\nIsi\n`));
    expect(p).toMatchObject({ file: `articles/${EV}/kontan.md`, line: 3, field: "url" });
  });

  it("unknown tag with a suggestion and where tags are defined", () => {
    const p = onlyError(withArticle("---\noutlet: Kontan\ntags:\n  - nuklir\n  - kim-jongun\n---\nIsi\n"));
    expect(formatProblem(p, "en")).toBe(
      `articles/${EV}/kontan.md:5 tags[1]: unknown tag "kim-jongun"; did you mean "kim-jong-un"? Tags are defined in articles/tags.yaml; to add it, put these three lines there (choose one kind):\n    kim-jongun:\n      label: Kim Jongun\n      kind: tokoh | lembaga | tempat | topik`,
    );
  });

  it("unknown tag written as a label or alias suggests the id", () => {
    const p = onlyError(withArticle("---\ntags: [Kim Jong-un]\n---\nIsi\n"));
    expect(en(p)).toContain('unknown tag "Kim Jong-un"; did you mean "kim-jong-un"?');
  });

  it("tag listed twice", () => {
    const p = onlyError(withArticle("---\ntags: [nuklir, nuklir]\n---\nIsi\n"));
    expect([p.field, en(p)]).toEqual(["tags[1]", '"nuklir" is listed twice']);
  });

  it.each([
    ["Kim-Xi", "uppercase"],
    ["kim xi", "may only contain"],
    ["kim--xi", "double hyphen"],
    ["kim_xi", "may only contain"],
    ["peristiwa-é", "may only contain"],
    ["-kim", "starts or ends with a hyphen"],
  ])("bad event id %j", (id, expected) => {
    const errors = errorsOf({ [`${id}/index.md`]: VALID_EVENT });
    expect(errors[0]?.file).toBe(`articles/${id}`);
    expect(en(errors[0])).toContain(expected);
  });

  it("bad article id", () => {
    const p = onlyError({ [`${EV}/index.md`]: VALID_EVENT, [`${EV}/Kontan Berita.md`]: VALID_ARTICLE });
    expect(p.file).toBe(`articles/${EV}/Kontan Berita.md`);
    expect(en(p)).toContain("the file name is the article's id");
  });

  it("a folder without index.md", () => {
    const p = onlyError({ [`${EV}/kontan.md`]: VALID_ARTICLE });
    expect(p.file).toBe(`articles/${EV}`);
    expect(en(p)).toContain("has no index.md");
  });

  it("an article outside an event folder", () => {
    const p = onlyError({ "kontan.md": VALID_ARTICLE });
    expect(p.file).toBe("articles/kontan.md");
    expect(en(p)).toContain("must be inside an event folder");
  });

  it("an empty article body", () => {
    const p = onlyError(withArticle("---\noutlet: Kontan\n---\n\n   \n"));
    expect(formatProblem(p, "en")).toBe(`articles/${EV}/kontan.md:4 body: the article text is empty; paste the article below the closing ---`);
  });

  it("an empty file", () => {
    const p = onlyError(withArticle(""));
    expect(p.file).toBe(`articles/${EV}/kontan.md`);
    expect(en(p)).toContain("empty");
  });

  it("unparsable YAML", () => {
    const p = onlyError(withArticle('---\noutlet: "Kontan\ntags: [nuklir]\n---\nIsi\n'));
    expect(p.file).toBe(`articles/${EV}/kontan.md`);
    expect(en(p)).toContain("not valid YAML");
    expect(p.line).toBeGreaterThanOrEqual(2);
  });

  it("YAML that is not a mapping", () => {
    const p = onlyError(withArticle("---\n- outlet\n- Kontan\n---\nIsi\n"));
    expect(en(p)).toContain("not a list");
  });

  it("non-YAML frontmatter is rejected, never executed", () => {
    const marker = `arsip_js_ran_${Date.now()}`;
    const p = onlyError(withArticle(`---js\n{ outlet: (globalThis.${marker} = "Kontan") }\n---\nIsi\n`));
    expect(en(p)).toContain('frontmatter marked "js" is not allowed');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("values of the wrong type: a list where text is expected, a word where a boolean is", () => {
    const errors = errorsOf(withArticle("---\noutlet: [a, b]\ndraft: yes\n---\nIsi\n"));
    expect(errors.map((p) => formatProblem(p, "en"))).toEqual([
      `articles/${EV}/kontan.md:2 outlet: expected text, got a list`,
      `articles/${EV}/kontan.md:3 draft: must be true or false`,
    ]);
  });

  it("numbers and booleans where strings are expected are preserved as written", () => {
    const r = load(withArticle("---\noutlet: no\nauthor: 012\n---\nIsi\n"));
    expect(r.problems).toEqual([]);
    const a = r.archive?.events[0]?.articles[0];
    expect(a?.outlet).toBe("no");
    expect(a?.author).toBe("012");
  });

  it("invalid UTF-8", () => {
    const bytes = new Uint8Array([...Buffer.from("---\noutlet: K"), 0xc3, 0x28, ...Buffer.from("\n---\nIsi\n")]);
    const p = onlyError(withArticle(bytes as unknown as string));
    expect(formatProblem(p, "en")).toBe(`articles/${EV}/kontan.md:2: the file is not valid UTF-8 text; save it as UTF-8`);
  });

  it("tags.yaml: missing file, bad kind, missing label, bad id, unknown field, duplicate alias", () => {
    const { root, articles } = makeArchive(withCoverage({ [`${EV}/index.md`]: VALID_EVENT.replace("tags: [beijing]\n", "") }));
    expect(loadArchive(articles, { displayRoot: root }).problems.map((p) => formatProblem(p, "en"))).toEqual([
      "articles/tags.yaml: the tag vocabulary is missing; create it with one entry per tag (id, label, kind)",
    ]);
    const errors = errorsOf(
      withCoverage({
        "tags.yaml":
          "a:\n  label: A\n  kind: orang\nb:\n  kind: topik\nBad_Id:\n  label: X\n  kind: topik\nc:\n  label: C\n  kind: topik\n  color: red\nd:\n  label: D\n  kind: topik\n  aliases: [E]\ne:\n  label: E\n  kind: tempat\n",
        [`${EV}/index.md`]: VALID_EVENT.replace("tags: [beijing]\n", ""),
      }),
    );
    expect(errors.map((p) => formatProblem(p, "en"))).toEqual([
      "articles/tags.yaml:3 a.kind: must be one of tokoh, lembaga, tempat, topik",
      "articles/tags.yaml:4 b.label: is required but missing",
      'articles/tags.yaml:6 Bad_Id: tag id "Bad_Id" has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens',
      'articles/tags.yaml:12 c.color: unknown field "color". Allowed fields: label, kind, aliases',
      'articles/tags.yaml:17 e: "E" is also a label or alias of tag "d"; each name may point to one tag only',
    ]);
  });

  it("tags.yaml duplicate tag id", () => {
    const p = onlyError(
      withCoverage({
        "tags.yaml": "a:\n  label: A\n  kind: topik\na:\n  label: B\n  kind: topik\n",
        [`${EV}/index.md`]: VALID_EVENT.replace("tags: [beijing]\n", ""),
      }),
    );
    expect(p).toMatchObject({ file: "articles/tags.yaml", line: 4 });
  });

  it("reports every problem at once, sorted by file and line", () => {
    const errors = errorsOf({
      [`${EV}/index.md`]: "---\ntitle: A\ndate: 2021-02-30\n---\n",
      [`${EV}/kontan.md`]: "---\nurl: javascript:x\ntags: [nope]\n---\n",
      "2024-01-01-lain/berita.md": VALID_ARTICLE,
    });
    expect(errors.map((p) => formatProblem(p, "en"))).toEqual([
      `articles/${EV}/index.md:3 date: 2021-02-30 is not a real date (month 2 of 2021 has 28 days)`,
      `articles/${EV}/index.md:4 summary: is required but missing; add a line "summary: …" above this closing ---`,
      `articles/${EV}/kontan.md:2 url: only http and https addresses are allowed, not "javascript:"`,
      `articles/${EV}/kontan.md:3 tags[0]: unknown tag "nope". Tags are defined in articles/tags.yaml; to add it, put these three lines there (choose one kind):\n    nope:\n      label: Nope\n      kind: tokoh | lembaga | tempat | topik`,
      `articles/${EV}/kontan.md:5 body: the article text is empty; paste the article below the closing ---`,
      "articles/2024-01-01-lain: the event folder has no index.md; every event folder needs one with the event's title, date and summary",
    ]);
  });
});

describe("drafts", () => {
  it("leaves draft events and articles out and counts them", () => {
    const r = load({
      [`${EV}/index.md`]: VALID_EVENT,
      [`${EV}/kontan.md`]: VALID_ARTICLE,
      [`${EV}/tempo.md`]: VALID_ARTICLE.replace("---\n", "---\ndraft: true\n"),
      "2022-01-01-draf/index.md": VALID_EVENT.replace("---\n", "---\ndraft: true\n"),
      "2022-01-01-draf/a.md": VALID_ARTICLE,
      "2022-01-01-draf/b.md": VALID_ARTICLE,
    });
    expect(r.problems).toEqual([]);
    expect(r.archive?.events.map((e) => e.id)).toEqual([EV]);
    expect(r.archive?.events[0]?.articles.map((a) => a.id)).toEqual(["kontan"]);
    expect(r.archive?.drafts).toEqual({ events: 1, articles: 3 });
    expect(r.archive?.articleCount).toBe(1);
  });
});
