/** The bench's report: its data (also printed as JSON) and the Markdown table. */
import type { GenerateResult } from "./generate.ts";
import type { machine, stats } from "./stats.ts";
import type { PageWeight } from "./weights.ts";

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
  measurements: { build: Measured; floor: Measured & { pages: number }; check: Measured };
  ratioBuildToFloor: number;
  dev: { event: string; secondsToServed: ReturnType<typeof stats> } | "skipped";
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
    row(r.measurements.check),
    "",
    `Ratio a/b (median full build ÷ median floor): ${r.ratioBuildToFloor.toFixed(2)}`,
    "",
    `(${r.rssMethod}; floor: ${r.measurements.floor.pages} pages written)`,
    "",
  ];
  if (r.dev === "skipped") {
    lines.push("(d) dev server: skipped (--skip-dev)", "");
  } else {
    const d = r.dev.secondsToServed;
    lines.push(
      "| (d) dev server: new article → its event page served | median s | min s | max s |",
      "| --- | ---: | ---: | ---: |",
      `| \`/peristiwa/${r.dev.event}/\` | ${d.median.toFixed(2)} | ${d.min.toFixed(2)} | ${d.max.toFixed(2)} |`,
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
