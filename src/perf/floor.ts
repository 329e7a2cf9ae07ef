/** (b) The floor of the bench: bare Eleventy rendering the same article files, one plain page each. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "./processes.ts";

/** Write the floor's throw-away Eleventy config and layout into `dir`; returns the config path. */
export function writeFloorConfig(dir: string, articlesDir: string, outDir: string): string {
  const includes = join(dir, "_includes");
  mkdirSync(includes, { recursive: true });
  // a whole document: the Pagefind CLI of the stack floor indexes what is inside <body>
  writeFileSync(
    join(includes, "layout.njk"),
    '<!doctype html><html lang="id"><head><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>\n',
  );
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
