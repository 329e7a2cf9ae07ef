/**
 * Property tests (fast-check), at least 1,000 generated cases each:
 * - random frontmatter and bodies either load into the typed model or give problems that name
 *   the file, never a crash (the pure parse + validate path, and the loader on real folders);
 * - random markdown never renders a `<script`, an `on…=` attribute or an unsafe link;
 * - the loader is deterministic; BOM, CRLF and zero-width characters never change a parse;
 * - a valid id is lowercase ASCII, so no two valid ids differ only in case or normalisation.
 */
import { rmSync } from "node:fs";
import fc from "fast-check";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { decodeUtf8, parseFrontmatter } from "../../../src/content/frontmatter.ts";
import { idProblem } from "../../../src/content/ids.ts";
import { loadArchive } from "../../../src/content/loader.ts";
import { renderMarkdown } from "../../../src/site/markdown.ts";
import type { Archive } from "../../../src/content/model.ts";
import type { Problem } from "../../../src/content/problems.ts";
import { ARTICLE_FIELDS, articleSchema, EVENT_FIELDS, eventSchema, validate } from "../../../src/content/schema.ts";
import { FIXTURE_TAGS, makeArchive } from "../../support/helpers.ts";
import { en } from "../../support/helpers.ts";

const RUNS = 1_000;

// ------------------------------------------------------------------------------------------------
// generators

/** Scalars an editor might type, the YAML 1.1 traps among them, and random text. */
const scalar = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom("Kontan", "Pertemuan di Beijing", "Dua pihak bertemu.", "Budi Santoso") },
    fc.constantFrom(
      "012",
      "no",
      "yes",
      "on",
      "off",
      "~",
      "null",
      "true",
      "false",
      "1e3",
      "0x1F",
      "0o17",
      ".inf",
      ".nan",
      "-",
      "",
      " ",
      "2021-03-22",
      "2021-02-30",
      "2024-01-15T23:30",
      "2017-11-02T15:23:00+07:00",
      "15 Januari 2024",
      "https://kontan.co.id/a",
      "javascript:alert(1)",
      "//evil.example",
      "id",
      "en-GB",
      "Kontan",
      "kim-jong-un",
      "nuklir",
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  )
  .map((s) => s);

/** A YAML rendering of a scalar: plain, quoted, block, with an anchor or a tag, or broken. */
const yamlValue = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: scalar.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: scalar.map((s) => `'${s.replace(/'/g, "''")}'`) },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }).map((xs) => xs.map((x) => `\n  - ${x}`).join("")) },
  { weight: 1, arbitrary: fc.tuple(scalar, scalar).map(([a, b]) => `\n  ${a || "k"}: ${b}`) },
  { weight: 1, arbitrary: scalar.map((s) => `|\n  ${s}\n  ${s}`) },
  { weight: 1, arbitrary: scalar.map((s) => `>\n  ${s}\n\n  ${s}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "&a x",
      "*a",
      "*nope",
      "!!binary aGVsbG8=",
      "!!js/function 'function(){}'",
      "!!set {a, b}",
      '"unclosed',
      "'unclosed",
      "[unclosed",
      "{a: b",
      "@x",
      "`x`",
      "%x",
      "x # comment",
      "a: b: c",
      "\t",
      "- a\n- b",
    ),
  },
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...new Set([...ARTICLE_FIELDS, ...EVENT_FIELDS])) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "tittle",
      "outlte",
      "permalink",
      "layout",
      "eleventyComputed",
      "pagination",
      "__proto__",
      "constructor",
      "toString",
      "<<",
      "? x",
      "-",
      "1",
      "tags[0]",
      "Title",
      "ti\u200Btle",
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);

const fieldLines = fc.array(
  fc.tuple(key, yamlValue).map(([k, v]) => `${k}: ${v}`),
  { maxLength: 8 },
);

/** Mostly sensible fields, so that a fair share of cases load. */
const sensible = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: other });
const plausibleEvent = fc
  .record({
    title: sensible(fc.constant("Pertemuan di Beijing"), scalar),
    date: sensible(
      fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      scalar,
    ),
    summary: sensible(fc.constant("Dua pihak bertemu."), scalar),
    tags: sensible(fc.constantFrom("", "tags: [beijing]\n", "tags: [nuklir, beijing]\n"), fc.constantFrom("tags: [nope]\n", "tags: beijing\n")),
  })
  .map((e) => `title: ${e.title}\ndate: ${e.date}\nsummary: ${e.summary}\n${e.tags}`);

const plausibleArticle = fc
  .record({
    outlet: fc.option(sensible(fc.constantFrom("Kontan", "no", "012"), scalar), { nil: undefined }),
    published: fc.option(
      sensible(
        fc.date({ min: new Date("1950-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
        scalar,
      ),
      { nil: undefined },
    ),
    url: fc.option(sensible(fc.webUrl(), scalar), { nil: undefined }),
    tags: sensible(
      fc.constantFrom("", "tags: [kim-jong-un]\n", "tags:\n  - nuklir\n  - xi-jinping\n"),
      fc.constantFrom("tags: [kim-jongun]\n", "tags: [nuklir, nuklir]\n"),
    ),
  })
  .map(
    (a) =>
      `${a.outlet === undefined ? "" : `outlet: ${a.outlet}\n`}${a.published === undefined ? "" : `published: ${a.published}\n`}${a.url === undefined ? "" : `url: ${a.url}\n`}${a.tags}`,
  );

const body = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Isi artikel.\n", "Isi\n---\nlagi\n", "<script>alert(1)</script>\n", "[x](javascript:alert(1))\n") },
  { weight: 1, arbitrary: fc.constantFrom("", "\n", "   \n\t\n", "---\n") },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 100 }) },
);

/** A whole content file: frontmatter (well-formed or not) and a body, then maybe made dirty or broken. */
const contentText = (fields: fc.Arbitrary<string>, dirt = true) =>
  fc
    .tuple(
      fc.oneof(
        { weight: 12, arbitrary: fc.constant("---") },
        { weight: 1, arbitrary: fc.constantFrom("--- ", "---js", "---json", "----", "", "\n---", "+++") },
      ),
      fields,
      fc.oneof({ weight: 12, arbitrary: fc.constant("---") }, { weight: 1, arbitrary: fc.constantFrom("", "...", "----") }),
      body,
      dirt
        ? fc.oneof({ weight: 4, arbitrary: fc.constant("none") }, { weight: 1, arbitrary: fc.constantFrom("bom", "crlf", "cr", "zw", "nul") })
        : fc.constant("none"),
    )
    .map(([open, yaml, close, text, dirt]) => {
      const file = `${open}\n${yaml}${yaml.endsWith("\n") || yaml === "" ? "" : "\n"}${close}\n${text}`;
      switch (dirt) {
        case "bom":
          return `\uFEFF${file}`;
        case "crlf":
          return file.replace(/\n/g, "\r\n");
        case "cr":
          return file.replace(/\n/g, "\r");
        case "zw":
          return file.replace(/e/g, "e\u200B");
        case "nul":
          return file.replace(/a/, "\u0000");
        default:
          return file;
      }
    });

const anyText = (plausible: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: contentText(plausible) },
    { weight: 2, arbitrary: contentText(fieldLines.map((l) => l.join("\n"))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  );
const anyEventText = anyText(plausibleEvent);
const anyArticleText = anyText(plausibleArticle);
/** Files that are valid (with random but valid values, and BOM, CRLF or zero-width characters at times). */
const goodEvent = fc
  .tuple(
    fc.date({ min: new Date("1950-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
    fc.constantFrom("", "tags: [beijing]\n", "place: Pyongyang\n"),
    fc.constantFrom("", "Latar belakang.\n"),
  )
  .map(([d, extra, text]) => `---\ntitle: Peristiwa\ndate: ${d.toISOString().slice(0, 10)}\nsummary: Ringkas.\n${extra}---\n${text}`);
const goodArticle = fc
  .tuple(
    fc.constantFrom("", "outlet: Kontan\n", "outlet: no\nauthor: 012\n"),
    fc.option(fc.webUrl(), { nil: undefined }),
    fc.constantFrom("", "tags: [nuklir]\n", "draft: true\n"),
    fc.string({ minLength: 1, maxLength: 80 }),
  )
  .map(([fields, url, extra, text]) => `---\n${fields}${url === undefined ? "" : `url: ${JSON.stringify(url)}\n`}${extra}---\nIsi ${text}\n`);
const sometimesDirty = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.constantFrom("none", "none", "bom", "crlf", "zw"))
    .map(([t, dirt]) => (dirt === "bom" ? `\uFEFF${t}` : dirt === "crlf" ? t.replace(/\n/g, "\r\n") : dirt === "zw" ? t.replace(/i/g, "i\u200B") : t));
/** For whole archives, which load only when every file is valid: mostly valid files, the rest anything. */
const archiveEventText = fc.oneof({ weight: 4, arbitrary: sometimesDirty(goodEvent) }, { weight: 1, arbitrary: anyEventText });
const archiveArticleText = fc.oneof({ weight: 4, arbitrary: sometimesDirty(goodArticle) }, { weight: 1, arbitrary: anyArticleText });
/** Raw bytes: valid UTF-8 text, or text with bytes that are not UTF-8 spliced in. */
const fileBytes = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 5, arbitrary: text.map((t) => new Uint8Array(Buffer.from(t, "utf8"))) },
    {
      weight: 1,
      arbitrary: fc.tuple(text, fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat()).map(([t, junk, at]) => {
        const b = Buffer.from(t, "utf8");
        const i = b.length === 0 ? 0 : at % b.length;
        return new Uint8Array([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
      }),
    },
  );

// ------------------------------------------------------------------------------------------------
// what every outcome must look like

const lineCount = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString("latin1")
    .split(/\r\n|\r|\n/).length;

/** A problem names the file, says something, and points at an existing line (or just past the end) and a field path. */
function problemShape(p: Problem, files: readonly string[], lines: (file: string) => number): string[] {
  const bad: string[] = [];
  if (!files.includes(p.file)) bad.push(`names ${p.file}, not one of ${files.join(", ")}`);
  if (p.severity !== "error" && p.severity !== "warning") bad.push(`severity ${String(p.severity)}`);
  if (typeof en(p) !== "string" || en(p).trim() === "") bad.push("has no message");
  if (p.line !== undefined && (!Number.isInteger(p.line) || p.line < 1 || p.line > lines(p.file) + 1))
    bad.push(`line ${p.line} outside 1..${lines(p.file) + 1}`);
  if (p.field !== undefined && typeof p.field !== "string") bad.push("field is not text");
  return bad;
}

/** The typed model's promises, for a value that validated. */
function eventShape(v: {
  title: string;
  date: { iso: string };
  summary: string;
  place?: string | undefined;
  tags?: string[] | undefined;
  draft?: boolean | undefined;
}): boolean {
  const line = (s: string): boolean => s === s.trim() && s !== "" && !/[\n\r]/.test(s);
  return (
    line(v.title) &&
    line(v.summary) &&
    (v.place === undefined || line(v.place)) &&
    /^\d{4}-\d{2}-\d{2}$/.test(v.date.iso) &&
    (v.tags ?? []).every((t) => typeof t === "string" && t.trim() !== "") &&
    (v.draft === undefined || typeof v.draft === "boolean")
  );
}

function articleShape(v: Record<string, unknown>): boolean {
  for (const k of ["title", "outlet", "author", "editor", "via"]) {
    const s = v[k];
    if (s !== undefined && (typeof s !== "string" || s !== s.trim() || s === "" || /[\n\r]/.test(s))) return false;
  }
  if (v.url !== undefined && !/^https?:\/\//.test(String(v.url))) return false;
  if (v.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(String(v.language))) return false;
  const p = v.published as { kind?: string; iso?: string } | undefined;
  if (p !== undefined && !((p.kind === "date" || p.kind === "datetime") && typeof p.iso === "string")) return false;
  return v.draft === undefined || typeof v.draft === "boolean";
}

/** Decode, split, validate: the loader's path for one file, without the file system. */
function readOne(bytes: Uint8Array, kind: "event" | "article"): { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  const file = kind === "event" ? "articles/e/index.md" : "articles/e/a.md";
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ severity: "error", file, ...decoded.problem }] };
  const parsed = parseFrontmatter(decoded.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ severity: "error" as const, file, ...p })) };
  const where = { file, lineOf: parsed.file.lineOf };
  const v = kind === "event" ? validate(eventSchema, parsed.file.data, where, EVENT_FIELDS) : validate(articleSchema, parsed.file.data, where, ARTICLE_FIELDS);
  if (!v.ok) return v;
  renderMarkdown(parsed.file.body);
  return { ok: true, value: v.value as Record<string, unknown> };
}

describe("property: any content file either loads into the typed model or names its problems", () => {
  it.each([
    ["event", anyEventText],
    ["article", anyArticleText],
  ] as const)(`parse + validate of a random %s file (${RUNS} cases)`, (kind, text) => {
    let loaded = 0;
    fc.assert(
      fc.property(fileBytes(text), (bytes) => {
        const r = readOne(bytes, kind);
        const file = kind === "event" ? "articles/e/index.md" : "articles/e/a.md";
        if (r.ok) {
          loaded++;
          return kind === "event" ? eventShape(r.value as Parameters<typeof eventShape>[0]) : articleShape(r.value);
        }
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems)
          expect(
            problemShape(p, [file], () => lineCount(bytes)),
            JSON.stringify(p),
          ).toEqual([]);
        return true;
      }),
      { numRuns: RUNS },
    );
    // the generators reach the typed model, not only the error paths
    expect(loaded).toBeGreaterThan(RUNS / 20);
  });

  it(`loadArchive on ${RUNS} random archive folders returns an Archive or problems naming files, never throws`, () => {
    let loaded = 0;
    fc.assert(
      fc.property(fileBytes(archiveEventText), fc.array(fileBytes(archiveArticleText), { minLength: 1, maxLength: 3 }), (event, articles) => {
        const files: Record<string, Uint8Array | string> = { "tags.yaml": FIXTURE_TAGS, "2021-03-22-e/index.md": event };
        articles.forEach((a, i) => (files[`2021-03-22-e/a${i}.md`] = a));
        const { root, articles: dir } = makeArchive(files);
        try {
          const r = loadArchive(dir, { displayRoot: root });
          const names = Object.keys(files).map((f) => `articles/${f}`);
          const lines = (f: string): number => {
            const content = files[f.replace(/^articles\//, "")];
            return content === undefined ? 0 : lineCount(typeof content === "string" ? Buffer.from(content) : content);
          };
          for (const p of r.problems) expect(problemShape(p, names, lines), JSON.stringify(p)).toEqual([]);
          const errors = r.problems.filter((p) => p.severity === "error");
          if (r.archive) {
            loaded++;
            expect(errors).toEqual([]);
            expect(archiveShape(r.archive)).toEqual([]);
          } else {
            expect(errors.length).toBeGreaterThan(0);
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
    expect(loaded).toBeGreaterThan(RUNS / 10);
  });
});

/** The loaded model's invariants that pages rely on. */
function archiveShape(a: Archive): string[] {
  const bad: string[] = [];
  for (const e of a.events) {
    if (idProblem(e.id) !== null) bad.push(`event id ${e.id}`);
    if (e.title.trim() === "" || e.summary.trim() === "") bad.push(`event ${e.id} has an empty title or summary`);
    for (const art of e.articles) {
      if (idProblem(art.id) !== null) bad.push(`article id ${art.id}`);
      if (art.body.trim() === "") bad.push(`article ${art.id} has an empty body`);
      if (/<script/i.test(renderMarkdown(art.body))) bad.push(`article ${art.id} html`);
      if (art.draft) bad.push(`draft article ${art.id} published`);
    }
  }
  if (a.articleCount !== a.events.reduce((n, e) => n + e.articles.length, 0)) bad.push("articleCount");
  return bad;
}

// ------------------------------------------------------------------------------------------------

const markdownPiece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "<script>alert(1)</script>",
      "</script>",
      "<script",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      "<iframe src=//evil>",
      '<a href="javascript:alert(1)">x</a>',
      "javascript:alert(1)",
      "JaVaScRiPt:",
      "jav&#x09;ascript:",
      "java\tscript:",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "//evil.example/x",
      "\\\\evil",
      'https://evil.example/"onmouseover="alert(1)',
      "[",
      "]",
      "(",
      ")",
      "](",
      "![",
      "[x]: ",
      "<",
      ">",
      '"',
      "'",
      "`",
      "```",
      "*",
      "**",
      "_",
      "~~",
      "#",
      "> ",
      "- ",
      "1. ",
      "|",
      "---",
      "&",
      "&lt;",
      "&#60;",
      "&#x3C;script&#x3E;",
      "&quot;",
      "onerror=",
      " on",
      "=",
      "\n",
      "\n\n",
      "    ",
      "\\",
      "<!--",
      "-->",
      "<![CDATA[",
      "<?php",
      "{{ }}",
      "{% %}",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.webUrl().map((u) => `[t](${u})`) },
);
const markdown = fc.array(markdownPiece, { maxLength: 40 }).map((parts) => parts.join(""));

const ALLOWED_TAGS = new Set([
  "p",
  "em",
  "strong",
  "a",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "br",
  "s",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const ALLOWED_ATTRS = new Set(["href", "rel", "title", "start", "style", "class"]);

/** What is wrong with rendered markdown, read as a browser would (htmlparser2) and as raw text. */
function unsafeMarkup(html: string): string[] {
  const bad: string[] = [];
  if (/<script/i.test(html)) bad.push("contains <script");
  const doc = parseDocument(html, { decodeEntities: true });
  for (const e of DomUtils.findAll(() => true, doc.children)) {
    if (!ALLOWED_TAGS.has(e.name)) bad.push(`element <${e.name}>`);
    for (const [name, value] of Object.entries(e.attribs)) {
      if (/^on/i.test(name)) bad.push(`attribute ${name} on <${e.name}>`);
      if (!ALLOWED_ATTRS.has(name)) bad.push(`unexpected attribute ${name} on <${e.name}>`);
      if (name === "style" && !/^text-align:(?:left|right|center)$/.test(value)) bad.push(`style ${value}`);
      if (name === "href") {
        const v = [...value].filter((ch) => ch.charCodeAt(0) > 0x20).join("");
        if (/^(?:javascript|vbscript|data|file):/i.test(v)) bad.push(`href ${value}`);
        if (/^[/\\]{2}/.test(v)) bad.push(`protocol-relative href ${value}`);
        if (/^https?:/i.test(v) && e.attribs.rel !== "external noopener noreferrer") bad.push(`external link without rel: ${value}`);
      }
    }
  }
  // every < in the output opens a real tag: text never carries one
  const stray = html.replace(/<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:="[^"<>]*")?)*\s*\/?>/g, "");
  if (stray.includes("<")) bad.push(`a < that is not a tag: ${stray.slice(Math.max(0, stray.indexOf("<") - 20), stray.indexOf("<") + 20)}`);
  return bad;
}

describe("property: markdown output is always inert", () => {
  it(`${RUNS} random bodies render without <script, on… attributes, unsafe or protocol-relative links`, () => {
    fc.assert(
      fc.property(markdown, (md) => {
        expect(unsafeMarkup(renderMarkdown(md)), JSON.stringify(md)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("the checker itself sees unsafe markup (it can fail)", () => {
    expect(unsafeMarkup('<p><img src=x onerror="alert(1)"></p>')).toEqual(expect.arrayContaining(["element <img>", "attribute onerror on <img>"]));
    expect(unsafeMarkup('<a href="javascript:alert(1)">x</a>')).toContain("href javascript:alert(1)");
    expect(unsafeMarkup('<a href="//evil.example/">x</a>')).toContain("protocol-relative href //evil.example/");
    expect(unsafeMarkup("<p><script>x</script></p>")).toContain("contains <script");
  });
});

// ------------------------------------------------------------------------------------------------

describe("property: the same input always gives the same result", () => {
  it(`loadArchive twice on the same ${RUNS} random folders gives identical results`, () => {
    fc.assert(
      fc.property(fileBytes(archiveEventText), fc.array(fileBytes(archiveArticleText), { minLength: 1, maxLength: 3 }), (event, articles) => {
        const files: Record<string, Uint8Array> = { "2021-03-22-e/index.md": event };
        articles.forEach((a, i) => (files[`2021-03-22-e/a${i}.md`] = a));
        const { root, articles: dir } = makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
        try {
          const first = JSON.stringify(loadArchive(dir, { displayRoot: root }));
          expect(JSON.stringify(loadArchive(dir, { displayRoot: root }))).toBe(first);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`BOM, CRLF, CR and zero-width characters anywhere never change what a file parses to (${RUNS} cases)`, () => {
    const invisible = fc.constantFrom("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF");
    fc.assert(
      fc.property(
        contentText(plausibleArticle, false).filter((t) => !/[\r\u200B-\u200D\u2060\uFEFF]/.test(t)),
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 6 }),
        fc.constantFrom("\r\n", "\r", "\n"),
        fc.boolean(),
        (clean, inserts, eol, bom) => {
          let dirty = clean.replace(/\n/g, eol);
          for (const [at, ch] of inserts) {
            const i = dirty.length === 0 ? 0 : at % (dirty.length + 1);
            dirty = `${dirty.slice(0, i)}${ch}${dirty.slice(i)}`;
          }
          if (bom) dirty = `\uFEFF${dirty}`;
          const view = (t: string) => {
            const r = parseFrontmatter(t);
            return r.ok ? { ok: true, data: r.file.data, body: r.file.body, bodyLine: r.file.bodyLine } : r;
          };
          expect(view(dirty)).toEqual(view(clean));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`a valid id is lowercase ASCII: two valid ids never differ only in case or Unicode normalisation (${RUNS} cases)`, () => {
    const idLike = fc.oneof(
      fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
      // letters that case-fold or normalise onto a-z: é as one or two code points, dotted and dotless i, long s, Kelvin and Ångström signs
      fc
        .array(fc.constantFrom(..."abkisz09-AKIS", "é", "e\u0301", "İ", "ı", "ſ", "\u212A", "\u212B", "ﬁ"), { minLength: 1, maxLength: 10 })
        .map((cs) => cs.join("")),
    );
    let valid = 0;
    fc.assert(
      fc.property(idLike, idLike, (a, b) => {
        if (idProblem(a) !== null) return true;
        valid++;
        expect(a).toMatch(/^[a-z0-9-]+$/);
        expect([a.toLowerCase(), a.toUpperCase().toLowerCase(), a.normalize("NFKC"), a.normalize("NFD")]).toEqual([a, a, a, a]);
        if (idProblem(b) === null && a !== b) {
          expect(a.toLowerCase()).not.toBe(b.toLowerCase());
          expect(a.normalize("NFKC").toLowerCase()).not.toBe(b.normalize("NFKC").toLowerCase());
        }
        return true;
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(RUNS / 10);
  });
});
