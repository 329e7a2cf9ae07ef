/**
 * `npm run bench -- --articles N [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]`:
 * the side-by-side benchmark (src/perf/bench.ts says what it measures). Prints a Markdown report
 * and the same data as JSON (stdout, and FILE with --json). Temporary folders are removed at the
 * end unless --keep. Exit codes: 0 done, 1 a measured command failed, 2 usage error.
 */
import { msg, say } from "../content/messages.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { writeFileAtomic } from "../content/files.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench } from "../perf/bench.ts";
import { live, signalGroup } from "../perf/processes.ts";
import { markdown } from "../perf/report.ts";
import { command, fail, parseCommandLine, pathArg, runIfMain, wholeNumber, langOfIo } from "./run.ts";

export const bench = command(msg("usage.bench"), async (argv, io) => {
  const { values } = parseCommandLine(argv, {
    articles: { type: "string" },
    rounds: { type: "string" },
    seed: { type: "string" },
    json: { type: "string" },
    "skip-dev": { type: "boolean" },
    keep: { type: "boolean" },
  });
  if (values.articles === undefined) fail(2, msg("cli.required-option", { option: "--articles" }));
  const opts = {
    articles: wholeNumber("--articles", values.articles, 1),
    rounds: values.rounds === undefined ? 3 : wholeNumber("--rounds", values.rounds, 1),
    seed: values.seed === undefined ? 1 : wholeNumber("--seed", values.seed, 0),
    skipDev: values["skip-dev"] === true,
  };
  const jsonFile = values.json === undefined ? undefined : pathArg(io, values.json);
  const work = mkdtempSync(join(tmpdir(), "arsip-bench-"));
  const cleanup = (): void => {
    if (values.keep) io.err(`kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const child of live) signalGroup(child, "SIGKILL");
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const report = await runBench(opts, work, (line) => io.err(line));
    const json = JSON.stringify(report, null, 2);
    io.out(`${markdown(report)}\n\n${json}\n`);
    if (jsonFile) writeFileAtomic(jsonFile, `${json}\n`);
    return 0;
  } catch (e) {
    io.err(`\n${say(msg("bench.failed", { detail: (e as Error).message }), langOfIo(io))}\n`);
    return 1;
  } finally {
    cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
});

runIfMain(import.meta.url, bench);
