/**
 * Running Eleventy: a build into a folder, or the live preview's watch-and-serve. The only module
 * that loads Eleventy; it is imported only after the archive has been validated, so a rejected
 * build never pays for loading it.
 */
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import DevServer from "@11ty/eleventy-dev-server";
import configure, { type RenderInputs } from "../../.eleventy.ts";
import { PROJECT_ROOT } from "../lib/files.ts";
import { fingerprintAssets } from "./assets.ts";

export type { RenderInputs } from "../../.eleventy.ts";

export const TEMPLATES_DIR = join(PROJECT_ROOT, "templates");
export const ASSETS_DIR = join(TEMPLATES_DIR, "assets");

function eleventy(outDir: string, inputs: RenderInputs, runMode: "build" | "serve", templates = TEMPLATES_DIR): Eleventy {
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

/**
 * Eleventy's dev server listens on every network interface and has no option for it; the preview
 * is for the editor's own machine, so its listen call is given a host (Eleventy Dev Server 2.x:
 * `_serverListen` is also what moves on to the next port when one is taken).
 */
function listenOn(host: string): void {
  DevServer.prototype._serverListen = function (this: DevServer, port: number) {
    this.server.listen({ port, host });
  };
}

/**
 * Build into `outDir`, then rebuild on every change to the watched folders (added, changed,
 * deleted or renamed files alike) and serve it on `host`:`port`.
 */
export async function serveSite(outDir: string, host: string, port: number, inputs: Omit<RenderInputs, "assets">): Promise<Eleventy> {
  listenOn(host);
  const e = eleventy(outDir, { ...inputs, assets: fingerprintAssets(ASSETS_DIR) }, "serve");
  await e.init();
  const rebuild = await e.watch();
  // Eleventy rebuilds on added and changed files only; a deleted file or folder is a change too
  for (const event of ["unlink", "unlinkDir"] as const) e.watcher.on(event, (path: string) => void rebuild(path));
  await e.serve(port);
  return e;
}
