/**
 * `npm run check [-- --json] [--articles DIR]`: validate every file in the archive without
 * building; exit 1 on any error. Curation warnings (src/editor/warnings.ts) are printed too but
 * never change the exit code; they need the whole validated archive, so they are only computed
 * when there are no errors.
 *
 * --json prints one JSON object on stdout and nothing on stderr:
 *   { ok, lang, errors: [{ file, line, field, code, message }], warnings: [...], summary: { … } }
 * (`message` in the language of the run, `code` the same in both: messages.ts)
 * `line` and `field` are null where unknown; the summary's archive counts are null when the
 * archive did not load.
 */
import { msg, say } from "../lib/messages/index.ts";
import { formatProblem } from "../content/problems.ts";
import { summaryLine } from "../content/summary.ts";
import { checkArchive, checkReport } from "../editor/check.ts";
import { progress } from "./progress.ts";
import { articlesDirOf, command, openCache, parseCommandLine, runIfMain, saveCache, langOfIo } from "./run.ts";
import { ARTICLES_OPTION, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const CHECK = {
  name: "npm run check",
  options: {
    json: { type: "boolean", help: { id: "satu objek JSON di stdout, untuk alat dan editor teks", en: "one JSON object on stdout, for tools and editors" } },
    articles: ARTICLES_OPTION,
  },
  notes: { id: "Bahasa pesan: Indonesia; ARSIP_LANG=en untuk bahasa Inggris.", en: "Messages are in Indonesian; ARSIP_LANG=en gives English." },
} as const satisfies CommandSpec;

export const check = command(CHECK, async (argv, io) => {
  const lang = langOfIo(io);
  const { values } = parseCommandLine(argv, CHECK);
  const started = performance.now();
  const articlesDir = articlesDirOf(io, values.articles);
  const cache = openCache(io, { articles: articlesDir });
  const result = checkArchive(articlesDir, progress(io, lang, values.json === true), cache);
  saveCache(io, cache);
  const { archive, errors, warnings } = result;

  if (values.json) {
    io.out(`${JSON.stringify(checkReport(result, lang), null, 2)}\n`);
    return errors.length === 0 ? 0 : 1;
  }

  for (const p of [...errors, ...warnings]) io.err(`${formatProblem(p, lang)}\n`);
  if (!archive) {
    io.err(`\n${say(msg("check.failed", { count: errors.length }), lang)}\n`);
    return 1;
  }
  if (warnings.length > 0) io.err(`\n${say(msg("check.warnings", { count: warnings.length }), lang)}\n`);
  io.out(`${say(msg("check.ok", { summary: summaryLine(archive, { seconds: (performance.now() - started) / 1000 }) }), lang)}\n`);
  return 0;
});

runIfMain(import.meta.url, check);
