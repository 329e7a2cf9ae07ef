/**
 * `npm run build [-- --output DIR] [--articles DIR]`: validate the archive, then render the site
 * and its search index into a fresh folder that replaces the output folder only when everything
 * succeeded (src/render/build.ts). Invalid content stops the build before Eleventy or Pagefind
 * is even loaded, and nothing is written.
 */
import { basename } from "node:path";
import { loadArchive } from "../content/loader.ts";
import { formatProblem } from "../content/problems.ts";
import { summaryLine } from "../content/summary.ts";
import { DEFAULT_SITE_URL, siteConfig, siteConfigProblems } from "../site/config.ts";
import { outputProblem } from "../render/output-folder.ts";
import { articlesDirOf, command, fail, parseCommandLine, pathArg, projectRoot, runIfMain, show } from "./run.ts";
import { join } from "node:path";

const USAGE = `Usage: npm run build [-- --output DIR] [--articles DIR]
  --output     the folder the site is written to (default: _site)
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`;

export const build = command(USAGE, async (argv, io) => {
  const { values } = parseCommandLine(argv, { output: { type: "string" }, articles: { type: "string" } });
  const output = values.output === undefined ? join(projectRoot, "_site") : pathArg(io, values.output);
  const articlesDir = articlesDirOf(io, values.articles);
  const settings = siteConfigProblems(io.env);
  if (settings.length > 0) fail(2, `${settings.join("\n")}\nNothing was built.`);
  const site = siteConfig(io.env);
  const refused = outputProblem(output, show(io, output), { articles: articlesDir, project: projectRoot });
  if (refused) fail(1, `${refused} Nothing was written.`);

  const started = performance.now();
  const { archive, problems } = loadArchive(articlesDir);
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  if (!archive) {
    const n = problems.filter((p) => p.severity === "error").length;
    io.err(`\nBuild stopped: ${n} ${n === 1 ? "problem" : "problems"} in the articles. Nothing was written; ${basename(output)}/ is unchanged.\n`);
    return 1;
  }

  if (io.env.ARSIP_SITE_URL === undefined) {
    io.err(
      `warning: ARSIP_SITE_URL is not set, so feeds, canonical links and the sitemap point to ${DEFAULT_SITE_URL}; set it to the published address, e.g. ARSIP_SITE_URL=https://arsip.example.org npm run build\n`,
    );
  }
  // Eleventy and Pagefind are loaded only now that the content is known to be valid
  const { writeBuild, BuildError } = await import("../render/build.ts");
  try {
    const { pages, search } = await writeBuild(archive, site, output);
    io.out(`Built ${basename(output)}/: ${summaryLine(archive, { pages, seconds: (performance.now() - started) / 1000 })}\n`);
    io.out(`Search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KiB, ${search.seconds.toFixed(2)} s\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    io.err(`\n${e.message}\n${basename(output)}/ is unchanged.\n`);
    return 1;
  }
});

runIfMain(import.meta.url, build);
