/**
 * Running Eleventy: a build into a folder, or the live preview's watch-and-serve. The only module
 * that loads Eleventy; it is imported only after the archive has been validated, so a rejected
 * build never pays for loading it.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
import DevServer from "@11ty/eleventy-dev-server";
import configure, { type RenderInputs } from "../../.eleventy.ts";

export type { RenderInputs } from "../../.eleventy.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = join(projectRoot, "templates");
export const ASSETS_DIR = join(TEMPLATES_DIR, "assets");

function eleventy(outDir: string, inputs: RenderInputs, runMode: "build" | "serve"): Eleventy {
  return new Eleventy(TEMPLATES_DIR, outDir, {
    quietMode: true,
    runMode,
    pathPrefix: inputs.site.pathPrefix,
    config: (eleventyConfig) => configure(eleventyConfig, inputs),
  });
}

/** Render the site into `outDir`. */
export async function renderSite(outDir: string, inputs: Omit<RenderInputs, "assetsDir">): Promise<void> {
  await eleventy(outDir, { ...inputs, assetsDir: ASSETS_DIR }, "build").write();
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
export async function serveSite(outDir: string, host: string, port: number, inputs: Omit<RenderInputs, "assetsDir">): Promise<Eleventy> {
  listenOn(host);
  const e = eleventy(outDir, { ...inputs, assetsDir: ASSETS_DIR }, "serve");
  await e.init();
  const rebuild = await e.watch();
  // Eleventy rebuilds on added and changed files only; a deleted file or folder is a change too
  for (const event of ["unlink", "unlinkDir"] as const) e.watcher.on(event, (path: string) => void rebuild(path));
  await e.serve(port);
  return e;
}
