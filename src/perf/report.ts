/** The bench's report: its data (also printed as JSON) and the Markdown table. */
import type { GenerateResult } from "./generate.ts";
import type { machine, stats } from "./stats.ts";
import type { PageWeight } from "./weights.ts";
import { eventUrl } from "../lib/routes.ts";

export interface Measured {
  label: string;
  command: string;
  wallSeconds: ReturnType<typeof stats>;
  peakRssMB: number;
  treeRssMB: number;
}

export interface Report {
  articles: number;
  seed: number;
  rounds: number;
  machine: ReturnType<typeof machine>;
  archive: GenerateResult & { generateSeconds: number; publishedEvents: number; publishedArticles: number };
  rssMethod: string;
  measurements: {
    build: Measured;
    floor: Measured & { pages: number };
    check: Measured;
    /** one article added, then that article edited, then deleted: each a build over the previous one's output */
    warmBuild: Measured;
    warmEdit: Measured;
    warmDelete: Measured;
    warmCheck: Measured;
  };
  ratioBuildToFloor: number;
  /** Hugo as a second reference, or why it was not measured */
  hugo: { version: string; cold: Measured & { pages: number }; warm: Measured; ratioBuildToHugo: number; ratioWarmBuildToHugo: number } | string;
  /** warm build (one article added) ÷ floor */
  ratioWarmBuildToFloor: number;
  /** the complete stacks a user would pick instead: bare Eleventy or Hugo, then the Pagefind CLI over their pages */
  stacks: {
    floor: Measured;
    ratioBuildToFloor: number;
    ratioWarmBuildToFloor: number;
    ratioWarmEditToFloor: number;
    ratioWarmDeleteToFloor: number;
    hugo?: Measured;
    ratioBuildToHugo?: number;
  };
  /** the cold build's median over the published articles: growth is this at a large size over this at a small one */
  secondsPerArticle: number;
  dev:
    | {
        event: string;
        secondsToServed: ReturnType<typeof stats>;
        /** one new label for the most used tag: seconds until its page and all its events' pages were served with it */
        tagLabel: { tag: string; pages: number; seconds: number };
      }
    | "skipped"
    /** the preview failed (it exited, or never served the change): the other figures stand */
    | { failed: string };
  pageWeights: { home: PageWeight; largestEvent: PageWeight; tag: PageWeight & { tag: string; events: number } };
  searchIndex: { bytes: number; files: number } | "n/a (no search index yet)";
}

export function markdown(r: Report): string {
  const m = r.machine;
  const a = r.archive;
  const row = (x: Measured): string =>
    `| ${x.label} | ${x.wallSeconds.median.toFixed(2)} | ${x.wallSeconds.min.toFixed(2)} | ${x.wallSeconds.max.toFixed(2)} | ${x.peakRssMB.toFixed(1)} | ${x.treeRssMB.toFixed(1)} |`;
  const pw = (name: string, p: PageWeight): string => `| ${name} | \`${p.path}\` | ${p.html} | ${p.css} | ${p.js} | ${p.total} |`;
  const lines = [
    `## Bench: ${r.articles} articles, seed ${r.seed}, ${r.rounds} ${r.rounds === 1 ? "round" : "rounds"} (a b c interleaved)`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`,
    `Archive: ${a.articles} articles (${a.drafts} drafts) in ${a.events} events, ${a.tags} tags, ${a.files} files; generated in ${a.generateSeconds.toFixed(2)} s`,
    "",
    "| measurement | median s | min s | max s | peak RSS MB | tree RSS MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    row(r.measurements.build),
    row(r.measurements.floor),
    row(r.stacks.floor),
    ...(r.stacks.hugo ? [row(r.stacks.hugo)] : []),
    row(r.measurements.check),
    ...(typeof r.hugo === "string" ? [] : [row(r.hugo.cold)]),
    row(r.measurements.warmBuild),
    row(r.measurements.warmEdit),
    row(r.measurements.warmDelete),
    row(r.measurements.warmCheck),
    ...(typeof r.hugo === "string" ? [] : [row(r.hugo.warm)]),
    "",
    `Ratio a/b (median full build ÷ median floor): ${r.ratioBuildToFloor.toFixed(2)}`,
    `Ratio warm a/b (one article added ÷ floor): ${r.ratioWarmBuildToFloor.toFixed(2)}`,
    typeof r.hugo === "string"
      ? `(h) Hugo: ${r.hugo}`
      : `Ratio a/h (full build ÷ Hugo, cold): ${r.hugo.ratioBuildToHugo.toFixed(2)}; warm a/h (one article added ÷ Hugo, cold): ${r.hugo.ratioWarmBuildToHugo.toFixed(2)} (${r.hugo.version.split(" ").slice(0, 2).join(" ")})`,
    `Ratio a/s (full build ÷ stack floor, Eleventy + Pagefind CLI): ${r.stacks.ratioBuildToFloor.toFixed(2)}; warm a/s: added ${r.stacks.ratioWarmBuildToFloor.toFixed(2)}, edited ${r.stacks.ratioWarmEditToFloor.toFixed(2)}, deleted ${r.stacks.ratioWarmDeleteToFloor.toFixed(2)}${r.stacks.ratioBuildToHugo === undefined ? "" : `; a/hs (full build ÷ Hugo + Pagefind CLI): ${r.stacks.ratioBuildToHugo.toFixed(2)}`}`,
    `Full build per published article: ${(r.secondsPerArticle * 1000).toFixed(2)} ms`,
    "",
    `(${r.rssMethod}; floor: ${r.measurements.floor.pages} pages written)`,
    "",
  ];
  if (r.dev === "skipped") {
    lines.push("(d) dev server: skipped (--skip-dev)", "");
  } else if ("failed" in r.dev) {
    lines.push(`(d) dev server: failed: ${r.dev.failed}`, "");
  } else {
    const d = r.dev.secondsToServed;
    lines.push(
      "| (d) dev server: new article → its event page served | median s | min s | max s |",
      "| --- | ---: | ---: | ---: |",
      `| \`${eventUrl(r.dev.event)}\` | ${d.median.toFixed(2)} | ${d.min.toFixed(2)} | ${d.max.toFixed(2)} |`,
      "",
      `(d) dev server: new label for tag ${r.dev.tagLabel.tag} in tags.yaml → its ${r.dev.tagLabel.pages} pages served: ${r.dev.tagLabel.seconds.toFixed(2)} s (one change)`,
      "",
    );
  }
  lines.push(
    "| (e) page weight | path | HTML bytes | CSS bytes | JS bytes | total bytes |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    pw("home page", r.pageWeights.home),
    pw("largest event page", r.pageWeights.largestEvent),
    pw(`tag page (most used: ${r.pageWeights.tag.events} events)`, r.pageWeights.tag),
    "",
    `(f) search index: ${typeof r.searchIndex === "string" ? r.searchIndex : `${r.searchIndex.bytes} bytes in ${r.searchIndex.files} files under pagefind/`}`,
  );
  return lines.join("\n");
}

/** One run of the bench: a report per archive size, and how the build's time per article grows from the smallest to the largest. */
export interface BenchRun {
  /** when the run ended (ISO 8601, UTC) */
  date: string;
  reports: Report[];
  /** time per article at the largest size ÷ at the smallest (null with one size) */
  growth: { from: number; to: number; ratio: number } | null;
}

export function growthOf(reports: readonly Report[]): BenchRun["growth"] {
  const sorted = [...reports].sort((a, b) => a.articles - b.articles);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large || small === large) return null;
  return { from: small.articles, to: large.articles, ratio: Number((large.secondsPerArticle / small.secondsPerArticle).toFixed(3)) };
}

const s2 = (x: number): string => x.toFixed(2);
const thousands = (n: number): string => n.toLocaleString("en");

/** The two preview cells of a row: an article's save, a tag label's (with its pages); "–" when skipped, "failed" when the preview failed. */
function devCells(dev: Report["dev"]): string {
  if (dev === "skipped") return "– | –";
  if ("failed" in dev) return "failed | failed";
  return `${s2(dev.secondsToServed.median)} | ${s2(dev.tagLabel.seconds)} (${thousands(dev.tagLabel.pages)})`;
}

/** The performance table of docs/performance.md: one row per size, then growth, machine and date. */
export function summaryTable(run: BenchRun): string {
  const first = run.reports[0];
  const lines = [
    "| articles | (a) build s | (b) floor s | a/b | (s) stack floor s | a/s | (h) Hugo s | a/h | (hs) Hugo + Pagefind s | a/hs | warm build s: added / edited / deleted | warm/b | warm/s: added / edited / deleted | warm/h | (c) check s | warm check s | build peak RSS | stack floor peak RSS | (d) preview s: article | (d) preview s: tag label (pages) | search index |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of run.reports) {
    const m = r.measurements;
    const h = typeof r.hugo === "string" ? undefined : r.hugo;
    const st = r.stacks;
    lines.push(
      `| ${thousands(r.articles)} | ${s2(m.build.wallSeconds.median)} | ${s2(m.floor.wallSeconds.median)} | ${s2(r.ratioBuildToFloor)} | ${s2(st.floor.wallSeconds.median)} | ${s2(st.ratioBuildToFloor)} | ${h ? s2(h.cold.wallSeconds.median) : "–"} | ${h ? s2(h.ratioBuildToHugo) : "–"} | ${st.hugo ? s2(st.hugo.wallSeconds.median) : "–"} | ${st.ratioBuildToHugo === undefined ? "–" : s2(st.ratioBuildToHugo)} | ${s2(m.warmBuild.wallSeconds.median)} / ${s2(m.warmEdit.wallSeconds.median)} / ${s2(m.warmDelete.wallSeconds.median)} | ${s2(r.ratioWarmBuildToFloor)} | ${s2(st.ratioWarmBuildToFloor)} / ${s2(st.ratioWarmEditToFloor)} / ${s2(st.ratioWarmDeleteToFloor)} | ${h ? s2(h.ratioWarmBuildToHugo) : "–"} | ${s2(m.check.wallSeconds.median)} | ${s2(m.warmCheck.wallSeconds.median)} | ${thousands(Math.round(m.build.peakRssMB))} MB | ${thousands(Math.round(st.floor.peakRssMB))} MB | ${devCells(r.dev)} | ${typeof r.searchIndex === "string" ? "–" : `${(r.searchIndex.bytes / 1024 ** 2).toFixed(1)} MiB`} |`,
    );
  }
  lines.push("");
  if (run.growth)
    lines.push(
      `Growth: the full build's time per article at ${thousands(run.growth.to)} articles is ${s2(run.growth.ratio)} × its time per article at ${thousands(run.growth.from)}.`,
      "",
    );
  if (first) {
    const m = first.machine;
    const h = typeof first.hugo === "string" ? first.hugo : first.hugo.version.split(" ").slice(0, 2).join(" ");
    lines.push(
      `Measured ${run.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; generated archives, seed ${first.seed}, ${first.rounds} ${first.rounds === 1 ? "round" : "rounds"} (medians); Hugo: ${h}.`,
    );
  }
  return lines.join("\n");
}

/** The document the table is kept in, and the markers around it. */
export const BENCH_DOC = "docs/performance.md";
export const BENCH_START = "<!-- bench table: written by npm run bench -- --table FILE -->";
export const BENCH_END = "<!-- end of bench table -->";

/** `doc` with the text between the bench markers replaced by `table`; throws when the markers are missing. */
export function withBenchTable(doc: string, table: string): string {
  const start = doc.indexOf(BENCH_START);
  const end = doc.indexOf(BENCH_END);
  if (start < 0 || end < start) throw new Error(`${BENCH_DOC} has no "${BENCH_START}" … "${BENCH_END}" section`);
  return `${doc.slice(0, start + BENCH_START.length)}\n\n${table}\n\n${doc.slice(end)}`;
}
