/**
 * `npm run check [-- --json] [--articles DIR]`: validate every file in the archive without
 * building; exit 1 on any error. Curation warnings (src/editor/warnings.ts) are printed too but
 * never change the exit code; they need the whole validated archive, so they are only computed
 * when there are no errors.
 *
 * --json prints one JSON object on stdout and nothing on stderr:
 *   { ok, errors: [{ file, line, field, message }], warnings: [...], summary: { … } }
 * `line` and `field` are null where unknown; the summary's archive counts are null when the
 * archive did not load.
 */
import { formatProblem } from "../content/problems.ts";
import { summaryLine } from "../content/summary.ts";
import { checkArchive, checkReport } from "../editor/check.ts";
import { articlesDirOf, command, parseCommandLine, runIfMain } from "./run.ts";

const USAGE = `Usage: npm run check [-- --json] [--articles DIR]
  --json       one JSON object on stdout, for tools and editors
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`;

export const check = command(USAGE, async (argv, io) => {
  const { values } = parseCommandLine(argv, { json: { type: "boolean" }, articles: { type: "string" } });
  const started = performance.now();
  const result = checkArchive(articlesDirOf(io, values.articles));
  const { archive, errors, warnings } = result;

  if (values.json) {
    io.out(`${JSON.stringify(checkReport(result), null, 2)}\n`);
    return errors.length === 0 ? 0 : 1;
  }

  for (const p of [...errors, ...warnings]) io.err(`${formatProblem(p)}\n`);
  if (!archive) {
    const n = errors.length;
    io.err(`\n${n} ${n === 1 ? "problem" : "problems"} found; nothing was built. Fix ${n === 1 ? "it" : "them"} and run npm run check again.\n`);
    return 1;
  }
  if (warnings.length > 0) {
    io.err(`\n${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}: worth a look, but the archive is valid.\n`);
  }
  io.out(`OK: ${summaryLine(archive, { seconds: (performance.now() - started) / 1000 })}\n`);
  return 0;
});

runIfMain(import.meta.url, check);
