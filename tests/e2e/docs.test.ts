/**
 * The README and docs/ as a reader meets them: every link leads to a file that exists, the field
 * tables are the field table's (src/content/fields.ts), and the examples run as written.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_TABLE, EVENT_TABLE, fieldsMarkdown } from "../../src/content/fields.ts";
import { listFiles, ROOT, runCli, SEED_ARTICLES, seedSite } from "../support/helpers.ts";

const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");
const DOCS = ["README.md", ...listFiles(join(ROOT, "docs")).map((f) => `docs/${f}`)];
/** The fenced blocks of a document with their language. */
const blocks = (file: string) => [...read(file).matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", text: m[2] ?? "" }));
/** A shell block's single command, without the npm run prefix. */
const block = (file: string, lang: string, start: string): string => {
  const found = blocks(file).find((b) => b.lang === lang && b.text.startsWith(start));
  if (!found) throw new Error(`${file} has no \`\`\`${lang} block starting with ${start}`);
  return found.text;
};

describe("the README and the docs", () => {
  it("keep the README an entry point of at most 150 lines, with a guide per reader", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(150);
    expect(DOCS).toEqual(
      expect.arrayContaining(["docs/panduan-editor.md", "docs/content.md", "docs/architecture.md", "docs/testing.md", "docs/performance.md"]),
    );
  });

  it("link only to files that exist", () => {
    const broken: string[] = [];
    for (const file of DOCS)
      // links in the prose: code (fenced or inline) shows markdown, it does not link
      for (const m of read(file)
        .replace(/```[\s\S]*?```/g, "")
        .replace(/`[^`\n]*`/g, "")
        .matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (m[1] ?? "").replace(/#.*$/, "");
        if (target === "" || /^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(dirname(join(ROOT, file)), target))) broken.push(`${file}: ${m[1]}`);
      }
    expect(broken).toEqual([]);
  });

  it("show the field tables of the field table, in English and in Indonesian", () => {
    expect(read("docs/content.md")).toContain(fieldsMarkdown(EVENT_TABLE, "en"));
    expect(read("docs/content.md")).toContain(fieldsMarkdown(ARTICLE_TABLE, "en"));
    expect(read("docs/panduan-editor.md")).toContain(fieldsMarkdown(EVENT_TABLE, "id"));
    expect(read("docs/panduan-editor.md")).toContain(fieldsMarkdown(ARTICLE_TABLE, "id"));
  });

  it("show the included article as it is", () => {
    const shown = block("docs/content.md", "markdown", "---\n");
    const file = read("articles/2021-03-22-kim-xi-bertukar-pesan/kontan.md");
    const [frontmatter, ...paragraphs] = shown.split("\n---\n");
    expect(file.startsWith(`${frontmatter}\n---\n`)).toBe(true);
    for (const p of paragraphs
      .join("")
      .split("\n")
      .filter((l) => l !== ""))
      expect(file).toContain(p.replace(/ …$/, ""));
  });

  it("build as the settings example says", async () => {
    const example = block("README.md", "sh", "ARSIP_SITE_URL=").trim();
    const [url, prefix, ...command] = example.split(" ");
    expect(command).toEqual(["npm", "run", "build"]);
    const out = join(mkdtempSync(join(tmpdir(), "arsip-docs-")), "_site");
    const env = Object.fromEntries([url, prefix].map((kv) => (kv ?? "").split("=") as [string, string]));
    // the output folder moved out of the project, so that the test does not write the project's _site/
    const r = await runCli("build", ["--output", out], { ...env, ARSIP_ARTICLES_DIR: SEED_ARTICLES, ARSIP_LANG: "" });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<link rel="canonical" href="https://arsip.example.org/arsip-korut/">');
    // the build's lines as docs/building.md shows them, timings aside
    const lines = block("docs/building.md", "", "Situs ditulis ke _site/");
    // timings and the index size (which any change to what is indexed moves) aside
    const timeless = (text: string): string => text.replace(/\d+,\d+ dtk/g, "… dtk").replace(/\d+ KiB/g, "… KiB");
    expect(timeless(r.stdout.replace(/^Tidak berubah.*\n/m, ""))).toBe(timeless(lines));
  });

  it("verify a build as the data guide says", async () => {
    const command = block("docs/data-and-citations.md", "sh", "npm run verify").trim();
    const root = mkdtempSync(join(tmpdir(), "arsip-docs-"));
    cpSync(SEED_ARTICLES, join(root, "articles"), { recursive: true });
    symlinkSync(seedSite(), join(root, "_site"));
    const [, , script, , ...args] = command.split(" ");
    const r = await runCli(script as "verify", args, { ARSIP_LANG: "" }, { cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(read("docs/data-and-citations.md")).toContain(r.stdout.trim());
  });

  // under CI a missing python3 fails the run; elsewhere the test shows as skipped
  const hasPython = spawnSync("python3", ["--version"]).error === undefined;
  if (!hasPython && process.env.CI === "true") throw new Error("python3 is missing");
  it.skipIf(!hasPython)("load the data in Python as the data guide shows", () => {
    const root = mkdtempSync(join(tmpdir(), "arsip-docs-"));
    symlinkSync(seedSite(), join(root, "_site"));
    const r = spawnSync("python3", ["-c", block("docs/data-and-citations.md", "python", "import")], { cwd: root, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 articles\n\d{4}-\d{2}-\d{2}-[a-z0-9-]+ \S/);
  });
});
