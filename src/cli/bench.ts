/**
 * `npm run bench -- --articles N[,N…] [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]`:
 * the side-by-side benchmark (src/perf/bench.ts says what it measures), once per archive size,
 * with the growth of the build's time per article from the smallest size to the largest. Prints a
 * Markdown report and the same data as JSON (stdout, and FILE with --json). Temporary folders are
 * removed at the end unless --keep.
 *
 * `npm run bench -- --table FILE`: rewrite the table in docs/performance.md (between its bench
 * markers) from the JSON a run wrote to FILE; nothing is measured.
 *
 * Exit codes: 0 done, 1 a measured command failed, 2 usage error.
 */
import { msg, say } from "../lib/messages/index.ts";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writeFileAtomic } from "../lib/files.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench } from "../perf/bench.ts";
import { live, signalGroup } from "../perf/processes.ts";
import { BENCH_DOC, growthOf, markdown, summaryTable, withBenchTable, type BenchRun, type Report } from "../perf/report.ts";
import { command, fail, parseCommandLine, pathArg, projectRoot, runIfMain, wholeNumber, langOfIo } from "./run.ts";
import type { CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const BENCH = {
  name: "npm run bench",
  options: {
    articles: {
      type: "string",
      value: { id: "N[,N…]", en: "N[,N…]" },
      help: {
        id: "ukuran arsip buatan yang diukur (wajib, kecuali dengan --table)",
        en: "the sizes of generated archive to measure (required, except with --table)",
      },
    },
    rounds: {
      type: "string",
      value: { id: "R", en: "R" },
      help: { id: "putaran per ukuran; median (bawaan: 3)", en: "rounds per size; the median is reported (default: 3)" },
    },
    seed: { type: "string", value: { id: "S", en: "S" }, help: { id: "benih arsip buatan (bawaan: 1)", en: "the generated archives' seed (default: 1)" } },
    json: { type: "string", value: { id: "FILE", en: "FILE" }, help: { id: "tulis hasilnya juga sebagai JSON", en: "also write the results as JSON" } },
    "skip-dev": { type: "boolean", help: { id: "lewati pengukuran pratinjau (d)", en: "skip the live preview's measurement (d)" } },
    keep: { type: "boolean", help: { id: "simpan folder sementaranya", en: "keep the temporary folders" } },
    table: {
      type: "string",
      value: { id: "FILE", en: "FILE" },
      help: {
        id: `tulis ulang tabel ${BENCH_DOC} dari file --json sebuah run, tanpa mengukur`,
        en: `rewrite the table of ${BENCH_DOC} from a run's --json file, measuring nothing`,
      },
    },
  },
} as const satisfies CommandSpec;

export const bench = command(BENCH, async (argv, io) => {
  const { values } = parseCommandLine(argv, BENCH);
  if (values.table !== undefined) {
    const run = JSON.parse(readFileSync(pathArg(io, values.table), "utf8")) as BenchRun;
    const doc = join(projectRoot, BENCH_DOC);
    writeFileAtomic(doc, withBenchTable(readFileSync(doc, "utf8"), summaryTable(run)));
    io.out(`${BENCH_DOC}: ${run.reports.length} ${run.reports.length === 1 ? "row" : "rows"} from ${values.table}\n`);
    return 0;
  }
  if (values.articles === undefined) fail(2, msg("cli.required-option", { option: "--articles" }));
  const sizes = values.articles.split(",").map((n) => wholeNumber("--articles", n.trim(), 1));
  const opts = {
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
    const reports: Report[] = [];
    for (const articles of sizes) {
      const dir = join(work, String(articles));
      mkdirSync(dir);
      reports.push(await runBench({ ...opts, articles }, dir, (line) => io.err(line)));
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
    const run: BenchRun = { date: new Date().toISOString(), reports, growth: growthOf(reports) };
    const json = JSON.stringify(run, null, 2);
    io.out(`${reports.map(markdown).join("\n\n")}\n\n${summaryTable(run)}\n\n${json}\n`);
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
