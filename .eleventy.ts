// The Eleventy configuration: how the page data computed in src/site/ reaches the templates in
// templates/. Thin wiring only; src/render/eleventy.ts is the one caller and passes every input
// of a build as an argument (no environment variables, no module-level hand-overs).
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { SiteConfig } from "./src/site/config.ts";
import type { Asset } from "./src/render/assets.ts";
import { folderOf, ROUTES } from "./src/lib/routes.ts";

/** The part of Eleventy's configuration API this project uses. */
export interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  /** options for the watcher (chokidar) of the live preview */
  setChokidarConfig(options: { followSymlinks?: boolean }): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addFilter(name: string, fn: (value: string) => string): void;
  addTransform(name: string, fn: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => Promise<string>): void;
  setQuietMode(quiet: boolean): void;
  benchmarkManager: { get(name: string): { setMinimumThresholdPercent(percent: number): void } };
  on(event: "eleventy.after", fn: (arg: { results: { outputPath: string | false }[] }) => void | Promise<void>): void;
  on(event: "eleventy.afterwatch", fn: () => void): void;
}

/** What one build or preview renders. */
export interface RenderInputs {
  site: SiteConfig;
  /** the page data (SiteData), or for the live preview a function that loads it afresh on each rebuild */
  archive: unknown;
  /** the files of templates/assets, published in /assets/ under content-hashed names (src/render/assets.ts) */
  assets: ReadonlyMap<string, Asset>;
  /** have Eleventy copy the assets (the live preview); a build copies them itself, keeping unchanged ones (src/render/build.ts) */
  copyAssets?: boolean;
  /** every rendered page with its output file: for the search index while the rest is still rendering, and for the preview's record of what is on disk */
  onPage?: (url: string | false, outputPath: string | false, html: string) => Promise<void>;
  /** folders whose changes rebuild the live preview */
  watch?: string[];
  /** what the live preview does with an error of its watcher (a folder it cannot read) */
  onWatchError?: (error: NodeJS.ErrnoException) => void;
  /** the live preview's reload script, loaded by every page it renders (src/render/live-reload.ts) */
  reloadScript?: string;
  /** after each build, the files it wrote (the live preview removes the rest); awaited */
  afterBuild?: (written: string[]) => void | Promise<void>;
  /** the live preview: Eleventy's `eleventy.afterwatch`, after a run of the watch ended (or a change during one was queued) */
  afterWatch?: () => void;
}

export default function configure(eleventyConfig: EleventyConfig, inputs: RenderInputs): void {
  // links, assets and feeds get the path prefix (passed to Eleventy with the build)
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // templates print what src/site/ computed, escaped unless a field is already safe HTML
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.addGlobalData("site", inputs.site);
  eleventyConfig.addGlobalData("archive", inputs.archive);
  // every address a template prints: `routes.years`, `routes.nav` (src/lib/routes.ts)
  eleventyConfig.addGlobalData("routes", ROUTES);
  const onPage = inputs.onPage;
  if (onPage) {
    // this transform's time is mostly waiting for Pagefind to take the next page: Eleventy's
    // "Benchmark … search-index Transform" warning would only say that, in the middle of the progress line
    eleventyConfig.benchmarkManager.get("Configuration").setMinimumThresholdPercent(100);
    eleventyConfig.addTransform("search-index", async function (content) {
      await onPage(this.page.url, this.page.outputPath, content);
      return content;
    });
  }
  for (const target of inputs.watch ?? []) eleventyConfig.addWatchTarget(target);
  // the watcher never follows a link: a link to a folder outside (/usr) or to its own folder (a loop)
  // is a problem the archive reports, not a folder to watch
  if (inputs.watch) eleventyConfig.setChokidarConfig({ followSymlinks: false });
  const reloadScript = inputs.reloadScript;
  if (reloadScript)
    eleventyConfig.addTransform("live-reload", async function (content) {
      const html = this.page.outputPath !== false && this.page.outputPath.endsWith(".html");
      return html ? content.replace("</body>", `<script src="${reloadScript}" defer></script>\n</body>`) : content;
    });
  const afterBuild = inputs.afterBuild;
  if (afterBuild)
    eleventyConfig.on("eleventy.after", ({ results }) => afterBuild(results.flatMap((r) => (typeof r.outputPath === "string" ? [r.outputPath] : []))));
  const afterWatch = inputs.afterWatch;
  if (afterWatch) eleventyConfig.on("eleventy.afterwatch", afterWatch);
  // `{{ "style.css" | asset }}` prints the asset's published address; a name that is not an asset stops the build
  const assets = inputs.assets;
  eleventyConfig.addFilter("asset", (name) => {
    const asset = assets.get(name);
    if (!asset) throw new Error(`templates/assets/${name} does not exist (asset filter)`);
    return `${ROUTES.assets}${asset.name}`;
  });
  if (inputs.copyAssets !== false)
    for (const asset of assets.values()) eleventyConfig.addPassthroughCopy({ [asset.source]: `${folderOf(ROUTES.assets)}/${asset.name}` });
  eleventyConfig.setQuietMode(true);
}
