/** Shared test helpers: temporary archives written from a map of files, and real builds. */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_ARTICLES = join(ROOT, "articles");

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

/** A copy of the seed archive in a temp folder, to add to or break. */
export function copySeedArchive(): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), "arsip-seed-"));
  const articles = join(root, "articles");
  cpSync(SEED_ARTICLES, articles, { recursive: true });
  return { root, articles };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run an npm script's entry point as a user would (through tsx), in the project root. */
export function runCli(script: "build" | "check", args: string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Build the archive in `articlesDir` into a fresh temp folder with the real build command and config. */
export function buildSite(articlesDir: string, env: Record<string, string> = {}): RunResult & { out: string } {
  const out = join(mkdtempSync(join(tmpdir(), "arsip-site-")), "_site");
  const r = runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articlesDir, ...env });
  return { ...r, out };
}

/**
 * `runCli` without blocking: the same command, working folder and environment, so that several
 * CLI runs can go at once (`Promise.all`). A run still going after `timeoutMs` is killed and
 * reported with `status: null` and the signal, so a hang fails its test instead of the suite.
 */
export function runCliAsync(script: "build" | "check", args: string[], env: Record<string, string> = {}, timeoutMs = 240_000): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", `${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolvePromise({ status, signal, stdout, stderr }));
  });
}

/** `buildSite` without blocking: the real build command into a fresh temp folder. */
export async function buildSiteAsync(articlesDir: string, env: Record<string, string> = {}): Promise<RunResult & { out: string }> {
  const out = join(mkdtempSync(join(tmpdir(), "arsip-site-")), "_site");
  const r = await runCliAsync("build", ["--output", out], { ARSIP_ARTICLES_DIR: articlesDir, ...env });
  return { ...r, out };
}

/** Every file below `dir` (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, "");
  return out.sort();
}

export function readPage(out: string, path: string): string {
  return readFileSync(join(out, path), "utf8");
}
