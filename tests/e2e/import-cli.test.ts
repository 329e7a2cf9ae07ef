/** `npm run import` as an editor runs it: node --import tsx src/cli/import.ts, in the project root. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/content/frontmatter.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { copySeedArchive, listFiles, ROOT, runCli, runProcess, type RunResult } from "../support/helpers.ts";

const SEEDS = join(ROOT, "tests/fixtures/seeds");
const SINDO = join(SEEDS, "004_8833bccfbd4694dd.txt");
const WARTA = join(SEEDS, "003_9a2fe5602f12e20f.txt");
const KSN = join(SEEDS, "001_1ad239291220d0ea.txt");
const EV2017 = "2017-11-02-xi-jinping-balas-pesan-kim-jong-un";
const EV2021 = "2021-03-22-kim-xi-bertukar-pesan";
const EV2024 = "2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning";

/** The import command in this process; with standard input, the real script (only a process has one). */
function runImport(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return opts.input === undefined ? runCli("import", args, opts.env) : runProcess("import", args, opts.env, { input: opts.input });
}

function body(path: string): string {
  const r = parseFrontmatter(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`${path} does not parse`);
  return r.file.body;
}

function expectValid(articles: string): void {
  const { archive, problems } = loadArchive(articles);
  expect(problems).toEqual([]);
  expect(archive).toBeDefined();
}

describe("npm run import", () => {
  it("writes the article named after its outlet, which the loader accepts, and reports it", async () => {
    const { articles } = copySeedArchive();
    const handMade = join(articles, EV2021, "warta-ekonomi.md");
    const expectedBody = body(handMade);
    rmSync(handMade);
    const r = await runImport([WARTA, "--event", EV2021, "--articles", articles]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(body(handMade)).toBe(expectedBody);
    expect(r.stdout).toContain("outlet:     Warta Ekonomi");
    expect(r.stdout).toContain("Lines removed (5):");
    expect(r.stdout).toContain("[tag list] Tag Terkait:");
    expect(r.stdout).toContain("2021-03-22   (line 2: Senin (22/3/2021))");
    expect(r.stdout).toContain(`Written: ${join(articles, EV2021, "warta-ekonomi.md")}`);
    expectValid(articles);
    const article = loadArchive(articles)
      .archive?.events.find((e) => e.id === EV2021)
      ?.articles.find((a) => a.id === "warta-ekonomi");
    expect(article?.editor).toBe("Muhammad Syahrianto");
    // the event's own tags are not repeated in the article
    expect(article?.tags.map((t) => t.id)).not.toContain("xi-jinping");
  });

  it("adds -2, -3 when the outlet's name is taken, never overwriting", async () => {
    const { articles } = copySeedArchive();
    const before = readFileSync(join(articles, EV2017, "sindonews.md"), "utf8");
    expect((await runImport(["--force", SINDO, "--event", EV2017, "--articles", articles])).status).toBe(0);
    expect((await runImport(["--force", SINDO, "--event", EV2017, "--articles", articles])).status).toBe(0);
    expect(listFiles(join(articles, EV2017))).toEqual(["index.md", "sindonews-2.md", "sindonews-3.md", "sindonews.md"]);
    expect(readFileSync(join(articles, EV2017, "sindonews.md"), "utf8")).toBe(before);
    expect(body(join(articles, EV2017, "sindonews-2.md"))).toBe(body(join(articles, EV2017, "sindonews.md")));
    expectValid(articles);
  });

  it("refuses to overwrite a file named with --id", async () => {
    const { articles } = copySeedArchive();
    const target = join(articles, EV2017, "sindonews.md");
    const before = readFileSync(target, "utf8");
    const r = await runImport(["--force", SINDO, "--event", EV2017, "--id", "sindonews", "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("sindonews.md already exists; nothing was written");
    expect(r.stdout).toBe("");
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it("writes under the --id given", async () => {
    const { articles } = copySeedArchive();
    const r = await runImport(["--force", SINDO, "--event", EV2017, "--id", "sindonews-salinan", "--articles", articles]);
    expect(r.status).toBe(0);
    expect(existsSync(join(articles, EV2017, "sindonews-salinan.md"))).toBe(true);
  });

  it("says how to create a missing event and writes nothing", async () => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles);
    const r = await runImport([SINDO, "--event", "2099-01-01-tidak-ada", "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("There is no event folder");
    expect(r.stderr).toContain('npm run new -- event 2099-01-01-tidak-ada --title "…" --date YYYY-MM-DD');
    expect(listFiles(articles)).toEqual(before);
  });

  it("reads standard input for -, naming the file artikel when no outlet is found", async () => {
    const { articles } = copySeedArchive();
    const r = await runImport(["--force", "-", "--event", EV2024, "--articles", articles], { input: readFileSync(KSN, "utf8") });
    expect(r.status).toBe(0);
    const written = join(articles, EV2024, "artikel.md");
    expect(body(written)).toBe(body(join(articles, EV2024, "kim-song-nam-di-beijing.md")));
    expect(r.stdout).toContain("  - title: no headline found in the text");
    expect(r.stdout).toContain("  - outlet: not found in the text");
    expectValid(articles);
  });

  it("uses ARSIP_ARTICLES_DIR when --articles is not given", async () => {
    const { articles } = copySeedArchive();
    const r = await runImport(["--force", SINDO, "--event", EV2017], { env: { ARSIP_ARTICLES_DIR: articles } });
    expect(r.status).toBe(0);
    expect(existsSync(join(articles, EV2017, "sindonews-2.md"))).toBe(true);
  });

  it("writes nothing when only furniture is left", async () => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles);
    const r = await runImport(["-", "--event", EV2017, "--articles", articles], { input: "Baca Juga: x\nLeave a Reply\nAdd yours\n" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("No article text is left");
    expect(listFiles(articles)).toEqual(before);
  });

  it.each([
    ["no event", [SINDO], /--event <event-id>/],
    ["no text file", ["--event", EV2017], /Give the text file/],
    ["an invalid event id", [SINDO, "--event", "Bad Event"], /--event: .*may only contain|--event: .*uppercase/],
    ["an invalid article id", [SINDO, "--event", EV2017, "--id", "Kontan"], /--id: "Kontan" has uppercase letters/],
    ["index as article id", [SINDO, "--event", EV2017, "--id", "index"], /"index" is the event's own file/],
    ["an unknown option", [SINDO, "--event", EV2017, "--forse"], /Unknown option "--forse"; did you mean "--force"\?/],
  ])("exits 2 on %s, with usage", async (_name, args, message) => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles);
    const r = await runImport([...args, "--articles", articles]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage: npm run import");
    expect(listFiles(articles)).toEqual(before);
  });

  it("refuses a text the archive already holds (exit 1, nothing written, naming the file), and imports it with --force", async () => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles).map((f) => [f, readFileSync(join(articles, f), "utf8")]);
    // the SINDOnews seed text is the 2017 article: imported again, even into another event
    for (const event of [EV2017, EV2024]) {
      const r = await runImport([SINDO, "--event", event, "--articles", articles]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`The archive already holds this text: ${join(articles, EV2017, "sindonews.md")}`);
      expect(r.stderr).toContain("nothing was written. To import it anyway, add --force.");
    }
    expect(listFiles(articles).map((f) => [f, readFileSync(join(articles, f), "utf8")])).toEqual(before);
    const forced = await runImport([SINDO, "--event", EV2017, "--force", "--articles", articles]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(existsSync(join(articles, EV2017, "sindonews-2.md"))).toBe(true);
  });

  it("exits 1 when the text file cannot be read", async () => {
    const { articles } = copySeedArchive();
    const r = await runImport([join(SEEDS, "tidak-ada.txt"), "--event", EV2017, "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Cannot read");
  });
});

describe("text the importer refuses, naming why, with nothing written", () => {
  const text = readFileSync(SINDO, "utf8");
  const write = (bytes: Uint8Array): string => {
    const { root } = copySeedArchive();
    const file = join(root, "teks.txt");
    writeFileSync(file, bytes);
    return file;
  };

  it("UTF-16 without a byte order mark", async () => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles);
    const r = await runImport([write(Buffer.from(text, "utf16le")), "--event", EV2017, "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/teks\.txt: this text is saved as UTF-16, not UTF-8; save it again as UTF-8 .*Nothing was written\.\n$/);
    expect(listFiles(articles)).toEqual(before);
  });

  it("a NUL or another control character, at its line", async () => {
    const { articles } = copySeedArchive();
    const before = listFiles(articles);
    const lines = text.split("\n");
    lines[4] = `${lines[4] ?? ""}\u0000`;
    const r = await runImport([write(Buffer.from(lines.join("\n"))), "--event", EV2017, "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/teks\.txt:5: .*U\+0000/);
    expect(r.stderr).not.toMatch(/at \w+ \(/);
    expect(listFiles(articles)).toEqual(before);
  });
});
