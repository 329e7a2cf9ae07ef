/**
 * `npm run build`: validate the archive, build the site with Eleventy into a fresh temporary folder,
 * index it for search (Pagefind), and only when everything succeeded replace the output folder.
 * A failed build leaves the previous site untouched and writes nothing.
 *
 * Options: --output DIR (default _site).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadArchive } from "../loader.ts";
import { formatProblem } from "../problems.ts";
import { buildSearchIndex, type SearchIndexStats } from "../search-index.ts";
import { siteConfig } from "../site.ts";
import { summaryLine } from "../summary.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--output");
if (outIndex >= 0 && args[outIndex + 1] === undefined) {
  console.error("--output needs a folder, e.g. npm run build -- --output public");
  process.exit(2);
}
const output = resolve((outIndex >= 0 ? args[outIndex + 1] : undefined) ?? join(projectRoot, "_site"));

const started = performance.now();
const { articlesDir } = siteConfig();
const { archive, problems } = loadArchive(articlesDir);
for (const p of problems) console.error(formatProblem(p));
if (!archive) {
  const n = problems.filter((p) => p.severity === "error").length;
  console.error(`\nBuild stopped: ${n} ${n === 1 ? "problem" : "problems"} in the articles. Nothing was written; ${basename(output)}/ is unchanged.`);
  process.exit(1);
}

const staging = mkdtempSync(join(dirname(output), `.build-${basename(output)}-`));
const eleventy = spawnSync(
  process.execPath,
  ["--import", "tsx", join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(projectRoot, ".eleventy.ts")}`, `--output=${staging}`],
  { cwd: projectRoot, stdio: ["ignore", "inherit", "inherit"], env: process.env },
);
if (eleventy.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed in Eleventy (exit ${eleventy.status ?? eleventy.signal}). ${basename(output)}/ is unchanged.`);
  process.exit(1);
}

let search: SearchIndexStats;
try {
  search = await buildSearchIndex(staging);
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${(e as Error).message}\nBuild failed; ${basename(output)}/ is unchanged.`);
  process.exit(1);
}

// swap: the old output is moved aside first, so a crash in between never leaves a half-written site
const previous = `${staging}-old`;
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });

const pages = countPages(output);
console.log(`Built ${basename(output)}/: ${summaryLine(archive, { pages, seconds: (performance.now() - started) / 1000 })}`);
console.log(`Search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KiB, ${search.seconds.toFixed(2)} s`);

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.name.endsWith(".html")) n++;
  }
  return n;
}
