/** The bench's pure parts: Hugo's copy of an article, growth, and the table of docs/performance.md written from a run's JSON. */
import { describe, expect, it } from "vitest";
import { npmScript } from "../../src/perf/processes.ts";
import { forHugo } from "../../src/perf/hugo.ts";
import { withTagLabel } from "../../src/perf/dev-server.ts";
import { BENCH_END, BENCH_START, growthOf, summaryTable, withBenchTable, type BenchRun, type Report } from "../../src/perf/report.ts";

const measured = (median: number, label = "x") => ({
  label,
  command: "c",
  wallSeconds: { median, min: median, max: median, samples: [median] },
  peakRssMB: 500,
  treeRssMB: 600,
});

function report(articles: number, build: number): Report {
  return {
    articles,
    seed: 1,
    rounds: 1,
    machine: { cpu: "CPU", cores: 2, memoryGiB: 23.5, node: "v20.20.2", os: "linux" },
    archive: { events: 1, articles, tags: 1, drafts: 0, files: 1, generateSeconds: 1, publishedEvents: 1, publishedArticles: articles },
    rssMethod: "m",
    measurements: {
      build: measured(build),
      floor: { ...measured(build / 2), pages: articles },
      check: measured(3),
      warmBuild: measured(build / 4),
      warmEdit: measured(build / 5),
      warmDelete: measured(build / 8),
      warmCheck: measured(1),
    },
    ratioBuildToFloor: 2,
    hugo: {
      version: "hugo v0.111.3+extended linux/amd64",
      cold: { ...measured(build / 10), pages: articles },
      warm: measured(build / 10),
      ratioBuildToHugo: 10,
      ratioWarmBuildToHugo: 2.5,
    },
    ratioWarmBuildToFloor: 0.5,
    stacks: {
      floor: measured(build / 1.25),
      ratioBuildToFloor: 1.25,
      ratioWarmBuildToFloor: 0.3125,
      ratioWarmEditToFloor: 0.25,
      ratioWarmDeleteToFloor: 0.156,
      hugo: measured(build / 4),
      ratioBuildToHugo: 4,
    },
    secondsPerArticle: build / articles,
    dev: { event: "e", secondsToServed: { median: 0.8, min: 0.7, max: 0.9, samples: [0.8] }, tagLabel: { tag: "t", pages: 1200, seconds: 2.5 } },
    pageWeights: {
      home: { path: "/", html: 1, css: 1, js: 0, total: 2 },
      largestEvent: { path: "/peristiwa/e/", html: 1, css: 1, js: 0, total: 2 },
      tag: { path: "/topik/t/", html: 1, css: 1, js: 0, total: 2, tag: "t", events: 1 },
    },
    searchIndex: { bytes: 3 * 1024 ** 2, files: 10 },
  };
}

describe("the bench report", () => {
  it("gives Hugo the article with `url` renamed in the front matter only, every other byte the same", () => {
    const text = "---\ntitle: A\nurl: https://x.example/a\nauthor: B\n---\nurl: stays in the body\n";
    expect(forHugo(text)).toBe("---\ntitle: A\nsource_url: https://x.example/a\nauthor: B\n---\nurl: stays in the body\n");
    expect(forHugo("---\ntitle: A\n---\nbody\n")).toBe("---\ntitle: A\n---\nbody\n");
  });

  it("measures exactly what an npm script runs: tsx becomes node --import tsx, node keeps its flags", () => {
    const scripts = { a: "tsx src/cli/check.ts", b: "node --max-old-space-size=12288 --import tsx src/cli/build.ts", c: "vitest run" };
    expect(npmScript("a", scripts)).toEqual([process.execPath, "--import", "tsx", "src/cli/check.ts"]);
    expect(npmScript("b", scripts)).toEqual([process.execPath, "--max-old-space-size=12288", "--import", "tsx", "src/cli/build.ts"]);
    expect(() => npmScript("c", scripts)).toThrow(/does not start with node or tsx/);
    expect(() => npmScript("d", scripts)).toThrow(/no script "d"/);
  });

  it("changes one tag's label in tags.yaml as the generator writes it, and says when the tag is not there", () => {
    const yaml = "# tags\nkim:\n  label: Kim\n  kind: tokoh\nkim-jong-un:\n  label: Kim Jong Un\n  kind: tokoh\n";
    expect(withTagLabel(yaml, "kim-jong-un", "Label Baru")).toBe(
      "# tags\nkim:\n  label: Kim\n  kind: tokoh\nkim-jong-un:\n  label: Label Baru\n  kind: tokoh\n",
    );
    expect(withTagLabel(yaml, "kim", "K")).toBe(yaml.replace("label: Kim\n", "label: K\n"));
    expect(() => withTagLabel(yaml, "xi", "X")).toThrow(/no "xi:"/);
  });

  it("computes growth as time per article at the largest size over the smallest (none with one size)", () => {
    expect(growthOf([report(30000, 330), report(10000, 100)])).toEqual({ from: 10000, to: 30000, ratio: 1.1 });
    expect(growthOf([report(10000, 100)])).toBeNull();
  });

  it("writes one table row per size with every figure, the growth and the machine, between the markers only", () => {
    const run: BenchRun = {
      date: "2026-12-02T05:00:00.000Z",
      reports: [report(10000, 100), report(30000, 330)],
      growth: growthOf([report(10000, 100), report(30000, 330)]),
    };
    const table = summaryTable(run);
    expect(table).toContain(
      "| 10,000 | 100.00 | 50.00 | 2.00 | 80.00 | 1.25 | 10.00 | 10.00 | 25.00 | 4.00 | 25.00 / 20.00 / 12.50 | 0.50 | 0.31 / 0.25 / 0.16 | 2.50 | 3.00 | 1.00 | 500 MB | 500 MB | 0.80 | 2.50 (1,200) | 3.0 MiB |",
    );
    expect(table).toContain("| 30,000 | 330.00 |");
    // a preview that failed says so in its cells, and the run's other figures stand
    const failed = summaryTable({ ...run, reports: [{ ...report(30000, 330), dev: { failed: "the dev server exited (SIGABRT)" } }] });
    expect(failed).toContain("| 500 MB | 500 MB | failed | failed | 3.0 MiB |");
    expect(table).toContain("time per article at 30,000 articles is 1.10 × its time per article at 10,000");
    expect(table).toContain("Measured 2026-12-02 on CPU, 2 cores, 23.5 GiB, Node v20.20.2");
    const readme = `# R\n\nbefore\n${BENCH_START}\nold table\n${BENCH_END}\nafter\n`;
    const next = withBenchTable(readme, table);
    expect(next.startsWith(`# R\n\nbefore\n${BENCH_START}\n\n${table}\n\n${BENCH_END}\nafter\n`)).toBe(true);
    expect(withBenchTable(next, table)).toBe(next);
    expect(() => withBenchTable("# no markers\n", table)).toThrow(/bench table/);
  });
});
