/**
 * One size of `npm run bench` (src/cli/bench.ts runs it for each size given).
 *
 * Generates a synthetic archive of N articles (src/perf/generate.ts) in a temporary folder and
 * measures, in one run and interleaved (a b c h a b c h …, R ≥ 1 rounds, default 3, medians reported):
 *   (a) the full production build, exactly what `npm run build` runs (its script in package.json,
 *       `tsx` as `node --import tsx`) with `--articles <generated> --output <tmp>`;
 *   (b) the floor: bare Eleventy 3 rendering every article .md (index.md excluded) as one plain
 *       page with a trivial Nunjucks layout, from a throw-away config in the temp folder;
 *   (c) validation only, exactly what `npm run check` runs, with `--articles <generated>`;
 *   (h) the second reference: Hugo (Debian's package, installed when missing and run as root)
 *       rendering the same article files as one plain page each (src/perf/hugo.ts);
 * each with wall time and peak RSS. Peak RSS is GNU time's %M when /usr/bin/time exists (the
 * largest single process of the tree), otherwise the largest VmHWM polled from /proc every 50 ms;
 * the "tree RSS" column is the largest sum of VmRSS over the whole process tree, polled every 50 ms.
 * Then, warm, R times: one new article is written into an event and (a), (c) and (h) run again
 * over the output of the previous run (what `npm run build` costs when an editor adds an article);
 * then that article's text is edited and (a) runs again; then it is deleted and (a) runs again.
 * Then, unless --skip-dev, in a running live preview (`src/cli/start.ts`, src/perf/dev-server.ts):
 *   (d) the time from writing a new article file into an existing event folder until its event page
 *       is served with the new text (median of 3), and from saving a new label for the most used tag
 *       in tags.yaml until its page and every page of its events are served with it;
 * and, from the output of (a):
 *   (e) page weights (HTML + the CSS and JS each page references) of the home page, the largest
 *       event page and the tag page of the most used tag;
 *   (f) the search index size (everything under pagefind/), when there is one.
 *
 * Prints a Markdown report and the same data as JSON (stdout, and FILE with --json). Temporary
 * folders are removed at the end unless --keep. Exit codes: 0 done, 1 a measured command failed,
 * 2 usage error.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadArchive } from "../content/loader.ts";
import { say } from "../lib/messages/index.ts";
import { folderOf, SECTIONS, tagUrl } from "../lib/routes.ts";
import { measureDev, DEV_REPEATS } from "./dev-server.ts";
import { writeFloorConfig } from "./floor.ts";
import { generateArchive } from "./generate.ts";
import { copyArticleForHugo, ensureHugo, writeHugoSite } from "./hugo.ts";
import { hasGnuTime, measure, npmScript, type Sample } from "./processes.ts";
import type { Measured, Report } from "./report.ts";
import { machine, mb, round, stats } from "./stats.ts";
import { countFiles, folderBytes, largestEventPage, pageWeight } from "./weights.ts";

export interface BenchOptions {
  articles: number;
  rounds: number;
  seed: number;
  skipDev: boolean;
}

/** The few facts the bench needs from the validated archive (the archive itself is dropped). */
function archiveFacts(articlesDir: string): {
  publishedEvents: number;
  publishedArticles: number;
  mostUsed: { id: string; events: string[] };
  devEvent: string;
} {
  const { archive, problems } = loadArchive(articlesDir);
  if (!archive)
    throw new Error(
      `the generated archive is not valid:\n${problems
        .slice(0, 20)
        .map((p) => `${p.file}:${p.line ?? ""} ${say(p, "en")}`)
        .join("\n")}`,
    );
  const mostUsed = [...archive.tags].sort((a, b) => b.events.length - a.events.length || a.id.localeCompare(b.id))[0];
  // the dev server test adds articles to a small event, as an editor adding coverage would
  const devEvent = [...archive.events].sort((a, b) => a.articles.length - b.articles.length || a.id.localeCompare(b.id))[0];
  if (!mostUsed || !devEvent) throw new Error("the generated archive has no published events");
  return {
    publishedEvents: archive.events.length,
    publishedArticles: archive.articleCount,
    mostUsed: { id: mostUsed.id, events: mostUsed.events.map((e) => e.id) },
    devEvent: devEvent.id,
  };
}

export async function runBench(opts: BenchOptions, work: string, progress: (text: string) => void): Promise<Report> {
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

  // the commands' content caches, one for the builds and one for the checks (a cold check must not
  // empty the cache the warm build starts from): emptied before every cold run, kept for the warm ones
  const cacheOf = (key: string): string => join(work, key === "check" || key === "warmCheck" ? "cache-check" : "cache-build");
  const env: NodeJS.ProcessEnv = { ...process.env, ARSIP_CACHE_DIR: cacheOf("build") };
  const floorConfig = writeFloorConfig(floorDir, articlesDir, floorOut);
  const hugoDir = join(work, "hugo");
  const hugoOut = join(hugoDir, "out");
  const hugo = ensureHugo(progress);
  const hugoArgv = "hugo" in hugo ? writeHugoSite(hugoDir, articlesDir, hugoOut, hugo.hugo) : [];
  // cold and warm runs share one command each: the same npm script, the same arguments
  const buildArgv = [...npmScript("build"), "--articles", articlesDir, "--output", site];
  const checkArgv = [...npmScript("check"), "--articles", articlesDir];
  const floorArgv = [process.execPath, "node_modules/@11ty/eleventy/cmd.cjs", `--config=${floorConfig}`];
  // the stacks a user would pick instead: a generator, then the Pagefind CLI indexing what it wrote
  const pagefindOver = (out: string): string[] => [process.execPath, "node_modules/pagefind/lib/runner/bin.cjs", "--site", out, "--silent"];
  const commands = {
    build: { label: "(a) full build", argv: buildArgv },
    floor: { label: "(b) floor: bare Eleventy, one page per article", argv: floorArgv },
    stackFloor: { label: "(s) stack floor: bare Eleventy, then the Pagefind CLI over its pages", argv: inSequence(floorArgv, pagefindOver(floorOut)) },
    hugoStack: { label: "(hs) Hugo, then the Pagefind CLI over its pages", argv: hugoArgv.length > 0 ? inSequence(hugoArgv, pagefindOver(hugoOut)) : [] },
    check: { label: "(c) validation only", argv: checkArgv },
    hugo: { label: "(h) Hugo, one page per article", argv: hugoArgv },
    warmBuild: {
      label: "(a) full build, warm: one article added",
      argv: buildArgv,
    },
    warmEdit: { label: "(a) full build, warm: that article edited", argv: buildArgv },
    warmDelete: { label: "(a) full build, warm: that article deleted", argv: buildArgv },
    warmCheck: {
      label: "(c) validation only, warm: one article added",
      argv: checkArgv,
    },
    warmHugo: { label: "(h) Hugo, warm: one article added", argv: hugoArgv },
  } as const;
  type Key = keyof typeof commands;
  const samples: Record<Key, Sample[]> = {
    build: [],
    floor: [],
    stackFloor: [],
    hugoStack: [],
    check: [],
    hugo: [],
    warmBuild: [],
    warmEdit: [],
    warmDelete: [],
    warmCheck: [],
    warmHugo: [],
  };
  const cold: Key[] = hugoArgv.length > 0 ? ["build", "floor", "stackFloor", "check", "hugo", "hugoStack"] : ["build", "floor", "stackFloor", "check"];
  const warm: Key[] = hugoArgv.length > 0 ? ["warmBuild", "warmCheck", "warmHugo"] : ["warmBuild", "warmCheck"];
  let floorPages = 0;
  let hugoPages = 0;
  const run = async (key: Key, r: number): Promise<Sample> => {
    progress(`round ${r}/${opts.rounds}: ${commands[key].label} … `);
    const s = await measure([...commands[key].argv], { ...env, ARSIP_CACHE_DIR: cacheOf(key) }, join(logs, `${key}-${r}.log`));
    progress(`${s.seconds.toFixed(2)} s, ${mb(s.peakKiB)} MB\n`);
    samples[key].push(s);
    return s;
  };
  for (let r = 1; r <= opts.rounds; r++) {
    for (const key of cold) {
      if (key === "build" || key === "check") rmSync(cacheOf(key), { recursive: true, force: true });
      if (key === "build") rmSync(site, { recursive: true, force: true });
      if (key === "floor" || key === "stackFloor") rmSync(floorOut, { recursive: true, force: true });
      if (key === "hugo" || key === "hugoStack") rmSync(hugoOut, { recursive: true, force: true });
      await run(key, r);
      if (key === "build" && !existsSync(join(site, "index.html"))) throw new Error(`the build wrote no ${join(site, "index.html")}`);
      if (key === "floor") {
        floorPages = countFiles(floorOut, ".html");
        if (floorPages !== generated.articles) throw new Error(`the floor wrote ${floorPages} pages for ${generated.articles} articles`);
      }
      if (key === "hugo") {
        hugoPages = countFiles(hugoOut, ".html");
        if (hugoPages !== generated.articles) throw new Error(`Hugo wrote ${hugoPages} pages for ${generated.articles} articles`);
      }
    }
  }
  // warm: an editor adds one article and builds again over the previous output, then edits it, then deletes it
  for (let r = 1; r <= opts.rounds; r++) {
    const file = join(articlesDir, published.devEvent, `bench-warm-${r}.md`);
    const text = `---\noutlet: Bench\npublished: 2020-01-01\n---\nArtikel tambahan ${r} untuk pengukuran build hangat.\n`;
    writeFileSync(file, text);
    if (hugoArgv.length > 0) copyArticleForHugo(hugoDir, published.devEvent, basename(file), text);
    for (const key of warm) await run(key, r);
    writeFileSync(file, `${text}Paragraf yang ditambahkan saat menyunting.\n`);
    await run("warmEdit", r);
    rmSync(file);
    if (hugoArgv.length > 0) rmSync(join(hugoDir, "content", published.devEvent, basename(file)));
    await run("warmDelete", r);
  }
  const summarise = (key: Key): Measured => ({
    label: commands[key].label,
    command: commands[key].argv.map((a) => (a === process.execPath ? "node" : a)).join(" "),
    wallSeconds: stats(samples[key].map((s) => s.seconds)),
    peakRssMB: mb(Math.max(...samples[key].map((s) => s.peakKiB))),
    treeRssMB: mb(Math.max(...samples[key].map((s) => s.treeKiB))),
  });
  const build = summarise("build");
  const floor = { ...summarise("floor"), pages: floorPages };
  const check = summarise("check");
  const warmBuild = summarise("warmBuild");
  const warmEdit = summarise("warmEdit");
  const warmDelete = summarise("warmDelete");
  const warmCheck = summarise("warmCheck");
  const withHugo = "hugo" in hugo && samples.hugo.length > 0;
  const hugoCold = withHugo ? { ...summarise("hugo"), pages: hugoPages } : undefined;
  const hugoWarm = withHugo ? summarise("warmHugo") : undefined;
  const ratio = (a: Measured, b: Measured): number => round(a.wallSeconds.median / b.wallSeconds.median, 3);
  const stackFloor = summarise("stackFloor");
  const hugoStack = withHugo && samples.hugoStack.length > 0 ? summarise("hugoStack") : undefined;
  const stacks: Report["stacks"] = {
    floor: stackFloor,
    ratioBuildToFloor: ratio(build, stackFloor),
    ratioWarmBuildToFloor: ratio(warmBuild, stackFloor),
    ratioWarmEditToFloor: ratio(warmEdit, stackFloor),
    ratioWarmDeleteToFloor: ratio(warmDelete, stackFloor),
    ...(hugoStack && { hugo: hugoStack, ratioBuildToHugo: ratio(build, hugoStack) }),
  };

  const tagPage = { ...pageWeight(site, tagUrl(published.mostUsed.id)), tag: published.mostUsed.id, events: published.mostUsed.events.length };
  const pageWeights = { home: pageWeight(site, SECTIONS.home), largestEvent: pageWeight(site, largestEventPage(site)), tag: tagPage };
  const pagefind = join(site, folderOf(SECTIONS.searchIndex));
  const searchIndex = existsSync(pagefind) ? { bytes: folderBytes(pagefind), files: countFiles(pagefind, "") } : ("n/a (no search index yet)" as const);

  let dev: Report["dev"] = "skipped";
  if (!opts.skipDev) {
    progress(`(d) dev server: ${DEV_REPEATS} new articles in ${published.devEvent}, then a new label for ${published.mostUsed.id} … `);
    try {
      const devSamples = await measureDev(articlesDir, published.devEvent, published.mostUsed, work, env);
      progress(`${devSamples.article.map((s) => s.toFixed(2)).join(", ")} s; label: ${devSamples.tagLabel.seconds.toFixed(2)} s\n`);
      dev = {
        event: published.devEvent,
        secondsToServed: stats(devSamples.article),
        tagLabel: { tag: published.mostUsed.id, pages: devSamples.tagLabel.pages, seconds: round(devSamples.tagLabel.seconds, 3) },
      };
    } catch (e) {
      // a failed preview is a finding of the run, not the end of it: the other figures stand (its log is logs/dev.log)
      const failed = ((e as Error).message.split("\n")[0] ?? "").slice(0, 300);
      progress(`failed: ${failed}\n`);
      dev = { failed };
    }
  }

  return {
    articles: opts.articles,
    seed: opts.seed,
    rounds: opts.rounds,
    machine: machine(),
    archive: { ...generated, generateSeconds, publishedEvents: published.publishedEvents, publishedArticles: published.publishedArticles },
    rssMethod: hasGnuTime
      ? "peak RSS: GNU time %M (largest single process of the tree); tree RSS: largest sum of VmRSS over the tree, polled every 50 ms"
      : "peak RSS: largest VmHWM of any process of the tree, polled every 50 ms; tree RSS: largest sum of VmRSS over the tree, polled every 50 ms",
    measurements: { build, floor, check, warmBuild, warmEdit, warmDelete, warmCheck },
    ratioBuildToFloor: ratio(build, floor),
    hugo:
      hugoCold && hugoWarm && "version" in hugo
        ? { version: hugo.version, cold: hugoCold, warm: hugoWarm, ratioBuildToHugo: ratio(build, hugoCold), ratioWarmBuildToHugo: ratio(warmBuild, hugoCold) }
        : "missing" in hugo
          ? hugo.missing
          : "not measured",
    ratioWarmBuildToFloor: ratio(warmBuild, floor),
    stacks,
    secondsPerArticle: round(build.wallSeconds.median / published.publishedArticles, 6),
    dev,
    pageWeights,
    searchIndex,
  };
}

/** One command that runs `first`, then `second` when it succeeded: measured as one (its process tree). */
function inSequence(first: readonly string[], second: readonly string[]): string[] {
  const quote = (a: string): string => `'${a.replaceAll("'", "'\\''")}'`;
  return ["sh", "-c", `${first.map(quote).join(" ")} && ${second.map(quote).join(" ")}`];
}
