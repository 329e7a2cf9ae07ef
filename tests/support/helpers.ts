/** Shared test helpers: temporary archives written from a map of files, builds, and reading what they wrote. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inject } from "vitest";
import { walkFiles } from "../../src/lib/files.ts";
import { say, type Msg } from "../../src/lib/messages/index.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { cslItem, type CslItem } from "../../src/site/citations.ts";
import type { SiteConfig } from "../../src/site/config.ts";
import { runCli, type RunResult } from "./cli.ts";
import { SEED_ARTICLES } from "./paths.ts";

export { ROOT, SEED_ARTICLES } from "./paths.ts";
export { runCli, runProcess, type RunResult } from "./cli.ts";

/** Lines of the raw seed texts that are site furniture, not article text. */
export const FURNITURE = [
  "Baca Juga",
  "Mau Berita Terbaru",
  "Tag Terkait",
  "Leave a Reply",
  "Your email address",
  "There are no comments",
  "Add yours",
  "Copyright ©",
  "All Rights Reserved",
  "rendering in",
  "A A A",
  "Korut Klaim China Ingin...",
  "Sumber: Associate Press",
  "Kamis, 02 November 2017 - 15:23 WIB",
];

/** Metadata header lines: their facts live in frontmatter (and so in the page's byline), never in a body. */
export const HEADER_LINES = ["Editor: Muhammad Syahrianto", "Sumber: Associate Press | Editor: Barratut Taqiyyah Rafie"];

/** A minimal valid vocabulary for fixture archives. */
export const FIXTURE_TAGS = `kim-jong-un:
  label: Kim Jong Un
  kind: tokoh
  aliases: [Kim Jong-un]
xi-jinping:
  label: Xi Jinping
  kind: tokoh
beijing:
  label: Beijing
  kind: tempat
nuklir:
  label: Nuklir
  kind: topik
`;

export const VALID_EVENT = `---
title: Pertemuan di Beijing
date: 2021-03-22
summary: Dua pihak bertemu.
tags: [beijing]
---
Latar belakang.
`;

export const VALID_ARTICLE = `---
title: Judul media
outlet: Kontan
published: 2021-03-23
tags: [kim-jong-un]
---
Isi artikel.
`;

/**
 * Write an archive into a fresh temp folder: `{ "tags.yaml": …, "ev/index.md": … }`.
 * Returns the project-like root (which holds `articles/`) and the articles folder.
 */
export function makeArchive(files: Record<string, string | Uint8Array>): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), "arsip-test-"));
  const articles = join(root, "articles");
  mkdirSync(articles);
  for (const [name, content] of Object.entries(files)) {
    const path = join(articles, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { root, articles };
}

/** The article `withCoverage` adds to an event folder that has none. */
export const COVERAGE_ARTICLE = "---\noutlet: Contoh\n---\nLiputan.\n";

/**
 * `files` with an article (`liputan.md`, COVERAGE_ARTICLE) added to every event folder that has an
 * `index.md` and no article of its own: a published event must have one, and fixtures that test
 * something else about events need not spell it out.
 */
export function withCoverage(files: Record<string, string | Uint8Array>): Record<string, string | Uint8Array> {
  const out = { ...files };
  for (const name of Object.keys(files)) {
    const m = /^(.+)\/index\.md$/.exec(name);
    if (!m) continue;
    const dir = m[1] ?? "";
    if (!Object.keys(files).some((f) => f.startsWith(`${dir}/`) && f.endsWith(".md") && f !== name)) out[`${dir}/liputan.md`] = COVERAGE_ARTICLE;
  }
  return out;
}

/** A copy of the seed archive in a temp folder, to add to or break. */
export function copySeedArchive(): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), "arsip-seed-"));
  const articles = join(root, "articles");
  cpSync(SEED_ARTICLES, articles, { recursive: true });
  return { root, articles };
}

/** Build the archive in `articlesDir` into a fresh temp folder with the real build command (in this process). */
export async function buildSite(articlesDir: string, env: Record<string, string> = {}): Promise<RunResult & { out: string }> {
  const out = join(mkdtempSync(join(tmpdir(), "arsip-site-")), "_site");
  const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articlesDir, ...env });
  return { ...r, out };
}

/** The site URL of the shared seed builds. */
export const SITE_URL = "https://arsip.example.org";
/** The path prefix of the shared prefixed seed build. */
export const SITE_PREFIX = "/arsip-korut/";

/**
 * The included archive, built once per test run (tests/support/seed-site.ts) with SITE_URL; with
 * `prefixed`, also under SITE_PREFIX. Only for tests that read it: copy it before changing anything.
 */
export function seedSite(prefixed = false): string {
  return inject(prefixed ? "seedSitePrefixed" : "seedSite");
}

/** Every file below `dir` (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  return walkFiles(dir).map((f) => f.path);
}

export function readPage(out: string, path: string): string {
  return readFileSync(join(out, path), "utf8");
}

/** A message's English text (src/lib/messages), or undefined for no message. */
export function en(m: Msg): string;
export function en(m: Msg | undefined): string | undefined;
export function en(m: Msg | undefined): string | undefined {
  return m === undefined ? undefined : say(m, "en");
}

/** The citation item of one article file (`article`: its whole text) in an event of the fixture tags, on `site`. */
export function articleItem(article: string, site: SiteConfig): CslItem {
  const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/a.md": article });
  const { archive, problems } = loadArchive(articles);
  const e = archive?.events[0];
  const a = e?.articles[0];
  if (!e || !a) throw new Error(JSON.stringify(problems));
  return cslItem(site, e, a);
}
