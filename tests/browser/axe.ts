/** axe-core in a page: WCAG 2.x A/AA and best-practice rules. The page's context needs bypassCSP to inject it. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Violations on the page as `rule: [targets]`; a run that checked nothing counts as a failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Result = { passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    if (result.passes.length === 0) return ["axe ran no checks"];
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
