/**
 * `npm run generate -- --articles N --out DIR [--seed S] [--force]`: write a deterministic synthetic
 * archive (src/perf/generate.ts) for performance work. Use it with any command through
 * --articles or ARSIP_ARTICLES_DIR, e.g. `npm run build -- --articles DIR --output /tmp/site`.
 *
 * DIR must be missing or empty; --force first empties it, but never for a folder that holds the
 * project, the current directory or a git repository, nor for the project's own articles/.
 * Exit codes: 0 written, 1 refused or failed, 2 usage error.
 */
import { msg } from "../lib/messages/index.ts";
import { generateArchive } from "../perf/generate.ts";
import { prepareTarget } from "../perf/target.ts";
import { progress } from "./progress.ts";
import { command, fail, parseCommandLine, pathArg, runIfMain, wholeNumber, langOfIo } from "./run.ts";
import { FOLDER, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const GENERATE = {
  name: "npm run generate",
  options: {
    articles: { type: "string", required: true, value: { id: "N", en: "N" }, help: { id: "jumlah artikel", en: "how many articles" } },
    out: {
      type: "string",
      required: true,
      value: FOLDER,
      help: { id: "folder tujuan arsip", en: "the folder the archive is written to" },
    },
    seed: {
      type: "string",
      value: { id: "S", en: "S" },
      help: { id: "benih acak (bawaan: 1); benih yang sama, arsip yang sama", en: "the random seed (default: 1); the same seed, the same archive" },
    },
    force: { type: "boolean", help: { id: "timpa folder arsip buatan sebelumnya", en: "replace an archive it generated before" } },
  },
} as const satisfies CommandSpec;

export const generate = command(GENERATE, async (argv, io) => {
  const { values } = parseCommandLine(argv, GENERATE);
  if (values.articles === undefined) fail(2, msg("cli.required-option", { option: "--articles" }));
  if (values.out === undefined) fail(2, msg("cli.required-option", { option: "--out" }));
  const articles = wholeNumber("--articles", values.articles, 1);
  const seed = values.seed === undefined ? 1 : wholeNumber("--seed", values.seed, 0);
  const out = pathArg(io, values.out);
  const refused = prepareTarget(out, values.out, values.force === true, io.cwd);
  if (refused) fail(1, refused);

  const started = performance.now();
  const r = generateArchive({ articles, seed, out, progress: progress(io, langOfIo(io)) });
  const seconds = (performance.now() - started) / 1000;
  io.out(
    `Generated ${values.out}: ${r.articles} articles (${r.drafts} drafts) in ${r.events} events, ${r.tags} tags, ${r.files} files, seed ${seed}, ${seconds.toFixed(2)} s\n`,
  );
});

runIfMain(import.meta.url, generate);
