// Wires the archive into Eleventy. Everything it registers lives in src/; templates live in templates/.
// The only module that imports Eleventy: the configuration, and the in-process build run by src/cli/build.ts.
import { fileURLToPath } from "node:url";
import { Eleventy, HtmlBasePlugin } from "@11ty/eleventy";
import { loadSiteData, previewLoader, takePreparedSiteData } from "./src/data.ts";
import { pageRendered } from "./src/search-index.ts";
import { siteConfig } from "./src/site.ts";

/** The part of Eleventy's configuration API this project uses. */
interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addTransform(name: string, fn: (this: { page: { url: string | false } }, content: string) => Promise<string>): void;
  setQuietMode(quiet: boolean): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const site = siteConfig();

  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addGlobalData("site", site);
  // a build stops on invalid content; the live preview (npm start) shows the errors on every page instead
  const preview = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  eleventyConfig.addGlobalData("archive", preview ? previewLoader(site) : () => takePreparedSiteData(site) ?? loadSiteData(site));
  // every rendered page goes to the search index while the build is still rendering the rest
  eleventyConfig.addTransform("search-index", async function (content) {
    await pageRendered(this.page.url, content);
    return content;
  });
  eleventyConfig.addWatchTarget(`${site.articlesDir}/**`);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  eleventyConfig.setQuietMode(true);

  return {
    dir: { input: "templates", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}

/** Build the site with this configuration into `outDir`, in this process (used by `npm run build`). */
export async function writeSite(outDir: string): Promise<void> {
  const eleventy = new Eleventy("templates", outDir, { configPath: fileURLToPath(import.meta.url), quietMode: true });
  await eleventy.write();
}
