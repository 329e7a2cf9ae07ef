/**
 * Hostile input that must fail cleanly: one fixture archive per case, run through the real
 * `npm run check` and `npm run build` side by side. Each case asserts the exact problem lines
 * (relative file, line where known, field, message), exit 1 from both CLIs, and that the build
 * wrote nothing at all.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import { FIXTURE_TAGS, VALID_ARTICLE, VALID_EVENT } from "../../support/helpers.ts";
import { archive, checkAndBuild, CLI_TEST_TIMEOUT, EV, PLAIN_EVENT, rejectedExactly, type Files } from "./harness.ts";

const A = `articles/${EV}`;
/** The event `EV` with `event` as its index.md and the given article files (names inside the event folder). */
const withArticles = (articles: Files, event = VALID_EVENT): Files => ({
  [`${EV}/index.md`]: event,
  ...Object.fromEntries(Object.entries(articles).map(([name, content]) => [`${EV}/${name}`, content])),
});
const TAGS_HINT = "Tags are defined in articles/tags.yaml";
/** What an unknown tag that tags.yaml could take as an id adds: the entry to put there. */
const NEW_TAG = (id: string, label: string): string =>
  `; to add it, put these three lines there (choose one kind):\n    ${id}:\n      label: ${label}\n      kind: tokoh | lembaga | tempat | topik`;
const NOT_ALLOWED = "is not allowed: pages, URLs and layouts come from the archive, not from article files";
const BAD_CHARS = "may only contain lowercase a-z, 0-9 and single hyphens (no spaces, dots, slashes or accents)";
const ARTICLE_FIELDS = "Allowed fields: title, outlet, published, url, archive_url, archive_date, author, editor, via, language, tags, draft";
const EVENT_FIELDS = "Allowed fields: title, date, place, summary, tags, draft";
const NOT_UTF8 = "the file is not valid UTF-8 text; save it as UTF-8";

/** A YAML "billion laughs": 9^6 values from a few lines if aliases were expanded without a limit. */
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
].join("\n");

interface RejectCase {
  name: string;
  files: Files | (() => Files);
  expected: string[];
}

const CASES: RejectCase[] = [
  {
    name: "1. a YAML syntax error (an unclosed quote) points to the line where the quote opens",
    files: withArticles({
      "a.md": '---\noutlet: "Kontan\ntags: [kim-jong-un]\nauthor: Budi\n---\nIsi artikel.\n',
      "b.md": "---\noutlet: Kontan\ntitle: 'Judul\n---\nIsi artikel.\n",
    }),
    expected: [
      `${A}/a.md:2 outlet: the frontmatter is not valid YAML: Missing closing "quote`,
      `${A}/b.md:3 title: the frontmatter is not valid YAML: Missing closing 'quote`,
    ],
  },
  {
    name: "2. a duplicate key, in an article and in tags.yaml (whose tags are then not also called unknown)",
    files: {
      "tags.yaml": `${FIXTURE_TAGS}nuklir:\n  label: Nuklir lagi\n  kind: topik\n`,
      ...withArticles({ "a.md": "---\noutlet: Kontan\nauthor: Budi\noutlet: Tempo\ntags: [nuklir]\n---\nIsi artikel.\n", "b.md": VALID_ARTICLE }),
    },
    expected: [
      `${A}/a.md:4 outlet: the frontmatter is not valid YAML: Map keys must be unique`,
      "articles/tags.yaml:14: not valid YAML: Map keys must be unique",
    ],
  },
  {
    name: "3. no closing --- : the body never silently becomes data",
    files: withArticles({
      // nothing closes the frontmatter
      "a.md": "---\noutlet: Kontan\nauthor: Budi\n\nSEOUL - Para pemimpin China dan Korea Utara menegaskan aliansi.\n",
      // a later --- (a horizontal rule) would close it: the indented first paragraph must not fold into `outlet`
      "b.md": "---\noutlet: Kontan\n\n    SEOUL - Para pemimpin China dan Korea Utara.\n\n---\n\nParagraf kedua.\n",
      // ... nor may a plain first paragraph
      "c.md": "---\noutlet: Kontan\n\nPara pemimpin China dan Korea Utara menegaskan aliansi.\n\n---\n\nParagraf kedua.\n",
    }),
    expected: [
      `${A}/a.md:1: the frontmatter opened on line 1 is never closed; add a line --- after the last field`,
      `${A}/b.md:2 outlet: must be one line of text; is the line --- that ends the frontmatter missing above the article text?`,
      `${A}/c.md:4: the frontmatter is not valid YAML: Implicit map keys need to be followed by map values`,
    ],
  },
  {
    name: "4. a blank line (or a BOM and a blank line) before the opening ---",
    files: withArticles({
      "a.md": "\n---\noutlet: Kontan\n---\nIsi artikel.\n",
      "b.md": " \t\n---\noutlet: Kontan\n---\nIsi artikel.\n",
      "c.md": "\uFEFF\n---\noutlet: Kontan\n---\nIsi artikel.\n",
    }),
    expected: ["a", "b", "c"].map((f) => `${A}/${f}.md:1: the file must start with --- on its first line; remove the blank lines before it`),
  },
  {
    name: "5. frontmatter that is a single value or a list",
    files: withArticles({
      "a.md": "---\nSEOUL - berita tanpa field\n---\nIsi artikel.\n",
      "b.md": "---\n- outlet: Kontan\n- author: Budi\n---\nIsi artikel.\n",
      "c.md": "---\n[Kontan, Budi]\n---\nIsi artikel.\n",
      "d.md": '---\n"012"\n---\nIsi artikel.\n',
    }),
    expected: [
      `${A}/a.md:2: the frontmatter must be a list of "field: value" lines, not a single value`,
      `${A}/b.md:2: the frontmatter must be a list of "field: value" lines, not a list`,
      `${A}/c.md:2: the frontmatter must be a list of "field: value" lines, not a list`,
      `${A}/d.md:2: the frontmatter must be a list of "field: value" lines, not a single value`,
    ],
  },
  {
    name: "7. a missing required field and a misspelled one",
    files: {
      [`${EV}/index.md`]: "---\ntittle: Pertemuan di Beijing\ndate: 2021-03-22\nsummary: Dua pihak bertemu.\n---\n",
      [`${EV}/a.md`]: "---\noutlte: Kontan\n---\nIsi artikel.\n",
    },
    expected: [
      `${A}/a.md:2 outlte: unknown field "outlte"; did you mean "outlet"? ${ARTICLE_FIELDS}`,
      // one message per mistake: the misspelt title is not also reported as a missing one
      `${A}/index.md:2 tittle: unknown field "tittle"; did you mean "title"? ${EVENT_FIELDS}`,
    ],
  },
  {
    name: "8. impossible dates",
    files: withArticles(
      {
        "a.md": "---\noutlet: Kontan\npublished: 2023-02-29T10:00\n---\nIsi artikel.\n",
        "b.md": "---\noutlet: Kontan\npublished: 2021-13-01\n---\nIsi artikel.\n",
        "c.md": "---\noutlet: Kontan\npublished: 2024-01-15T24:30\n---\nIsi artikel.\n",
      },
      PLAIN_EVENT.replace("2021-03-22", "2021-02-30"),
    ),
    expected: [
      `${A}/a.md:3 published: 2023-02-29 is not a real date (month 2 of 2023 has 28 days)`,
      `${A}/b.md:3 published: 2021-13-01 is not a real date (there is no month 13)`,
      `${A}/c.md:3 published: "2024-01-15T24:30" has an impossible time of day`,
      `${A}/index.md:3 date: 2021-02-30 is not a real date (month 2 of 2021 has 28 days)`,
    ],
  },
  {
    name: "9. dates in prose",
    files: withArticles(
      {
        "a.md": "---\noutlet: Kontan\npublished: Kamis, 02 November 2017 - 15:23 WIB\n---\nIsi artikel.\n",
        "b.md": "---\noutlet: Kontan\npublished: 15/01/2024\n---\nIsi artikel.\n",
      },
      PLAIN_EVENT.replace("2021-03-22", "15 Januari 2024"),
    ),
    expected: [
      `${A}/a.md:3 published: "Kamis, 02 November 2017 - 15:23 WIB" is not a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +07:00)`,
      `${A}/b.md:3 published: "15/01/2024" is not a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +07:00)`,
      `${A}/index.md:3 date: "15 Januari 2024" is not a date in the form YYYY-MM-DD (for example 2021-03-22)`,
    ],
  },
  {
    name: "13. ids with .., a nested folder, uppercase, spaces or non-ASCII",
    files: {
      "tags.yaml": `${FIXTURE_TAGS}"../etc":\n  label: Naik\n  kind: topik\n`,
      ...withArticles({
        "a.md": VALID_ARTICLE,
        "kim..xi.md": VALID_ARTICLE,
        "...md": VALID_ARTICLE,
        "Kontan.md": VALID_ARTICLE,
        "kontan berita.md": VALID_ARTICLE,
        "berita-é.md": VALID_ARTICLE,
        "sub/a.md": VALID_ARTICLE,
      }),
      "2021-01-01..x/index.md": VALID_EVENT,
      "2021/2021-01-02-y/index.md": VALID_EVENT,
      "2021-01-03-pyŏngyang/index.md": VALID_EVENT,
      "2021-01-04 kunjungan/index.md": VALID_EVENT,
    },
    expected: [
      "articles/2021: the event folder has no index.md; every event folder needs one with the event's title, date and summary",
      `articles/2021-01-01..x: the folder name is the event's id and URL: "2021-01-01..x" ${BAD_CHARS}`,
      `articles/2021-01-03-pyŏngyang: the folder name is the event's id and URL: "2021-01-03-pyŏngyang" ${BAD_CHARS}`,
      `articles/2021-01-04 kunjungan: the folder name is the event's id and URL: "2021-01-04 kunjungan" ${BAD_CHARS}`,
      `${A}/...md: the file name is the article's id: ".." ${BAD_CHARS}`,
      `${A}/berita-é.md: the file name is the article's id: "berita-é" ${BAD_CHARS}`,
      `${A}/kim..xi.md: the file name is the article's id: "kim..xi" ${BAD_CHARS}`,
      `${A}/kontan berita.md: the file name is the article's id: "kontan berita" ${BAD_CHARS}`,
      `${A}/Kontan.md: the file name is the article's id: "Kontan" has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens`,
      `${A}/sub: folders inside an event folder are not allowed; an event folder holds index.md and one .md file per article`,
      `articles/tags.yaml:14 ../etc: tag id "../etc" ${BAD_CHARS}`,
    ],
  },
  {
    name: "14. ids that differ only in case or Unicode normalisation: events, tags, labels",
    files: {
      "tags.yaml": `${FIXTURE_TAGS}Kim:\n  label: Kim Besar\n  kind: tokoh\nkim:\n  label: Kim Kecil\n  kind: tokoh\nkafe-a:\n  label: Café\n  kind: tempat\nkafe-b:\n  label: Cafe\u0301\n  kind: tempat\nkim-a:\n  label: Kim\n  kind: tokoh\nkim-b:\n  label: KIM\n  kind: tokoh\n`,
      ...withArticles({ "a.md": "---\noutlet: Kontan\ntags: [kim, Kim, KIM]\n---\nIsi artikel.\n" }),
      "2021-01-01-kim/index.md": VALID_EVENT,
      "2021-01-01-kim/antara.md": "---\noutlet: Antara\n---\nIsi.\n",
      "2021-01-01-Kim/index.md": VALID_EVENT,
      "2021-01-02-café/index.md": VALID_EVENT,
      "2021-01-02-cafe\u0301/index.md": VALID_EVENT,
    },
    expected: [
      `articles/2021-01-01-Kim: the folder name is the event's id and URL: "2021-01-01-Kim" has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens`,
      // the same name twice to the eye: decomposed (e + U+0301) first, as the folders are listed
      `articles/2021-01-02-cafe\u0301: the folder name is the event's id and URL: "2021-01-02-cafe\u0301" ${BAD_CHARS}`,
      `articles/2021-01-02-café: the folder name is the event's id and URL: "2021-01-02-café" ${BAD_CHARS}`,
      `${A}/a.md:3 tags[2]: unknown tag "KIM"; did you mean "kim"? ${TAGS_HINT}`,
      `articles/tags.yaml:14 Kim: tag id "Kim" has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens`,
      `articles/tags.yaml:23 kafe-b: "Café" is also a label or alias of tag "kafe-a"; each name may point to one tag only`,
      `articles/tags.yaml:29 kim-b: "KIM" is also a label or alias of tag "kim-a"; each name may point to one tag only`,
    ],
  },
  {
    name: "14. tag ids that differ only in Unicode normalisation are one key twice",
    files: {
      "tags.yaml": `${FIXTURE_TAGS}café:\n  label: Kafe\n  kind: tempat\ncafe\u0301:\n  label: Kafe lain\n  kind: tempat\n`,
      ...withArticles({ "a.md": VALID_ARTICLE }),
    },
    expected: ["articles/tags.yaml:17: not valid YAML: Map keys must be unique"],
  },
  {
    name: '15. an empty id: an article file named .md, a tag id "", empty tag references and an empty title',
    files: {
      "tags.yaml": `${FIXTURE_TAGS}"":\n  label: Kosong\n  kind: topik\n`,
      ...withArticles(
        { ".md": VALID_ARTICLE, "a.md": '---\noutlet: Kontan\ntags: ["", " "]\n---\nIsi artikel.\n' },
        '---\ntitle: "   "\ndate: 2021-03-22\nsummary: Dua pihak bertemu.\n---\n',
      ),
    },
    expected: [
      `${A}/.md: the file name is the article's id: an id may not be empty`,
      `${A}/a.md:3 tags[0]: may not be empty`,
      `${A}/a.md:3 tags[1]: may not be empty`,
      `${A}/index.md:2 title: may not be empty`,
      "articles/tags.yaml:14: tag id an id may not be empty",
    ],
  },
  {
    name: "17. an article outside any event folder, and a folder with articles but no index.md",
    files: {
      "kontan.md": VALID_ARTICLE,
      "2021-05-01-tanpa-index/a.md": VALID_ARTICLE,
      "2021-05-01-tanpa-index/b.md": VALID_ARTICLE,
      ...withArticles({ "a.md": VALID_ARTICLE }),
    },
    expected: [
      "articles/2021-05-01-tanpa-index: the event folder has no index.md; every event folder needs one with the event's title, date and summary",
      "articles/kontan.md: an article must be inside an event folder: move it to articles/<event-id>/kontan.md next to that event's index.md",
    ],
  },
  {
    name: "18. an empty file, frontmatter only, an empty or blank body",
    files: {
      ...withArticles({
        "a.md": "",
        "b.md": "---\noutlet: Kontan\n---",
        "c.md": "---\noutlet: Kontan\n---\n\n   \n\t\n",
        "d.md": "---\noutlet: Kontan\n---\n\u200B\n",
        "e.md": "\uFEFF",
      }),
      "2021-05-01-kosong/index.md": "",
      "2021-05-01-kosong/a.md": VALID_ARTICLE,
    },
    expected: [
      `${A}/a.md: the file is empty; it needs frontmatter between two lines of ---`,
      `${A}/b.md:4 body: the article text is empty; paste the article below the closing ---`,
      `${A}/c.md:4 body: the article text is empty; paste the article below the closing ---`,
      `${A}/d.md:4 body: the article text is empty; paste the article below the closing ---`,
      `${A}/e.md: the file is empty; it needs frontmatter between two lines of ---`,
      "articles/2021-05-01-kosong/index.md: the file is empty; it needs frontmatter between two lines of ---",
    ],
  },
  {
    name: "19. invalid UTF-8 (Latin-1, UTF-16, a stray byte in tags.yaml) names the file and line",
    files: () => {
      const latin1 = new Uint8Array([...Buffer.from("---\noutlet: Kontan\n---\nIsi artikel.\nCaf"), 0xe9, ...Buffer.from(" di Pyongyang.\n")]);
      const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("---\noutlet: Kontan\n---\nIsi artikel.\n", "utf16le")]);
      const tags = new Uint8Array([...Buffer.from("kim-jong-un:\n  label: Kim "), 0xff, ...Buffer.from("\n  kind: tokoh\n")]);
      return { "tags.yaml": tags, ...withArticles({ "latin1.md": latin1, "utf16.md": utf16 }) };
    },
    expected: [`${A}/latin1.md:5: ${NOT_UTF8}`, `${A}/utf16.md:1: ${NOT_UTF8}`, `articles/tags.yaml:2: ${NOT_UTF8}`],
  },
  {
    name: "21. the same broken text in several files errors once per file (no cache)",
    files: {
      ...withArticles({ "a.md": "---\noutlet: 'Kontan\n---\nIsi artikel.\n", "b.md": "---\noutlet: 'Kontan\n---\nIsi artikel.\n" }),
      "2022-01-01-lain/index.md": VALID_EVENT,
      "2022-01-01-lain/a.md": "---\noutlet: 'Kontan\n---\nIsi artikel.\n",
    },
    expected: [`${A}/a.md`, `${A}/b.md`, "articles/2022-01-01-lain/a.md"].map(
      (f) => `${f}:2 outlet: the frontmatter is not valid YAML: Missing closing 'quote`,
    ),
  },
  {
    name: "26. javascript:, file:, data:, vbscript: and protocol-relative addresses in url",
    files: withArticles({
      "a.md": "---\noutlet: Kontan\nurl: javascript:alert(1)\n---\nIsi artikel.\n",
      "b.md": "---\noutlet: Kontan\nurl: file:///etc/passwd\n---\nIsi artikel.\n",
      "c.md": '---\noutlet: Kontan\nurl: " JavaScript:alert(document.cookie)"\n---\nIsi artikel.\n',
      "d.md": "---\noutlet: Kontan\nurl: //evil.example/x\n---\nIsi artikel.\n",
      "e.md": "---\noutlet: Kontan\nurl: data:text/html,<script>alert(1)</script>\n---\nIsi artikel.\n",
      "f.md": "---\noutlet: Kontan\nurl: vbscript:msgbox(1)\n---\nIsi artikel.\n",
    }),
    expected: [
      `${A}/a.md:3 url: only http and https addresses are allowed, not "javascript:"`,
      `${A}/b.md:3 url: only http and https addresses are allowed, not "file:"`,
      `${A}/c.md:3 url: only http and https addresses are allowed, not "javascript:"`,
      `${A}/d.md:3 url: "//evil.example/x" is not a complete web address (it must start with https:// or http://)`,
      `${A}/e.md:3 url: only http and https addresses are allowed, not "data:"`,
      `${A}/f.md:3 url: only http and https addresses are allowed, not "vbscript:"`,
    ],
  },
  {
    name: "28. a YAML alias bomb, in an article and in tags.yaml",
    files: { "tags.yaml": `${ALIAS_BOMB}\n`, ...withArticles({ "a.md": `---\n${ALIAS_BOMB}\n---\nIsi artikel.\n` }) },
    expected: [
      `${A}/a.md:2: the frontmatter could not be read: Excessive alias count indicates a resource exhaustion attack`,
      "articles/tags.yaml: could not be read: Excessive alias count indicates a resource exhaustion attack",
    ],
  },
  {
    name: "29. an unknown tag suggests the nearest known one",
    files: withArticles(
      { "a.md": "---\noutlet: Kontan\ntags:\n  - kim-jongun\n  - xijinping\n  - Beijing\n  - Kim Jong-un\n  - nuklr\n  - zzz-tidak-ada\n---\nIsi artikel.\n" },
      VALID_EVENT.replace("tags: [beijing]", "tags: [bejing]"),
    ),
    expected: [
      `${A}/a.md:4 tags[0]: unknown tag "kim-jongun"; did you mean "kim-jong-un"? ${TAGS_HINT}${NEW_TAG("kim-jongun", "Kim Jongun")}`,
      `${A}/a.md:5 tags[1]: unknown tag "xijinping"; did you mean "xi-jinping"? ${TAGS_HINT}${NEW_TAG("xijinping", "Xijinping")}`,
      // not an id tags.yaml would take: no entry to add, only the tag it means
      `${A}/a.md:6 tags[2]: unknown tag "Beijing"; did you mean "beijing"? ${TAGS_HINT}`,
      `${A}/a.md:7 tags[3]: unknown tag "Kim Jong-un"; did you mean "kim-jong-un"? ${TAGS_HINT}`,
      `${A}/a.md:8 tags[4]: unknown tag "nuklr"; did you mean "nuklir"? ${TAGS_HINT}${NEW_TAG("nuklr", "Nuklr")}`,
      `${A}/a.md:9 tags[5]: unknown tag "zzz-tidak-ada". ${TAGS_HINT}${NEW_TAG("zzz-tidak-ada", "Zzz Tidak Ada")}`,
      `${A}/index.md:5 tags[0]: unknown tag "bejing"; did you mean "beijing"? ${TAGS_HINT}${NEW_TAG("bejing", "Bejing")}`,
    ],
  },
];

describe.concurrent("hostile input fails cleanly in npm run check and npm run build", { timeout: CLI_TEST_TIMEOUT }, () => {
  for (const c of CASES) {
    it(c.name, async ({ expect }) => {
      const { articles } = archive(typeof c.files === "function" ? c.files() : c.files);
      expect(rejectedExactly(await checkAndBuild(articles), c.expected)).toEqual([]);
    });
  }

  it("6. ---js, ---json and any other language tag are rejected and never executed", async ({ expect }) => {
    const trap = mkdtempSync(join(tmpdir(), "arsip-trap-"));
    const marker = (name: string): string => join(trap, name);
    // what gray-matter's `---js` engine would run: an expression that writes a file
    const payload = (name: string): string => `(process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker(name))}, "ran"), "Kontan")`;
    // the payload is live: evaluated as such an engine evaluates it, it does write its file
    new Function(`return ({ outlet: ${payload("control")} })`)();
    expect(existsSync(marker("control"))).toBe(true);

    const { articles } = archive(
      withArticles({
        "a.md": `---js\n{ outlet: ${payload("js")} }\n---\nIsi artikel.\n`,
        "b.md": `---javascript\n({ outlet: ${payload("javascript")} })\n---\nIsi artikel.\n`,
        "c.md": `--- js\nmodule.exports = { outlet: ${payload("js-space")} }\n---\nIsi artikel.\n`,
        "d.md": '---json\n{ "outlet": "Kontan" }\n---\nIsi artikel.\n',
        "e.md": "---yaml\noutlet: Kontan\n---\nIsi artikel.\n",
        "f.md": "---coffee\noutlet: 'Kontan'\n---\nIsi artikel.\n",
        "g.md": '+++\noutlet = "Kontan"\n+++\nIsi artikel.\n',
      }),
    );
    const runs = await checkAndBuild(articles);
    const marked = (f: string, lang: string): string =>
      `${A}/${f}.md:1: frontmatter marked "${lang}" is not allowed; write plain YAML between two lines of ---`;
    expect(
      rejectedExactly(runs, [
        marked("a", "js"),
        marked("b", "javascript"),
        marked("c", "js"),
        marked("d", "json"),
        marked("e", "yaml"),
        marked("f", "coffee"),
        `${A}/g.md:1: the file must start with frontmatter: a line ---, the fields, then another line ---`,
      ]),
    ).toEqual([]);
    expect(readdirSync(trap)).toEqual(["control"]);
  });

  it("12. permalink, layout, eleventyComputed and other Eleventy keys are rejected, and nothing lands where they point", async ({ expect }) => {
    const trap = mkdtempSync(join(tmpdir(), "arsip-trap-"));
    const up = "/..".repeat(12);
    const { articles } = archive({
      "tags.yaml": `${FIXTURE_TAGS}evil:\n  label: Evil\n  kind: topik\n  permalink: ${up}${trap}/tag.html\n`,
      [`${EV}/index.md`]: `---\ntitle: Pertemuan\ndate: 2021-03-22\nsummary: Dua pihak bertemu.\npermalink: ${up}${trap}/event.html\n---\n`,
      [`${EV}/a.md`]: [
        "---",
        "outlet: Kontan",
        `permalink: "${up}${trap}/index.html"`,
        "layout: ../../../../etc/passwd",
        "eleventyComputed:",
        '  title: "{{ 7 * 7 }}"',
        "eleventyExcludeFromCollections: true",
        "pagination:",
        "  data: archive",
        "templateEngineOverride: njk,md",
        "eleventyNavigation:",
        "  key: x",
        "---",
        "Isi artikel.",
        "",
      ].join("\n"),
    });
    const runs = await checkAndBuild(articles);
    expect(
      rejectedExactly(runs, [
        `${A}/a.md:3 permalink: "permalink" ${NOT_ALLOWED}`,
        `${A}/a.md:4 layout: "layout" ${NOT_ALLOWED}`,
        `${A}/a.md:5 eleventyComputed: "eleventyComputed" ${NOT_ALLOWED}`,
        `${A}/a.md:7 eleventyExcludeFromCollections: "eleventyExcludeFromCollections" ${NOT_ALLOWED}`,
        `${A}/a.md:8 pagination: "pagination" ${NOT_ALLOWED}`,
        `${A}/a.md:10 templateEngineOverride: "templateEngineOverride" ${NOT_ALLOWED}`,
        `${A}/a.md:11 eleventyNavigation: "eleventyNavigation" ${NOT_ALLOWED}`,
        `${A}/index.md:5 permalink: "permalink" ${NOT_ALLOWED}`,
        `articles/tags.yaml:17 evil.permalink: "permalink" ${NOT_ALLOWED}`,
      ]),
    ).toEqual([]);
    expect(readdirSync(trap)).toEqual([]);
  });
});
