/** axe-core in a page: WCAG 2.x A/AA and best-practice rules. The page's context needs bypassCSP to inject it. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Load axe into every page of `context` as it opens, for a context that checks many pages: sending
 * and compiling axe's 500 KB with each page's addScriptTag took longer than the checks themselves.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** Violations on the page as `rule: [targets]`; a run that checked nothing counts as a failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Result = { passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<Result> } }).axe;
    // resultTypes: only violations are reported in full (passes keep one node each), which makes axe several times faster
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    if (result.passes.length === 0) return ["axe ran no checks"];
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
