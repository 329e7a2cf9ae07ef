/**
 * Running Eleventy: a build into a folder, or the live preview's watch-and-serve. The only module
 * that loads Eleventy; it is imported only after the archive has been validated, so a rejected
 * build never pays for loading it.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
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

/** Build into `outDir`, then rebuild on every change to the watched folders and serve it on `port`. */
export async function serveSite(outDir: string, port: number, inputs: Omit<RenderInputs, "assetsDir">): Promise<Eleventy> {
  const e = eleventy(outDir, { ...inputs, assetsDir: ASSETS_DIR }, "serve");
  await e.init();
  await e.watch();
  await e.serve(port);
  return e;
}
