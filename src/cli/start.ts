/**
 * `npm start [-- --port N] [--host H] [--output DIR] [--articles DIR]`: the live preview. Builds the
 * site into its own folder (never the deployable _site/), serves it, and rebuilds when anything in
 * the articles folder is added, changed, deleted or renamed; pages that no longer exist are removed
 * and answer 404. Content errors never stop it: they are printed here and shown over every page
 * until fixed (src/render/preview.ts). It listens on 127.0.0.1 unless --host says otherwise, and
 * once it listens prints `Pratinjau: <url>` (`Preview: <url>` in English; the port moves up when the one asked for is taken).
 */
import { escapeControls } from "../content/problems.ts";
import { msg, say } from "../lib/messages/index.ts";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MARKER, markerText, outputProblem } from "../render/output-folder.ts";
import type { Preview } from "../render/eleventy.ts";
import { siteConfig } from "../site/config.ts";
import {
  articlesDirOf,
  command,
  fail,
  openCache,
  parseCommandLine,
  pathArg,
  portOption,
  projectRoot,
  runIfMain,
  wholeNumber,
  saveCache,
  show,
  type Io,
  langOfIo,
} from "./run.ts";
import { ARTICLES_OPTION, FOLDER, type CommandSpec } from "../lib/options.ts";
import { folderOf, PREVIEW, SECTIONS } from "../lib/routes.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const START = {
  name: "npm start",
  options: {
    port: {
      type: "string",
      value: { id: "N", en: "N" },
      help: {
        id: "port untuk pratinjau (bawaan 8080; port bebas berikutnya jika terpakai)",
        en: "the port to serve on (default 8080; the next free one when it is taken)",
      },
    },
    host: {
      type: "string",
      value: { id: "H", en: "H" },
      help: { id: "alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)", en: "the address to listen on (default 127.0.0.1: this machine only)" },
    },
    output: {
      type: "string",
      value: FOLDER,
      help: {
        id: "folder pratinjau sendiri (bawaan: .cache/preview; bukan situs yang Anda terbitkan)",
        en: "the preview's own folder (default: .cache/preview; never the site you publish)",
      },
    },
    articles: ARTICLES_OPTION,
    "no-code-watch": { type: "boolean", help: { id: "jangan mulai ulang saat kode proyek berubah", en: "do not restart when the project's own code changes" } },
  },
} as const satisfies CommandSpec;

export const start = command(START, async (argv, io) => {
  const lang = langOfIo(io);
  const { values } = parseCommandLine(argv, START);
  // the next free port from this one is taken when it is in use, so 0 (any free port) means nothing here
  const port = portOption(values.port ?? "8080", 1);
  const host = values.host ?? "127.0.0.1";
  const articlesDir = articlesDirOf(io, values.articles);
  const output = values.output === undefined ? join(projectRoot, ".cache", "preview") : pathArg(io, values.output);
  const site = siteConfig(io.env);
  // the preview removes pages from its folder that it no longer writes: a folder given with --output
  // must be its own, like a build's (the default .cache/preview/ is the preview's by definition)
  const refused = values.output === undefined ? undefined : outputProblem(output, show(io, output), { articles: articlesDir, project: projectRoot });
  if (refused) fail(1, msg("build.nothing-written", { problem: refused }));
  // the command line is right: run the server under tsx watch, which restarts it when the project's code changes
  if (!values["no-code-watch"] && io.env[WATCHED] !== "1") return underCodeWatch(argv, io);
  mkdirSync(output, { recursive: true });
  // the marker lists what the folder holds, as a build's does
  const mark = (): void => writeFileSync(join(output, MARKER), markerText(readdirSync(output)));
  mark();
  // /cari/ searches the index of the last npm run build, as the README says
  const builtIndex = join(projectRoot, "_site", folderOf(SECTIONS.searchIndex));
  if (existsSync(builtIndex)) cpSync(builtIndex, join(output, folderOf(SECTIONS.searchIndex)), { recursive: true });

  const { folderLook, folderState, previewLoader, PreviewRebuilds } = await import("../render/preview.ts");
  const { ASSETS_DIR, renderSite, serveSite, TEMPLATES_DIR } = await import("../render/eleventy.ts");
  const { fingerprintAssets } = await import("../render/assets.ts");
  const { RENDER_BATCH } = await import("../render/build.ts");
  // pages per run of Eleventy; ARSIP_RENDER_BATCH (a whole number) sets it, so that the tests can make a small archive need several
  const batch = io.env.ARSIP_RENDER_BATCH === undefined ? RENDER_BATCH : wholeNumber("ARSIP_RENDER_BATCH", io.env.ARSIP_RENDER_BATCH, 1);
  const cache = openCache(io, { articles: articlesDir, output, ...(values.output === undefined && { outputInCache: true as const }) });
  const loadArchiveData = previewLoader(articlesDir, site, lang, (line) => io.err(`${line}\n`), cache);
  // the state of the articles folder as last read: a save the watcher did not report shows as another
  let seen = "";
  const load = (): ReturnType<typeof loadArchiveData> => {
    seen = folderState(articlesDir);
    return loadArchiveData();
  };
  // each rebuild renders only the pages that changed, and writes only the files that did
  const rebuilds = new PreviewRebuilds(output, TEMPLATES_DIR);
  // the cache is saved a moment after each rebuild, not before its pages are written: saving takes
  // a second or two at 10,000 articles, and the editor is waiting for the page
  let saving: NodeJS.Timeout | undefined;
  const saveSoon = (): void => {
    clearTimeout(saving);
    saving = setTimeout(() => saveCache(io, cache), CACHE_SAVE_DELAY_MS);
  };
  const assets = fingerprintAssets(ASSETS_DIR);
  const wrote = async (url: string | false, outputPath: string | false): Promise<void> => {
    if (typeof url === "string" && typeof outputPath === "string") rebuilds.wrote(url, outputPath);
    return Promise.resolve();
  };
  // the first build renders RENDER_BATCH pages per run of Eleventy (which holds every page of a run until
  // it ends), so that a large archive fits in memory
  let last = load();
  do {
    await renderSite(output, { site, archive: rebuilds.select(last, batch), assets, reloadScript: PREVIEW.script, onPage: wrote });
    if (rebuilds.finish().written.length === 0 && rebuilds.more) throw new Error("the preview rendered none of the pages it selected");
  } while (rebuilds.more);
  // the watch's own first build finds everything written: it reads the archive just read again only after a change
  let fresh = true;
  // a rebuild of more pages than a batch goes on in further rebuilds of the watch, each with the next
  // batch of the same data, unless a file changed meanwhile (then the archive is read again)
  let continuing = false;
  let changed = false;
  // a rebuild asked for before the server listens (one the watcher started meanwhile needs another): run once it does
  let askedEarly = false;
  let rebuildAgain = (): void => {
    askedEarly = true;
  };
  const preview: Preview = await serveSite(output, host, port, {
    site,
    archive: () => {
      // no save of the cache while a rebuild reads it
      clearTimeout(saving);
      if (!fresh && (changed || !continuing)) last = load();
      fresh = false;
      continuing = false;
      changed = false;
      return rebuilds.select(last, batch);
    },
    onChange: () => {
      changed = true;
    },
    watch: [`${articlesDir}/**`],
    // the watcher follows no link; what it still cannot read is told, and the preview goes on
    onWatchError: (error) =>
      io.err(`${say(msg("preview.watch-error", { path: escapeControls(error.path ?? ""), detail: error.code ?? error.message }), lang)}\n`),
    onPage: wrote,
    afterBuild: () => {
      const { written } = rebuilds.finish();
      mark();
      if (!rebuilds.more) {
        // a file saved as the rebuild ended can go unreported by the watcher (seen on 10,000 articles): read again
        if (folderState(articlesDir) !== seen) {
          changed = true;
          rebuildAgain();
          return false;
        }
        saveSoon();
        return true;
      }
      // pages were selected and none written: another rebuild would select them again, for ever
      if (written.length === 0) {
        io.err(`${say(msg("preview.stalled"), lang)}\n`);
        return true;
      }
      continuing = true;
      rebuildAgain();
      return false;
    },
  });
  rebuildAgain = () => preview.rebuildAgain();
  // beside the watcher, a look at the folder every few seconds (folderLook)
  const lookOnce = folderLook(
    () => folderState(articlesDir),
    () => seen,
    () => preview.running(),
    () => {
      changed = true;
      rebuildAgain();
    },
  );
  const look = (): void => {
    const started = performance.now();
    lookOnce();
    // every LOOK_EVERY_MS, or less often where a look takes long (a large archive): at most 1/LOOK_COST of the time
    setTimeout(look, Math.max(LOOK_EVERY_MS, (performance.now() - started) * LOOK_COST));
  };
  setTimeout(look, LOOK_EVERY_MS);
  // a save between the first build's read and now
  if (folderState(articlesDir) !== seen) {
    changed = true;
    rebuildAgain();
  } else if (askedEarly) rebuildAgain();
  io.out(`${say(msg("preview.ready", { url: preview.url }), lang)}\n`);
  // the server runs until the process is stopped
  return new Promise<number>(() => undefined);
});

/** How often the preview compares the articles folder with what it read, in case the watcher missed a save ... */
const LOOK_EVERY_MS = 2000;
/** ... or how many times the last look took, when that is longer: a look costs at most 1/LOOK_COST of one core. */
const LOOK_COST = 20;

/** How long after a rebuild the preview saves the content cache (a later rebuild within it postpones the save). */
const CACHE_SAVE_DELAY_MS = 1000;

/** Set in the server process that tsx watch runs, so that it serves instead of starting another watch. */
const WATCHED = "ARSIP_PREVIEW_WATCHED";

/** Run this command again under `tsx watch` (restarted on changes to src/ and .eleventy.ts); resolves with its exit code. */
function underCodeWatch(argv: string[], io: Io): Promise<number> {
  const tsxCli = join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const args = [
    tsxCli,
    "watch",
    "--clear-screen=false",
    "--exclude",
    "articles/**",
    "--exclude",
    "_site/**",
    "--exclude",
    ".cache/**",
    fileURLToPath(import.meta.url),
    ...argv,
  ];
  const env = { ...io.env, [WATCHED]: "1" };
  const child = spawn(process.execPath, args, { cwd: io.cwd, env, stdio: ["inherit", "pipe", "pipe"] });
  child.stdout.on("data", (d: Buffer) => io.out(d.toString()));
  child.stderr.on("data", (d: Buffer) => io.err(d.toString()));
  const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolveExit) => {
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolveExit(code ?? (signal === "SIGINT" ? 130 : 143));
    });
  });
}

runIfMain(import.meta.url, start);
