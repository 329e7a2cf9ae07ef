/**
 * Smoke run of `npm run bench` on a tiny archive: every measurement is there, positive and
 * consistent between the Markdown table, the JSON on stdout and the --json file. No timing
 * assertions: only that the numbers exist and agree.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProcess } from "../support/cli.ts";
import { ROOT } from "../support/paths.ts";
import type { Report } from "../../src/perf/report.ts";

const ARTICLES = 12;

describe("npm run bench (smoke run)", () => {
  let dir = "";
  let status: number | null = null;
  let stdout = "";
  let stderr = "";
  let table = "";
  let report: Report;
  let run: { date: string; reports: Report[]; growth: unknown };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "arsip-bench-test-"));
    const r = await runProcess("bench", ["--articles", String(ARTICLES), "--rounds", "1", "--json", join(dir, "bench.json")], {}, { timeoutMs: 170_000 });
    status = r.status;
    stdout = r.stdout;
    stderr = r.stderr;
    const start = stdout.indexOf("\n{");
    table = start >= 0 ? stdout.slice(0, start) : stdout;
    run = JSON.parse(start >= 0 ? stdout.slice(start) : "{}") as typeof run;
    report = run.reports[0] as Report;
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 and writes the same JSON to --json as to stdout", () => {
    expect(status, stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "bench.json"), "utf8"))).toEqual(run);
    expect(run.reports).toHaveLength(1);
    expect(run.growth).toBeNull();
    expect(report.articles).toBe(ARTICLES);
    expect(report.archive.articles).toBe(ARTICLES);
    expect(report.rounds).toBe(1);
  });

  it("measures (a) the build, (b) the floor and (c) the check with positive times and memory", () => {
    for (const m of [report.measurements.build, report.measurements.floor, report.measurements.check]) {
      expect(m.wallSeconds.samples).toHaveLength(1);
      for (const v of [m.wallSeconds.median, m.wallSeconds.min, m.wallSeconds.max, m.peakRssMB, m.treeRssMB]) expect(v).toBeGreaterThan(0);
      expect(m.treeRssMB).toBeGreaterThanOrEqual(m.peakRssMB);
    }
    // exactly what npm run build runs (package.json), with the generated archive and a temporary output
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(report.measurements.build.command.startsWith(`${(scripts.build ?? "").replace(/^tsx /, "node --import tsx ")} --articles `)).toBe(true);
    expect(report.measurements.check.command).toMatch(/^node --import tsx src\/cli\/check\.ts --articles \S+$/);
    expect(report.measurements.floor.command).toMatch(/^node node_modules\/@11ty\/eleventy\/cmd\.cjs --config=.+\.mjs$/);
    expect(report.measurements.floor.pages).toBe(ARTICLES);
  });

  it("measures the stacks a user would pick instead: bare Eleventy, and Hugo, each followed by the Pagefind CLI", () => {
    const { stacks } = report;
    expect(stacks.floor.wallSeconds.median).toBeGreaterThan(report.measurements.floor.wallSeconds.median * 0.5);
    expect(stacks.floor.command).toMatch(
      /^sh -c '.*node_modules\/@11ty\/eleventy\/cmd\.cjs' .* && '.*' 'node_modules\/pagefind\/lib\/runner\/bin\.cjs' '--site' /,
    );
    expect(stacks.ratioBuildToFloor).toBeCloseTo(report.measurements.build.wallSeconds.median / stacks.floor.wallSeconds.median, 2);
    if (typeof report.hugo === "string") return;
    expect(stacks.hugo?.command).toMatch(/^sh -c 'hugo' '--quiet' .* && .*pagefind/);
    expect(stacks.ratioBuildToHugo).toBeGreaterThan(0);
  });

  it("measures the warm build (one article added, edited, deleted), the warm check and Hugo cold and warm on the same articles", () => {
    const { warmBuild, warmEdit, warmDelete, warmCheck } = report.measurements;
    for (const m of [warmBuild, warmEdit, warmDelete, warmCheck]) expect(m.wallSeconds.median).toBeGreaterThan(0);
    // the same commands as the cold runs
    for (const m of [warmBuild, warmEdit, warmDelete]) expect(m.command).toBe(report.measurements.build.command);
    expect(report.stacks.ratioWarmEditToFloor).toBeCloseTo(warmEdit.wallSeconds.median / report.stacks.floor.wallSeconds.median, 2);
    expect(report.stacks.ratioWarmDeleteToFloor).toBeCloseTo(warmDelete.wallSeconds.median / report.stacks.floor.wallSeconds.median, 2);
    expect(warmCheck.command).toBe(report.measurements.check.command);
    expect(report.ratioWarmBuildToFloor).toBeCloseTo(warmBuild.wallSeconds.median / report.measurements.floor.wallSeconds.median, 2);
    // CI installs hugo (.ci/run); elsewhere the report says why it is missing
    if (typeof report.hugo === "string") {
      expect(report.hugo).toMatch(/hugo is not installed/);
      return;
    }
    expect(report.hugo.version).toMatch(/^hugo v\d/);
    expect(report.hugo.cold.pages).toBe(ARTICLES);
    expect(report.hugo.cold.command).toMatch(/^hugo --quiet --source /);
    expect(report.hugo.ratioBuildToHugo).toBeCloseTo(report.measurements.build.wallSeconds.median / report.hugo.cold.wallSeconds.median, 2);
    expect(report.hugo.ratioWarmBuildToHugo).toBeCloseTo(warmBuild.wallSeconds.median / report.hugo.cold.wallSeconds.median, 2);
  });

  it("reports the ratio a/b of the medians", () => {
    const { build, floor } = report.measurements;
    expect(report.ratioBuildToFloor).toBeGreaterThan(0);
    expect(report.ratioBuildToFloor).toBeCloseTo(build.wallSeconds.median / floor.wallSeconds.median, 2);
  });

  it("measures (d) the dev server's new-article latency three times, and a tag label's change to all its pages", () => {
    expect(report.dev).not.toBe("skipped");
    if (report.dev === "skipped") return;
    // a preview that failed is reported as failed: here it must not have
    if ("failed" in report.dev) throw new Error(`the preview failed: ${report.dev.failed}`);
    // the most used tag: its page and each of its events' pages
    expect(report.dev.tagLabel.tag).toBe(report.pageWeights.tag.tag);
    expect(report.dev.tagLabel.pages).toBe(report.pageWeights.tag.events + 1);
    expect(report.dev.tagLabel.seconds).toBeGreaterThan(0);
    expect(report.dev.secondsToServed.samples).toHaveLength(3);
    for (const s of report.dev.secondsToServed.samples) expect(s).toBeGreaterThan(0);
    expect(report.dev.secondsToServed.median).toBeGreaterThan(0);
  });

  it("reports (e) page weights and (f) the search index", () => {
    const { home, largestEvent, tag } = report.pageWeights;
    expect(home.path).toBe("/");
    expect(largestEvent.path).toMatch(/^\/peristiwa\/[a-z0-9-]+\/$/);
    expect(tag.path).toBe(`/topik/${tag.tag}/`);
    expect(tag.events).toBeGreaterThan(0);
    for (const w of [home, largestEvent, tag]) {
      expect(w.html).toBeGreaterThan(0);
      expect(w.css).toBeGreaterThan(0);
      expect(w.js).toBeGreaterThanOrEqual(0);
      expect(w.total).toBe(w.html + w.css + w.js);
    }
    if (typeof report.searchIndex === "string") expect(report.searchIndex).toBe("n/a (no search index yet)");
    else expect(report.searchIndex.bytes).toBeGreaterThan(0);
  });

  it("prints the machine and a Markdown table that agrees with the JSON", () => {
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.memoryGiB).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(table).toContain(`Machine: ${report.machine.cpu}, ${report.machine.cores} cores`);
    expect(table).toContain("| measurement | median s | min s | max s | peak RSS MB | tree RSS MB |");
    for (const m of [
      report.measurements.build,
      report.measurements.floor,
      report.measurements.check,
      report.measurements.warmEdit,
      report.measurements.warmDelete,
    ]) {
      const w = m.wallSeconds;
      expect(table).toContain(
        `| ${m.label} | ${w.median.toFixed(2)} | ${w.min.toFixed(2)} | ${w.max.toFixed(2)} | ${m.peakRssMB.toFixed(1)} | ${m.treeRssMB.toFixed(1)} |`,
      );
    }
    expect(table).toContain(`Ratio a/b (median full build ÷ median floor): ${report.ratioBuildToFloor.toFixed(2)}`);
    if (report.dev !== "skipped" && !("failed" in report.dev)) expect(table).toContain(`| ${report.dev.secondsToServed.median.toFixed(2)} |`);
    const w = report.pageWeights;
    expect(table).toContain(`| home page | \`/\` | ${w.home.html} | ${w.home.css} | ${w.home.js} | ${w.home.total} |`);
    expect(table).toContain(`\`${w.largestEvent.path}\` | ${w.largestEvent.html} |`);
    expect(table).toContain(`\`${w.tag.path}\` | ${w.tag.html} |`);
    expect(table).toMatch(/\(f\) search index: /);
  });

  it("removes its temporary folders", () => {
    const site = /--output (\S+)/.exec(report.measurements.build.command)?.[1] ?? "";
    expect(site).not.toBe("");
    expect(existsSync(site)).toBe(false);
    expect(existsSync(join(site, ".."))).toBe(false);
  });
});
