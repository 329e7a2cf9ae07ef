/**
 * `npm run build [-- --output DIR] [--articles DIR]`: validate the archive, then render the site
 * and its search index into a fresh folder that replaces the output folder only when everything
 * succeeded (src/render/build.ts). Invalid content stops the build before Eleventy or Pagefind
 * is even loaded, and nothing is written.
 */
import { basename } from "node:path";
import { loadArchive } from "../content/loader.ts";
import { msg, say } from "../lib/messages/index.ts";
import { formatProblem } from "../content/problems.ts";
import { summaryLine } from "../content/summary.ts";
import { DEFAULT_SITE_URL, siteConfig, siteConfigProblems } from "../site/config.ts";
import { outputProblem } from "../render/output-folder.ts";
import { progress } from "./progress.ts";
import { articlesDirOf, command, fail, openCache, parseCommandLine, pathArg, projectRoot, runIfMain, saveCache, show, langOfIo } from "./run.ts";
import { join } from "node:path";
import { ARTICLES_OPTION, FOLDER, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const BUILD = {
  name: "npm run build",
  options: {
    output: {
      type: "string",
      value: FOLDER,
      help: { id: "folder tujuan situs (bawaan: _site)", en: "the folder the site is written to (default: _site)" },
    },
    articles: ARTICLES_OPTION,
  },
} as const satisfies CommandSpec;

export const build = command(BUILD, async (argv, io) => {
  const lang = langOfIo(io);
  const { values } = parseCommandLine(argv, BUILD);
  const output = values.output === undefined ? join(projectRoot, "_site") : pathArg(io, values.output);
  const articlesDir = articlesDirOf(io, values.articles);
  const settings = siteConfigProblems(io.env);
  if (settings.length > 0) fail(2, msg("build.nothing-built", { problems: msg("cli.lines", { lines: settings }) }));
  const site = siteConfig(io.env);
  const refused = outputProblem(output, show(io, output), { articles: articlesDir, project: projectRoot });
  if (refused) fail(1, msg("build.nothing-written", { problem: refused }));

  const started = performance.now();
  const shown = progress(io, lang);
  const cache = openCache(io, { articles: articlesDir, output });
  const { archive, problems } = loadArchive(articlesDir, { progress: shown, cache });
  shown.end();
  for (const p of problems) io.err(`${formatProblem(p, lang)}\n`);
  if (!archive) {
    const count = problems.filter((p) => p.severity === "error").length;
    io.err(`\n${say(msg("build.stopped", { count, output: basename(output) }), lang)}\n`);
    return 1;
  }
  if (io.env.ARSIP_SITE_URL === undefined) io.err(`${say(msg("build.localhost", { url: DEFAULT_SITE_URL }), lang)}\n`);

  // Eleventy and Pagefind are loaded only now that the content is known to be valid
  const { writeBuild, BuildError } = await import("../render/build.ts");
  try {
    const { pages, kept, search } = await writeBuild(archive, site, output, { progress: shown, cache });
    saveCache(io, cache);
    const summary = summaryLine(archive, { pages, seconds: (performance.now() - started) / 1000 });
    io.out(`${say(msg("build.done", { output: basename(output), summary }), lang)}\n`);
    if (kept.pages + kept.files > 0)
      io.out(`${say(msg("build.kept", { ...kept, searchParts: kept.searchParts, searchPartsTotal: kept.searchPartsTotal }), lang)}\n`);
    io.out(`${say(msg("build.search", { pages: search.pages, files: search.files, kib: (search.bytes / 1024).toFixed(0), seconds: search.seconds }), lang)}\n`);
    return 0;
  } catch (e) {
    shown.end();
    if (!(e instanceof BuildError)) throw e;
    io.err(`\n${say(msg("build.failed", { detail: e.msg, output: basename(output) }), lang)}\n`);
    return 1;
  }
});

runIfMain(import.meta.url, build);
