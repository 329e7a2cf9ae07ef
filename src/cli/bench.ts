/**
 * `npm run bench -- --articles N [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]`
 *
 * Generates a synthetic archive of N articles (src/generate.ts) in a temporary folder and measures,
 * in one run and interleaved (a b c a b c …, R ≥ 1 rounds, default 3, medians reported):
 *   (a) the full production build, exactly what `npm run build` runs:
 *       `node --import tsx src/cli/build.ts --output <tmp>` with ARSIP_ARTICLES_DIR=<generated>;
 *   (b) the floor: bare Eleventy 3 rendering every article .md (index.md excluded) as one plain
 *       page with a trivial Nunjucks layout, from a throw-away config in the temp folder;
 *   (c) validation only: `node --import tsx src/cli/check.ts` with the same environment;
 * each with wall time and peak RSS. Peak RSS is GNU time's %M when /usr/bin/time exists (the
 * largest single process of the tree), otherwise the largest VmHWM polled from /proc every 50 ms;
 * the "tree RSS" column is the largest sum of VmRSS over the whole process tree, polled every 50 ms.
 * Then, unless --skip-dev:
 *   (d) in a running dev server (`eleventy --serve`), the time from writing a new article file into
 *       an existing event folder until its event page is served with the new text (median of 3);
 * and, from the output of (a):
 *   (e) page weights (HTML + the CSS and JS each page references) of the home page, the largest
 *       event page and the tag page of the most used tag;
 *   (f) the search index size (everything under pagefind/), when there is one.
 *
 * Prints a Markdown report and the same data as JSON (stdout, and FILE with --json). Temporary
 * folders are removed at the end unless --keep. Exit codes: 0 done, 1 a measured command failed,
 * 2 usage error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { freePort } from "./common.ts";
import { availableParallelism, release, tmpdir, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArchive, type GenerateResult } from "../generate.ts";
import { loadArchive } from "../loader.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "Usage: npm run bench -- --articles N [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]";
const GNU_TIME = "/usr/bin/time";
const DEV_REPEATS = 3;

// ---------------------------------------------------------------------------------------------
// options

interface Options {
  articles: number;
  rounds: number;
  seed: number;
  json?: string;
  skipDev: boolean;
  keep: boolean;
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseOptions(args: string[]): Options {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--skip-dev" || a === "--keep") {
      flags.add(a);
      continue;
    }
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^(--articles|--rounds|--seed|--json)(?:=(.*))?$/.exec(a);
    if (!m) usage(`Unknown option "${a}".`);
    const name = m[1] ?? "";
    const value = m[2] ?? args[++i];
    if (value === undefined || value === "") usage(`${name} needs a value.`);
    values.set(name, value);
  }
  const whole = (name: string, fallback: number | undefined, min: number): number => {
    const text = values.get(name);
    if (text === undefined) {
      if (fallback === undefined) usage(`${name} is required.`);
      return fallback;
    }
    if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) usage(`${name} must be a whole number of at least ${min}, not "${text}".`);
    return Number(text);
  };
  const json = values.get("--json");
  return {
    articles: whole("--articles", undefined, 1),
    rounds: whole("--rounds", 3, 1),
    seed: whole("--seed", 1, 0),
    ...(json !== undefined && { json: resolve(json) }),
    skipDev: flags.has("--skip-dev"),
    keep: flags.has("--keep"),
  };
}

// ---------------------------------------------------------------------------------------------
// measuring one process tree

interface Sample {
  seconds: number;
  /** largest single process (GNU time %M, or the largest polled VmHWM), KiB */
  peakKiB: number;
  /** largest polled sum of VmRSS over the tree, KiB */
  treeKiB: number;
}

function readStatusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `pid` and all its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.pop() as number;
    out.push(p);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, "utf8").split(" ")) if (c.trim() !== "") queue.push(Number(c));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return out;
}

const hasGnuTime = existsSync(GNU_TIME);

/** Children still running, so that an interrupted bench leaves no process behind. */
const live = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Run `argv` (cwd: project root) with stdout/stderr to `log`; resolve with its timing and memory, reject on failure. */
async function measure(argv: string[], env: NodeJS.ProcessEnv, log: string): Promise<Sample> {
  const timeFile = `${log}.rss`;
  const full = hasGnuTime ? [GNU_TIME, "-f", "%M", "-o", timeFile, ...argv] : argv;
  const fd = openSync(log, "w");
  let treeKiB = 0;
  let hwmKiB = 0;
  const started = performance.now();
  const child = track(spawn(full[0] as string, full.slice(1), { cwd: projectRoot, env, stdio: ["ignore", fd, fd], detached: true }));
  const poll = (): void => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const p of processTree(child.pid)) {
      sum += readStatusKiB(p, "VmRSS");
      hwmKiB = Math.max(hwmKiB, readStatusKiB(p, "VmHWM"));
    }
    treeKiB = Math.max(treeKiB, sum);
  };
  const timer = setInterval(poll, 50);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.once("error", reject);
    child.once("exit", (c, signal) => resolveExit(c ?? (signal ? 128 : null)));
  }).finally(() => {
    clearInterval(timer);
    closeSync(fd);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const text = readFileSync(log, "utf8");
    throw new Error(`${argv.join(" ")} exited with ${code}; last output:\n${text.slice(-3000)}`);
  }
  let peakKiB = hwmKiB;
  if (hasGnuTime) {
    const m = /(\d+)\s*$/.exec(readFileSync(timeFile, "utf8"));
    if (m) peakKiB = Number(m[1]);
  }
  // a sampled sum can miss a short peak, but the tree never holds less than its largest process
  return { seconds, peakKiB, treeKiB: Math.max(treeKiB, peakKiB) };
}

// ---------------------------------------------------------------------------------------------
// small helpers

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (x: number, digits: number): number => Number(x.toFixed(digits));
const mb = (kib: number): number => round(kib / 1024, 1);

function stats(xs: readonly number[]): { median: number; min: number; max: number; samples: number[] } {
  return { median: round(median(xs), 3), min: round(Math.min(...xs), 3), max: round(Math.max(...xs), 3), samples: xs.map((x) => round(x, 3)) };
}

function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else visit(p, statSync(p).size);
  }
}

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  walk(dir, (p) => {
    if (p.endsWith(suffix)) n++;
  });
  return n;
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const r = await fetch(url);
    if (!r.ok) return undefined;
    return await r.text();
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function machine(): { cpu: string; cores: number; memoryGiB: number; node: string; os: string } {
  let cpu = "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return { cpu, cores: availableParallelism(), memoryGiB: round(totalmem() / 1024 ** 3, 1), node: process.version, os: `${process.platform} ${release()}` };
}

// ---------------------------------------------------------------------------------------------
// (b) the floor

/** Write the floor's throw-away Eleventy config and layout into `dir`; returns the config path. */
function writeFloorConfig(dir: string, articlesDir: string, outDir: string): string {
  const includes = join(dir, "_includes");
  mkdirSync(includes, { recursive: true });
  writeFileSync(join(includes, "layout.njk"), "<!doctype html><title>{{ title }}</title>{{ content | safe }}\n");
  // Eleventy resolves ignore globs against relative inputs reliably, so the input is given relative to the project root (the cwd)
  const input = relative(projectRoot, articlesDir);
  const config = `// The floor of the bench: bare Eleventy, one plain page per article, nothing else.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.ignores.add("**/index.md");
  // article frontmatter has no layout: give every page the trivial one
  eleventyConfig.addGlobalData("layout", "layout.njk");
  return {
    dir: { input: ${JSON.stringify(input)}, includes: ${JSON.stringify(relative(articlesDir, includes))}, output: ${JSON.stringify(outDir)} },
    templateFormats: ["md"],
    // bodies are data in this project too: no template language runs over them
    markdownTemplateEngine: false,
  };
}
`;
  const path = join(dir, "eleventy.config.mjs");
  writeFileSync(path, config);
  return path;
}

// ---------------------------------------------------------------------------------------------
// (d) the dev server

async function measureDev(articlesDir: string, eventId: string, work: string, env: NodeJS.ProcessEnv): Promise<number[]> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const out = join(work, "dev-site");
  const logPath = join(work, "logs", "dev.log");
  let log = "";
  const child = track(
    spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${out}`], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
  );
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const builds = (): number => (log.match(/Wrote \d+ files/g) ?? []).length;
  const page = `${base}/peristiwa/${eventId}/`;
  try {
    const deadline = Date.now() + 15 * 60_000;
    while ((await fetchText(page)) === undefined) {
      if (child.exitCode !== null) throw new Error(`the dev server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the dev server did not serve ${page} within 15 minutes:\n${log.slice(-3000)}`);
      await sleep(200);
    }
    await waitForBuilds(builds, 1, 60_000);
    const samples: number[] = [];
    for (let i = 1; i <= DEV_REPEATS; i++) {
      const marker = `Penanda pengukuran pratinjau ${i} ${process.pid} ${Date.now()}`;
      const before = builds();
      const started = performance.now();
      writeFileSync(join(articlesDir, eventId, `bench-dev-${i}.md`), `---\noutlet: Bench\n---\n${marker}.\n`);
      for (;;) {
        if ((await fetchText(page))?.includes(marker)) break;
        if (child.exitCode !== null) throw new Error(`the dev server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
        if (performance.now() - started > 10 * 60_000) throw new Error(`the new article never appeared on ${page}:\n${log.slice(-3000)}`);
        await sleep(20);
      }
      samples.push((performance.now() - started) / 1000);
      // let the rebuild finish before the next change
      await waitForBuilds(builds, before + 1, 10 * 60_000);
      await sleep(300);
    }
    return samples;
  } finally {
    writeFileSync(logPath, log);
    await stop(child);
  }
}

async function waitForBuilds(count: () => number, atLeast: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < atLeast && Date.now() < deadline) await sleep(50);
}

/** Signal the process group of a child started with `detached: true` (the child and everything it started). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const group = (signal: NodeJS.Signals): void => signalGroup(child, signal);
  group("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) {
    group("SIGKILL");
    await Promise.race([exited, sleep(2000)]);
  }
}

// ---------------------------------------------------------------------------------------------
// (e) page weights, (f) search index

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

function pageWeight(site: string, urlPath: string): PageWeight {
  const file = join(site, urlPath, "index.html");
  const html = readFileSync(file, "utf8");
  const size = (ref: string): number => {
    if (/^(?:[a-z]+:)?\/\//i.test(ref)) return 0; // another site's file is not part of this site's weight
    const clean = ref.split(/[?#]/)[0] ?? "";
    const path = clean.startsWith("/") ? join(site, clean) : join(dirname(file), clean);
    return existsSync(path) ? statSync(path).size : 0;
  };
  const refs = (re: RegExp): string[] => [...new Set([...html.matchAll(re)].map((m) => m[1] ?? ""))];
  const css = refs(/<link\b(?=[^>]*\brel="?stylesheet"?)[^>]*\bhref="([^"]+)"/gi).reduce((n, r) => n + size(r), 0);
  const js = refs(/<script\b[^>]*\bsrc="([^"]+)"/gi).reduce((n, r) => n + size(r), 0);
  const bytes = Buffer.byteLength(html);
  return { path: urlPath, html: bytes, css, js, total: bytes + css + js };
}

function largestEventPage(site: string): string {
  let best = "";
  let bestSize = -1;
  const dir = join(site, "peristiwa");
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const f = join(dir, e.name, "index.html");
    if (!existsSync(f)) continue;
    const s = statSync(f).size;
    if (s > bestSize) {
      bestSize = s;
      best = e.name;
    }
  }
  if (best === "") throw new Error(`no event pages under ${dir}`);
  return `/peristiwa/${best}/`;
}

function folderBytes(dir: string): number {
  let n = 0;
  walk(dir, (_p, size) => (n += size));
  return n;
}

// ---------------------------------------------------------------------------------------------
// the run

interface Measured {
  label: string;
  command: string;
  wallSeconds: ReturnType<typeof stats>;
  peakRssMB: number;
  treeRssMB: number;
}

interface Report {
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

/** The few facts the bench needs from the validated archive (the archive itself is dropped). */
function archiveFacts(articlesDir: string): { publishedEvents: number; publishedArticles: number; mostUsed: { id: string; events: number }; devEvent: string } {
  const { archive, problems } = loadArchive(articlesDir);
  if (!archive) throw new Error(`the generated archive is not valid:\n${problems.slice(0, 20).map((p) => `${p.file}:${p.line ?? ""} ${p.message}`).join("\n")}`);
  const mostUsed = [...archive.tags].sort((a, b) => b.events.length - a.events.length || a.id.localeCompare(b.id))[0];
  // the dev server test adds articles to a small event, as an editor adding coverage would
  const devEvent = [...archive.events].sort((a, b) => a.articles.length - b.articles.length || a.id.localeCompare(b.id))[0];
  if (!mostUsed || !devEvent) throw new Error("the generated archive has no published events");
  return { publishedEvents: archive.events.length, publishedArticles: archive.articleCount, mostUsed: { id: mostUsed.id, events: mostUsed.events.length }, devEvent: devEvent.id };
}

async function run(opts: Options, work: string): Promise<Report> {
  const articlesDir = join(work, "articles");
  const site = join(work, "site");
  const floorDir = join(work, "floor");
  const floorOut = join(floorDir, "out");
  const logs = join(work, "logs");
  mkdirSync(logs, { recursive: true });

  const g0 = performance.now();
  const generated = generateArchive({ articles: opts.articles, seed: opts.seed, out: articlesDir });
  const generateSeconds = round((performance.now() - g0) / 1000, 3);

  // what the page-weight and dev measurements need, read before anything is added to the archive
  const published = archiveFacts(articlesDir);

  const env: NodeJS.ProcessEnv = { ...process.env, ARSIP_ARTICLES_DIR: articlesDir };
  const floorConfig = writeFloorConfig(floorDir, articlesDir, floorOut);
  const commands = {
    build: { label: "(a) full build", argv: [process.execPath, "--import", "tsx", "src/cli/build.ts", "--output", site] },
    floor: { label: "(b) floor: bare Eleventy, one page per article", argv: [process.execPath, "node_modules/@11ty/eleventy/cmd.cjs", `--config=${floorConfig}`] },
    check: { label: "(c) validation only", argv: [process.execPath, "--import", "tsx", "src/cli/check.ts"] },
  } as const;
  const samples: Record<keyof typeof commands, Sample[]> = { build: [], floor: [], check: [] };
  let floorPages = 0;
  for (let r = 1; r <= opts.rounds; r++) {
    for (const key of ["build", "floor", "check"] as const) {
      if (key === "build") rmSync(site, { recursive: true, force: true });
      if (key === "floor") rmSync(floorOut, { recursive: true, force: true });
      process.stderr.write(`round ${r}/${opts.rounds}: ${commands[key].label} … `);
      const s = await measure([...commands[key].argv], env, join(logs, `${key}-${r}.log`));
      process.stderr.write(`${s.seconds.toFixed(2)} s, ${mb(s.peakKiB)} MB\n`);
      samples[key].push(s);
      if (key === "build" && !existsSync(join(site, "index.html"))) throw new Error(`the build wrote no ${join(site, "index.html")}`);
      if (key === "floor") {
        floorPages = countFiles(floorOut, ".html");
        if (floorPages !== generated.articles) throw new Error(`the floor wrote ${floorPages} pages for ${generated.articles} articles`);
      }
    }
  }
  const summarise = (key: keyof typeof commands): Measured => ({
    label: commands[key].label,
    command: commands[key].argv.map((a) => (a === process.execPath ? "node" : a)).join(" "),
    wallSeconds: stats(samples[key].map((s) => s.seconds)),
    peakRssMB: mb(Math.max(...samples[key].map((s) => s.peakKiB))),
    treeRssMB: mb(Math.max(...samples[key].map((s) => s.treeKiB))),
  });
  const build = summarise("build");
  const floor = { ...summarise("floor"), pages: floorPages };
  const check = summarise("check");

  const tagPage = { ...pageWeight(site, `/topik/${published.mostUsed.id}/`), tag: published.mostUsed.id, events: published.mostUsed.events };
  const pageWeights = { home: pageWeight(site, "/"), largestEvent: pageWeight(site, largestEventPage(site)), tag: tagPage };
  const pagefind = join(site, "pagefind");
  const searchIndex = existsSync(pagefind) ? { bytes: folderBytes(pagefind), files: countFiles(pagefind, "") } : ("n/a (no search index yet)" as const);

  let dev: Report["dev"] = "skipped";
  if (!opts.skipDev) {
    process.stderr.write(`(d) dev server: ${DEV_REPEATS} new articles in ${published.devEvent} … `);
    const devSamples = await measureDev(articlesDir, published.devEvent, work, env);
    process.stderr.write(`${devSamples.map((s) => s.toFixed(2)).join(", ")} s\n`);
    dev = { event: published.devEvent, secondsToServed: stats(devSamples) };
  }

  return {
    articles: opts.articles,
    seed: opts.seed,
    rounds: opts.rounds,
    machine: machine(),
    archive: { ...generated, generateSeconds, publishedEvents: published.publishedEvents, publishedArticles: published.publishedArticles },
    rssMethod: hasGnuTime ? "peak RSS: GNU time %M (largest single process of the tree); tree RSS: largest sum of VmRSS over the tree, polled every 50 ms" : "peak RSS: largest VmHWM of any process of the tree, polled every 50 ms; tree RSS: largest sum of VmRSS over the tree, polled every 50 ms",
    measurements: { build, floor, check },
    ratioBuildToFloor: round(build.wallSeconds.median / floor.wallSeconds.median, 3),
    dev,
    pageWeights,
    searchIndex,
  };
}

function markdown(r: Report): string {
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

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), "arsip-bench-"));
  const cleanup = (): void => {
    if (opts.keep) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const child of live) signalGroup(child, "SIGKILL");
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let report: Report;
  try {
    report = await run(opts, work);
  } catch (e) {
    console.error(`\nBench failed: ${(e as Error).message}`);
    cleanup();
    process.exit(1);
  }
  cleanup();
  const json = JSON.stringify(report, null, 2);
  console.log(markdown(report));
  console.log("");
  console.log(json);
  if (opts.json) writeFileSync(opts.json, `${json}\n`);
}

await main();
