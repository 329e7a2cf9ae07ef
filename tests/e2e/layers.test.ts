/**
 * The layers of src/ go one way (cli → render → site → content → lib; editor → content; perf → content;
 * nothing imports cli/; lib imports no other layer), and only src/render/ loads Eleventy or
 * Pagefind: the ESLint rule that keeps it so fails an upward import and lets a downward one pass.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.ts";

const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("import boundaries between the layers of src/", () => {
  it.each([
    ["src/content/x.ts", 'import "../site/pages.ts";'],
    ["src/lib/x.ts", 'import "../content/loader.ts";'],
    ["src/lib/messages/x.ts", 'import "../../site/pages.ts";'],
    ["src/content/x.ts", 'import "../editor/check.ts";'],
    ["src/site/x.ts", 'import "../render/build.ts";'],
    ["src/site/x.ts", 'import "../cli/run.ts";'],
    ["src/render/x.ts", 'import "../cli/run.ts";'],
    ["src/render/x.ts", 'import "../editor/check.ts";'],
    ["src/editor/x.ts", 'import "../site/pages.ts";'],
    ["src/editor/import/x.ts", 'import "../../render/build.ts";'],
    ["src/perf/x.ts", 'import "../editor/check.ts";'],
    ["src/site/x.ts", 'import "@11ty/eleventy";'],
    ["src/editor/x.ts", 'import "pagefind";'],
    ["src/content/x.ts", 'import("../site/pages.ts");'],
    ["src/content/x.ts", 'import "./../site/pages.ts";'],
    ["src/editor/import/x.ts", 'import "../../../src/site/pages.ts";'],
    ["src/site/x.ts", 'import "../../.eleventy.ts";'],
    ["src/cli/x.ts", 'import "@11ty/eleventy/src/Eleventy.js";'],
    ["src/cli/x.ts", 'import("pagefind");'],
  ])("%s may not %s", async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/cli/x.ts", 'import "../render/build.ts";'],
    ["src/render/x.ts", 'import "../site/pages.ts";'],
    ["src/render/x.ts", 'import "pagefind";'],
    ["src/site/x.ts", 'import "../content/loader.ts";'],
    ["src/editor/import/x.ts", 'import "../../content/yaml.ts";'],
    ["src/perf/x.ts", 'import "../content/loader.ts";'],
    ["src/perf/x.ts", 'import "../lib/routes.ts";'],
    ["src/content/x.ts", 'import "../lib/files.ts";'],
    ["src/cli/x.ts", 'import("../render/build.ts");'],
    ["src/render/x.ts", 'import "../../.eleventy.ts";'],
  ])("%s may %s", async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
