// Wires the archive into Eleventy. Everything it registers lives in src/; templates live in templates/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { loadSiteData, previewLoader } from "./src/data.ts";
import { siteConfig } from "./src/site.ts";

/** The part of Eleventy's configuration API this project uses. */
interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  setQuietMode(quiet: boolean): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const site = siteConfig();

  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addGlobalData("site", site);
  // a build stops on invalid content; the live preview (npm start) shows the errors on every page instead
  const preview = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  eleventyConfig.addGlobalData("archive", preview ? previewLoader(site) : () => loadSiteData(site));
  eleventyConfig.addWatchTarget(`${site.articlesDir}/**`);
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  eleventyConfig.setQuietMode(true);

  return {
    dir: { input: "templates", includes: "_includes", data: "_data", output: "_site" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}
