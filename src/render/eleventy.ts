/**
 * Running Eleventy: a build into a folder, or the live preview's watch-and-serve. The only module
 * that loads Eleventy; it is imported only after the archive has been validated, so a rejected
 * build never pays for loading it.
 */
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import configure, { type RenderInputs } from "../../.eleventy.ts";
import { PROJECT_ROOT } from "../lib/files.ts";
import { fingerprintAssets } from "./assets.ts";
import { PREVIEW } from "../lib/routes.ts";
import { liveReload } from "./live-reload.ts";
import { startSiteServer, type SiteServer } from "./serve.ts";

export type { RenderInputs } from "../../.eleventy.ts";

export const TEMPLATES_DIR = join(PROJECT_ROOT, "templates");
/** The folder of templates/ that holds the CSS and scripts (published under SECTIONS.assets with hashed names). */
export const ASSETS_FOLDER = "assets";
export const ASSETS_DIR = join(TEMPLATES_DIR, ASSETS_FOLDER);

function eleventy(outDir: string, inputs: RenderInputs, runMode: "build" | "watch", templates = TEMPLATES_DIR): Eleventy {
  return new Eleventy(templates, outDir, {
    // no configuration file: everything comes from the callback, never from a stray file in the working folder
    configPath: "",
    quietMode: true,
    runMode,
    pathPrefix: inputs.site.pathPrefix,
    config: (eleventyConfig) => configure(eleventyConfig, inputs),
  });
}

/** Render the site into `outDir` from the templates in `templates` (the project's own but in tests). */
export async function renderSite(outDir: string, inputs: RenderInputs, templates = TEMPLATES_DIR): Promise<void> {
  const e = eleventy(outDir, inputs, "build", templates);
  // the build prints its own summary; Eleventy's lines ("Wrote 80 files", benchmark notes) would only repeat it
  e.disableLogger();
  await e.write();
}

/** How many ports after the one asked for the preview tries when it is taken. */
const PORT_TRIES = 10;

export interface Preview {
  /** where the preview serves: http://127.0.0.1:8080/ (it runs until the process ends) */
  url: string;
  /**
   * Run another rebuild, as a saved file would (the preview's next batch of pages): at once when
   * none is under way, else once the one under way has ended (laterRun). A run of Eleventy of its
   * own inside a rebuild would wait forever on the watch's.
   */
  rebuildAgain(): void;
  /** whether a rebuild is under way */
  running(): boolean;
}

/**
 * Build into `outDir`, then rebuild on every change to the watched folders (added, changed,
 * deleted or renamed files alike) and serve it on `host`:`port` (or the next free port) with the
 * project's own host (serve.ts), every page reloading itself after each rebuild (live-reload.ts).
 */
export async function serveSite(
  outDir: string,
  host: string,
  port: number,
  inputs: Omit<RenderInputs, "assets" | "reloadScript" | "afterBuild" | "afterWatch"> & {
    /** a file the watcher saw change (added, changed, deleted), before the rebuild it starts */
    onChange?: (path: string) => void;
    /** after each rebuild: false when another is to follow (the next batch), so that open pages reload only once all is written */
    afterBuild?: (written: string[]) => boolean | Promise<boolean>;
  },
): Promise<Preview> {
  const reload = liveReload();
  const afterBuild = inputs.afterBuild;
  // set once the watch runs: what to do when one of its runs has ended
  let onAfterWatch = (): void => undefined;
  const e = eleventy(
    outDir,
    {
      ...inputs,
      assets: fingerprintAssets(ASSETS_DIR),
      reloadScript: PREVIEW.script,
      afterBuild: async (written) => {
        if ((await afterBuild?.(written)) !== false) reload.reload();
      },
      afterWatch: () => onAfterWatch(),
    },
    "watch",
  );
  await e.init();
  const rebuild = await e.watch();
  // the rebuild is asked for as a change to the first folder watched (nothing is read from the name)
  const again = laterRun(
    () => e.watchManager.isBuildRunning(),
    () => void rebuild(inputs.watch?.[0]?.replace(/\/\*\*$/, "") ?? outDir),
  );
  onAfterWatch = again.ended;
  // Eleventy rebuilds on added and changed files only; a deleted file or folder is a change too
  for (const event of ["unlink", "unlinkDir"] as const) e.watcher.on(event, (path: string) => void rebuild(path));
  for (const event of ["add", "change", "unlink", "unlinkDir"] as const) e.watcher.on(event, (path: string) => inputs.onChange?.(path));
  // a folder the watcher cannot read (a link loop, a folder without permission) is told, never the end of the preview
  e.watcher.on("error", (error: NodeJS.ErrnoException) => inputs.onWatchError?.(error));
  let site: SiteServer;
  try {
    site = await listenFrom(port, (p) => startSiteServer({ dir: outDir, prefix: inputs.site.pathPrefix, host, port: p, handle: reload.handle }));
  } catch (error) {
    // no server (every port taken, an address this machine does not have): stop watching, so that the process ends
    await e.stopWatch();
    throw error;
  }
  return { url: site.url, rebuildAgain: again.ask, running: () => e.watchManager.isBuildRunning() };
}

/**
 * Another run of Eleventy's watch, asked for during one: started once the run under way has ended
 * (Eleventy's `eleventy.afterwatch` with no run under way), not queued inside it. (A file saved
 * during a run is still run inside it, by Eleventy itself.) Eleventy runs a change queued during
 * a run by awaiting the next run inside the current one, whose pages it still holds: a label
 * change rendered 1,000 pages a run at 30,000 articles held every run's pages until the last, and
 * ran out of memory. Asked for while no run is under way, it starts at once.
 */
export function laterRun(running: () => boolean, run: () => void): { ask(): void; ended(): void } {
  let asked = false;
  return {
    ask: () => {
      if (running()) asked = true;
      else run();
    },
    ended: () => {
      // Eleventy says a run ended also for a change that came during a run (it only queued it): wait for the run itself
      if (!asked || running()) return;
      asked = false;
      run();
    },
  };
}

/** Start a server on `port`, or on the next port when it is taken, up to PORT_TRIES ports. */
async function listenFrom(port: number, start: (port: number) => Promise<SiteServer>): Promise<SiteServer> {
  for (let p = port; ; p++) {
    try {
      return await start(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE" || p >= Math.min(port + PORT_TRIES - 1, 65535)) throw e;
    }
  }
}
