/**
 * `npm run build`: validate the archive, build the site with Eleventy into a fresh temporary folder,
 * index it for search (Pagefind), and only when everything succeeded replace the output folder.
 * A failed build leaves the previous site untouched and writes nothing.
 *
 * Options: --output DIR (default _site).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSite } from "../../.eleventy.ts";
import { prepareSiteData } from "../data.ts";
import { loadArchive } from "../loader.ts";
import { formatProblem } from "../problems.ts";
import { indexRenderedPages, SearchIndexer, type SearchIndexStats } from "../search-index.ts";
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
// the articles folder as the user named it, then work from the project root (Eleventy reads templates/ from there)
process.env.ARSIP_ARTICLES_DIR = resolve(siteConfig().articlesDir);
process.chdir(projectRoot);
const site = siteConfig();
const { archive, problems } = loadArchive(site.articlesDir);
for (const p of problems) console.error(formatProblem(p));
if (!archive) {
  const n = problems.filter((p) => p.severity === "error").length;
  console.error(`\nBuild stopped: ${n} ${n === 1 ? "problem" : "problems"} in the articles. Nothing was written; ${basename(output)}/ is unchanged.`);
  process.exit(1);
}

mkdirSync(dirname(output), { recursive: true });
const staging = mkdtempSync(join(dirname(output), `.build-${basename(output)}-`));
// Eleventy renders in this process, from the archive just validated (it is not read a second time)
prepareSiteData(site, archive);
// and every rendered page goes straight to Pagefind, which indexes on the other core meanwhile
const indexer = await SearchIndexer.start();
indexRenderedPages(indexer);
try {
  await writeSite(staging);
} catch (e) {
  await indexer.abandon();
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed while rendering: ${(e as Error).message}\n${basename(output)}/ is unchanged.`);
  process.exit(1);
}
indexRenderedPages(undefined);

let search: SearchIndexStats;
try {
  search = await indexer.finish(staging);
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${(e as Error).stack ?? (e as Error).message}\nBuild failed; ${basename(output)}/ is unchanged.`);
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
