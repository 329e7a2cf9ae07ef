/**
 * Strict command lines: every CLI refuses an unknown or misspelled option, an option glued to a
 * value it does not take, and a missing value, with exit 2 and its usage, and writes nothing:
 * neither the output folder nor the articles change.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { copySeedArchive, listFiles, runCli, runProcess, SEED_ARTICLES, seedSite } from "../support/helpers.ts";
import type { Script } from "../support/cli.ts";

/** Every file below `dir` with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

/** A project-like folder: a copy of the seed archive and of a built site, as `_site` beside it. */
function workspace(): { root: string; articles: string; site: string } {
  const { root, articles } = copySeedArchive();
  const site = join(root, "_site");
  cpSync(seedSite(), site, { recursive: true });
  return { root, articles, site };
}

const BAD: Record<Script, string[][]> = {
  build: [["--ouput", "OUT"], ["--output=OUT", "--jsn"], ["--output"], ["extra"]],
  check: [["--jsn"], ["--json=yes"], ["--articles"], ["extra"]],
  import: [
    ["x.txt", "--event", "e", "--evnt", "e"],
    ["x.txt", "--event"],
  ],
  new: [
    ["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22", "--titel", "Y"],
    ["article", "e", "a", "--outlet"],
  ],
  generate: [["--articles", "5", "--out", "OUT", "--colour"], ["--articles"]],
  bench: [["--articles", "5", "--skip-dve"], ["--articles"]],
  start: [["--prot", "9999"], ["--port"]],
  serve: [["--prot", "9999"], ["--port"], ["--port", "seribu"], ["extra"]],
  verify: [
    ["_site", "--artcles", "x"],
    ["_site", "other"],
  ],
};

describe("every command refuses a wrong command line with exit 2 and writes nothing", () => {
  for (const [script, cases] of Object.entries(BAD) as [Script, string[][]][]) {
    it.each(cases)(`npm run ${script} %j`, async (...args) => {
      const ws = workspace();
      const before = { articles: snapshot(ws.articles), site: snapshot(ws.site) };
      const out = join(mkdtempSync(join(tmpdir(), "arsip-args-")), "out");
      const argv = args.map((a) => a.replace("OUT", out));
      const r = await runCli(script, argv, { ARSIP_ARTICLES_DIR: ws.articles }, { cwd: ws.root });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/Usage:\s+npm (?:run \w+|start)/);
      expect(existsSync(out)).toBe(false);
      expect(snapshot(ws.articles)).toEqual(before.articles);
      expect(snapshot(ws.site)).toEqual(before.site);
    });
  }

  it.each([["build"], ["check"], ["start"]] as const)("the real npm run %s script exits 2 on a misspelled option", async (script) => {
    const ws = workspace();
    const before = { articles: snapshot(ws.articles), site: snapshot(ws.site) };
    const args = { build: ["--ouput", join(ws.root, "x")], check: ["--jsn"], start: ["--prot", "9999"] }[script];
    const r = await runProcess(script, args, { ARSIP_ARTICLES_DIR: ws.articles }, { cwd: ws.root, timeoutMs: 30_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain("Unknown option");
    expect(existsSync(join(ws.root, "x"))).toBe(false);
    expect(snapshot(ws.articles)).toEqual(before.articles);
    expect(snapshot(ws.site)).toEqual(before.site);
  });

  it("--help prints the usage and exits 0 without doing anything", async () => {
    const r = await runCli("build", ["--help"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run build/);
  });
});

describe("paths and settings on the command line", () => {
  it("resolves relative --output and --articles against the working folder, and --articles wins over ARSIP_ARTICLES_DIR", async () => {
    const { root } = copySeedArchive();
    const r = await runCli("build", ["--output", "situs", "--articles", "articles"], { ARSIP_ARTICLES_DIR: "/tidak/ada" }, { cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(root, "situs", "index.html"))).toBe(true);
    const check = await runCli("check", ["--articles", "articles"], { ARSIP_ARTICLES_DIR: "/tidak/ada" }, { cwd: root });
    expect(check.status, check.stderr).toBe(0);
  });

  it("a rejected build loads neither Eleventy nor Pagefind, and prints only the problems (a real process)", async () => {
    const { root, articles } = copySeedArchive();
    writeFileSync(join(articles, "2021-03-22-kim-xi-bertukar-pesan", "kontan.md"), "---\ntittle: x\n---\nIsi.\n");
    const trace = join(root, "dimuat.txt");
    writeFileSync(
      join(root, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";\nexport async function resolve(spec, context, next) {\n  if (/^(?:@11ty\\/eleventy|pagefind)(?:\\/|$)/.test(spec)) appendFileSync(${JSON.stringify(trace)}, spec + "\\n");\n  return next(spec, context);\n}\n`,
    );
    writeFileSync(join(root, "register.mjs"), `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`);
    const r = await runProcess(
      "build",
      ["--output", join(root, "_site")],
      { ARSIP_ARTICLES_DIR: articles },
      { nodeArgs: ["--import", pathToFileURL(join(root, "register.mjs")).href] },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^articles\/2021-03-22-kim-xi-bertukar-pesan\/kontan\.md:2 tittle: unknown field/);
    expect(r.stderr).toMatch(/\n\nBuild stopped: 1 problem in the articles\. Nothing was written; _site\/ is unchanged\.\n$/);
    expect(existsSync(trace) ? readFileSync(trace, "utf8") : "").toBe("");
    // the hook is live: a build that succeeds does load them
    writeFileSync(join(articles, "2021-03-22-kim-xi-bertukar-pesan", "kontan.md"), "---\noutlet: Kontan\n---\nIsi.\n");
    const ok = await runProcess(
      "build",
      ["--output", join(root, "_site")],
      { ARSIP_ARTICLES_DIR: articles },
      { nodeArgs: ["--import", pathToFileURL(join(root, "register.mjs")).href] },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(trace, "utf8")).toMatch(/@11ty\/eleventy/);
    expect(readFileSync(trace, "utf8")).toMatch(/pagefind/);
  });
});

describe("settings that cannot silently break a site", () => {
  it.each([
    [{ ARSIP_SITE_URL: "arsip.example.org" }, /ARSIP_SITE_URL="arsip\.example\.org" is not a complete web address/],
    [{ ARSIP_SITE_URL: "ftp://arsip.example.org" }, /is not a complete web address/],
    [{ ARSIP_SITE_URL: "https://arsip.example.org/arsip-korut/" }, /give the host in ARSIP_SITE_URL and the path in ARSIP_PATH_PREFIX/],
    [{ ARSIP_PATH_PREFIX: "https://arsip.example.org/arsip-korut/" }, /ARSIP_PATH_PREFIX=".*" is not a path/],
    [
      { ARSIP_SITE_URL: "https://arsip.example.org/arsip-korut", ARSIP_PATH_PREFIX: "/arsip-korut/" },
      /give the host in ARSIP_SITE_URL and the path in ARSIP_PATH_PREFIX/,
    ],
    [{ ARSIP_PATH_PREFIX: "/../" }, /ARSIP_PATH_PREFIX="\/\.\.\/" is not a path/],
    // a prefix that the site's own addresses start with: HtmlBasePlugin would take /arsip/2021/ for a prefixed link
    [{ ARSIP_PATH_PREFIX: "/arsip/" }, /ARSIP_PATH_PREFIX="\/arsip\/" starts with "arsip", the name of one of this site's own folders/],
    [{ ARSIP_PATH_PREFIX: "/topik/" }, /starts with "topik"/],
    [{ ARSIP_PATH_PREFIX: "peristiwa/2021-03-22-kim-xi-bertukar-pesan" }, /starts with "peristiwa"/],
    [{ ARSIP_PATH_PREFIX: "/data/" }, /starts with "data"/],
  ])("npm run build refuses %j with exit 2 and builds nothing", async (env, message) => {
    const out = join(mkdtempSync(join(tmpdir(), "arsip-settings-")), "_site");
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: SEED_ARTICLES, ...env });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("a prefix that only ends with a section's name works: every link to the section reaches it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "arsip-settings-")), "_site");
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: SEED_ARTICLES, ARSIP_PATH_PREFIX: "/liputan/arsip/" });
    expect(r.status, r.stderr).toBe(0);
    const home = readFileSync(join(out, "index.html"), "utf8");
    const links = [...home.matchAll(/href="([^"#]*)"/g)].map((m) => m[1] ?? "").filter((h) => h.startsWith("/"));
    expect(links).toContain("/liputan/arsip/arsip/");
    expect(links).toContain("/liputan/arsip/topik/");
    // every internal link of the home page names a file of the build, under the prefix
    for (const link of links) {
      expect(link.startsWith("/liputan/arsip/"), link).toBe(true);
      const path = link.slice("/liputan/arsip/".length);
      expect(existsSync(join(out, path.endsWith("/") || path === "" ? `${path}index.html` : path)), link).toBe(true);
    }
  });

  it("a build with a site URL prints no warning", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "arsip-settings-")), "_site");
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: SEED_ARTICLES, ARSIP_SITE_URL: "https://arsip.example.org" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("a cache folder that overlaps the output or the articles", () => {
  it.each([
    ["the output folder itself", "build", (w: { out: string }) => w.out],
    ["a folder inside the output", "build", (w: { out: string }) => join(w.out, "cache")],
    ["the articles folder", "build", (w: { articles: string }) => w.articles],
    ["a folder inside the articles", "check", (w: { articles: string }) => join(w.articles, ".cache")],
    ["a folder holding both", "build", (w: { root: string }) => w.root],
  ] as const)("is refused with exit 2 and nothing written: %s (%s)", async (_name, script, cacheOf) => {
    const { root, articles } = copySeedArchive();
    const out = join(root, "site");
    const cache = cacheOf({ root, articles, out });
    const before = listFiles(root);
    const r = await runCli(script as Script, ["--articles", articles, ...(script === "build" ? ["--output", out] : [])], { ARSIP_CACHE_DIR: cache });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      /^ARSIP_CACHE_DIR=.* overlaps the (site's output folder|articles folder) \(.*\): the cache would be (published|read as content)\. Choose a folder of its own outside both, e\.g\. \.cache; nothing was written\.\n/,
    );
    expect(listFiles(root)).toEqual(before);
    expect(existsSync(out)).toBe(false);
  });
});
