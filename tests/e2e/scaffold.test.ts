/** `npm run new`: the skeleton files (src/scaffold.ts) and the command (src/cli/new.ts). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter, type ParsedFile } from "../../src/content/frontmatter.ts";
import { articleFile, articleOptionProblems, eventFile, eventOptionProblems, idConventionNote, yamlString } from "../../src/editor/scaffold.ts";
import { ARTICLE_FIELDS, articleSchema, EVENT_FIELDS, eventSchema, validate } from "../../src/content/schema.ts";
import { FIXTURE_TAGS, listFiles, makeArchive, runCli, type RunResult } from "../support/helpers.ts";
import { en } from "../support/helpers.ts";
import type { Msg } from "../../src/lib/messages/index.ts";

function runNew(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runCli("new", args, env);
}

function parse(text: string): ParsedFile {
  const r = parseFrontmatter(text);
  if (!r.ok) throw new Error(`does not parse: ${JSON.stringify(r.problems)}`);
  return r.file;
}

/** check's stderr without its curation warnings (the fixture vocabulary has unused tags). */
const errorLines = (stderr: string): string[] => stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: ") && !/^\d+ warnings?: /.test(l));

const where = (file: ParsedFile): { file: string; lineOf: ParsedFile["lineOf"] } => ({ file: "x.md", lineOf: file.lineOf });

/** Each field is named on a line of its own, set (`key:`) or commented out (`# key:`), with a comment above. */
function expectEveryFieldNamed(text: string, fields: readonly string[]): void {
  const lines = text.split("\n");
  for (const field of fields) {
    const i = lines.findIndex((l) => new RegExp(`^(?:# )?${field}:`).test(l));
    expect(i, field).toBeGreaterThan(0);
    expect(lines[i - 1]?.startsWith("# "), `comment above ${field}`).toBe(true);
  }
}

describe("scaffold files", () => {
  const event = { title: "Kim Jong Un dan Xi Jinping bertukar pesan", date: "2021-03-22" };

  it("writes a valid event when the summary is given, with every field named", async () => {
    const text = eventFile({ ...event, place: "Beijing", summary: "Kedua pemimpin bertukar pesan." });
    const file = parse(text);
    const v = validate(eventSchema, file.data, where(file), EVENT_FIELDS);
    expect(v.ok && { title: v.value.title, date: v.value.date.iso, place: v.value.place, summary: v.value.summary }).toEqual({
      ...event,
      place: "Beijing",
      summary: "Kedua pemimpin bertukar pesan.",
    });
    expectEveryFieldNamed(text, EVENT_FIELDS);
    expect(file.body.trim()).toBe("");
  });

  it("leaves the summary empty, failing with its line, until the editor writes it", async () => {
    const text = eventFile(event);
    const file = parse(text);
    const v = validate(eventSchema, file.data, where(file), EVENT_FIELDS);
    const summaryLine = text.split("\n").indexOf("summary:") + 1;
    expect(v.ok ? [] : v.problems.map((p) => [p.field, p.line, en(p)])).toEqual([["summary", summaryLine, "may not be empty"]]);
    expect(text).toContain("# place:");
    const filled = parse(text.replace("summary:", "summary: Ringkasan yang ditulis editor."));
    expect(validate(eventSchema, filled.data, where(filled), EVENT_FIELDS).ok).toBe(true);
  });

  it("writes an article with every field named, only the outlet set, and an empty body", async () => {
    const text = articleFile({ eventId: "2021-03-22-x", outlet: "Warta Ekonomi" });
    const file = parse(text);
    expect(file.data).toEqual({ outlet: "Warta Ekonomi" });
    expect(validate(articleSchema, file.data, where(file), ARTICLE_FIELDS).ok).toBe(true);
    expect(file.body).toBe("");
    expectEveryFieldNamed(text, ARTICLE_FIELDS);
    expect(parse(articleFile({ eventId: "2021-03-22-x" })).data).toEqual({});
  });

  it("makes an uncommented but unfilled text field an error, never a placeholder value", async () => {
    const text = articleFile({ eventId: "e" }).replace("# title:", "title:");
    const file = parse(text);
    const v = validate(articleSchema, file.data, where(file), ARTICLE_FIELDS);
    expect(v.ok ? [] : v.problems.map((p) => p.field)).toEqual(["title"]);
  });

  it.each([
    "Tes: judul",
    "#1 di Asia",
    "- daftar",
    '"kutipan"',
    "[a, b]",
    "Kim berkata: siap",
    "akhir #tag",
    "ends with colon:",
    "no",
    "012",
    "  spasi  ",
    "baris\nkedua",
    "@akun",
    "tab\there",
  ])("quotes %j so that it reads back exactly", (value) => {
    const file = parse(`---\ntitle: ${yamlString(value)}\n---\n`);
    expect(file.data.title).toBe(value);
  });

  it("leaves plain values unquoted", async () => {
    expect(yamlString("Ada yang Baru Nih! Kim Jong-un dan Xi Jinping, Waspada")).toBe("Ada yang Baru Nih! Kim Jong-un dan Xi Jinping, Waspada");
  });

  it("checks ids, dates and values up front", async () => {
    expect(eventOptionProblems("2021-03-22-x", { title: "T", date: "2021-03-22" })).toEqual([]);
    const texts = (ms: readonly Msg[]): string[] => ms.map((m) => en(m));
    expect(texts(eventOptionProblems("Bad Id", { title: " ", date: "2021-02-30", summary: "a\nb" }))).toEqual([
      expect.stringMatching(/^event id: /),
      "--title may not be empty",
      expect.stringMatching(/^--date: 2021-02-30 is not a real date/),
      "--summary must be a single line",
    ]);
    expect(texts(eventOptionProblems("e", { title: "T", date: "22 Maret 2021" }))[0]).toMatch(/--date: "22 Maret 2021" is not a date in the form YYYY-MM-DD/);
    expect(articleOptionProblems("e", "kontan", {})).toEqual([]);
    expect(texts(articleOptionProblems("e", "index", {}))[0]).toMatch(/"index" is the event's own file/);
    expect(articleOptionProblems("e--x", "Kontan", { outlet: "" })).toHaveLength(3);
  });

  it("notes an event id that does not start with its date", async () => {
    expect(idConventionNote("2021-03-22-kim-xi", "2021-03-22")).toBeUndefined();
    expect(en(idConventionNote("kim-xi", "2021-03-22"))).toContain("2021-03-22-kim-xi");
  });
});

describe("npm run new", () => {
  const archive = (): string => makeArchive({ "tags.yaml": FIXTURE_TAGS }).articles;
  const check = (articles: string): Promise<RunResult> => runCli("check", [], { ARSIP_ARTICLES_DIR: articles });

  it("creates an event that fails check until the summary is written", async () => {
    const articles = archive();
    const r = await runNew([
      "event",
      "2021-03-22-kim-xi",
      "--title",
      "Kim dan Xi: bertukar pesan",
      "--date",
      "2021-03-22",
      "--place",
      "Beijing",
      "--articles",
      articles,
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const file = join(articles, "2021-03-22-kim-xi", "index.md");
    expect(r.stdout).toContain(`Created ${file}`);
    expect(r.stdout).toContain("write the summary");
    const failing = await check(articles);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(/articles\/2021-03-22-kim-xi\/index\.md:\d+ summary: may not be empty/);
    writeFileSync(file, readFileSync(file, "utf8").replace("summary:", "summary: Kim dan Xi bertukar pesan."));
    // a published event needs an article
    const noArticle = await check(articles);
    expect(noArticle.status).toBe(1);
    expect(errorLines(noArticle.stderr).filter((l) => l.startsWith("articles/"))).toEqual([
      expect.stringMatching(/^articles\/2021-03-22-kim-xi\/index\.md:\d+: the event has no article/),
    ]);
    writeFileSync(join(articles, "2021-03-22-kim-xi", "antara.md"), "---\noutlet: Antara\n---\nKim dan Xi bertukar pesan.\n");
    const passing = await check(articles);
    expect(errorLines(passing.stderr)).toEqual([]);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toMatch(/^OK: 1 event, 1 article/);
  });

  it("creates an event that passes at once when the summary is given", async () => {
    const articles = archive();
    const r = await runNew(["event", "kim-xi", "--title", "Kim dan Xi", "--date", "2021-03-22", "--summary", "Ringkasan.", "--articles", articles]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("note: by convention an event id starts with its date, e.g. 2021-03-22-kim-xi");
    expect(r.stdout).toContain("Next: add an article (npm run check fails until the event has one)");
    writeFileSync(join(articles, "kim-xi", "antara.md"), "---\noutlet: Antara\n---\nKim dan Xi bertukar pesan.\n");
    expect((await check(articles)).status).toBe(0);
  });

  it("uses ARSIP_ARTICLES_DIR when --articles is not given", async () => {
    const articles = archive();
    expect((await runNew(["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22"], { ARSIP_ARTICLES_DIR: articles })).status).toBe(0);
    expect(existsSync(join(articles, "2021-03-22-x", "index.md"))).toBe(true);
  });

  it("refuses to overwrite an event", async () => {
    const articles = archive();
    const args = ["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22", "--articles", articles];
    expect((await runNew(args)).status).toBe(0);
    const file = join(articles, "2021-03-22-x", "index.md");
    writeFileSync(file, "edited by hand");
    const r = await runNew(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("index.md already exists; nothing was written");
    expect(readFileSync(file, "utf8")).toBe("edited by hand");
  });

  it.each([
    ["an impossible date", ["event", "2021-02-30-x", "--title", "X", "--date", "2021-02-30"], /--date: 2021-02-30 is not a real date/],
    ["a date in words", ["event", "x", "--title", "X", "--date", "22 Maret 2021"], /is not a date in the form YYYY-MM-DD/],
    ["an invalid event id", ["event", "Kim_Xi", "--title", "X", "--date", "2021-03-22"], /event id: "Kim_Xi" has uppercase letters/],
    ["a missing title", ["event", "x", "--date", "2021-03-22"], /needs --title/],
    [
      "an option of the other command",
      ["event", "x", "--title", "X", "--date", "2021-03-22", "--outlet", "Kontan"],
      /--outlet cannot be used with "new event"/,
    ],
    ["an unquoted title", ["event", "x", "--title", "Kim", "dan", "--date", "2021-03-22"], /put text with spaces in quotes/],
    ["an unknown command", ["tag", "x"], /Unknown command "tag"/],
    ["an invalid article id", ["article", "e", "Kontan"], /article id: "Kontan" has uppercase letters/],
  ])("exits 2 on %s and writes nothing", async (_name, args, message) => {
    const articles = archive();
    const r = await runNew([...args, "--articles", articles]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage:");
    expect(listFiles(articles)).toEqual(["tags.yaml"]);
  });

  it("creates an article that fails check until the text is pasted", async () => {
    const articles = archive();
    expect((await runNew(["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22", "--summary", "S.", "--articles", articles])).status).toBe(0);
    const r = await runNew(["article", "2021-03-22-x", "warta-ekonomi", "--outlet", "Warta Ekonomi", "--articles", articles]);
    expect(r.status).toBe(0);
    const file = join(articles, "2021-03-22-x", "warta-ekonomi.md");
    expect(r.stdout).toContain(`Created ${file}`);
    const failing = await check(articles);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(/warta-ekonomi\.md:\d+ body: the article text is empty; paste the article below the closing ---/);
    writeFileSync(file, `${readFileSync(file, "utf8").replace("# title:", "title: Judul dari media")}Teks artikel.\n`);
    const passing = await check(articles);
    expect(errorLines(passing.stderr)).toEqual([]);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toMatch(/^OK: 1 event, 1 article,/);
  });

  it("refuses an article for a missing event, saying how to create it", async () => {
    const articles = archive();
    const r = await runNew(["article", "2021-03-22-x", "kontan", "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run new -- event 2021-03-22-x --title "…" --date YYYY-MM-DD');
    expect(listFiles(articles)).toEqual(["tags.yaml"]);
  });

  it("refuses to overwrite an article", async () => {
    const articles = archive();
    await runNew(["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22", "--articles", articles]);
    const args = ["article", "2021-03-22-x", "kontan", "--articles", articles];
    expect((await runNew(args)).status).toBe(0);
    const file = join(articles, "2021-03-22-x", "kontan.md");
    writeFileSync(file, "pasted text");
    const r = await runNew(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("kontan.md already exists; nothing was written");
    expect(readFileSync(file, "utf8")).toBe("pasted text");
  });
});

describe("what new and check refuse without a stack trace", () => {
  it("new: a folder it cannot make is said as import says it, and nothing is written", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS });
    // in the way of the event's folder: a file (as root, a read-only folder would not stop anything)
    writeFileSync(join(articles, "2024-01-01-sesuatu"), "bukan folder");
    const before = listFiles(articles);
    const r = await runCli("new", ["event", "2024-01-01-sesuatu", "--title", "Sesuatu", "--date", "2024-01-01", "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Cannot write .*2024-01-01-sesuatu: E[A-Z]+; nothing was written\.\n/);
    expect(r.stderr).not.toMatch(/at \w+ \(/);
    expect(listFiles(articles)).toEqual(before);
  });

  it("check: an id longer than a file name can hold is refused with its limit", async () => {
    const long = `a${"-b".repeat(124)}`;
    expect(long.length).toBe(249);
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "2024-01-01-e/index.md": "---\ntitle: E\ndate: 2024-01-01\nsummary: S\n---\n",
      [`2024-01-01-e/${long}.md`]: "---\noutlet: Kontan\n---\nIsi.\n",
    });
    const r = await runCli("check", ["--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the id is too long (249 characters; at most 200, so that every file made from it fits in a file name); choose a shorter one");
  });
});
