/**
 * Whole-site checks shared by the output gates (tests/site-quality.test.ts, tests/output-gates.test.ts):
 * html-validate with the project's configuration, and the internal link check (linkinator over
 * the site served on 127.0.0.1).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { expect } from "vitest";
import { ROOT } from "./helpers.ts";

let validator: HtmlValidate | undefined;

/** html-validate problems of one page, each `name:line rule message`. */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  validator ??= new HtmlValidate(JSON.parse(readFileSync(join(ROOT, "tests/html-validate.json"), "utf8")));
  const report = await validator.validateString(html, name);
  const errors: string[] = [];
  for (const r of report.results) for (const m of r.messages) errors.push(`${name}:${m.line} ${m.ruleId} ${m.message}`);
  return errors;
}

/** html-validate problems of the given pages (paths relative to the built site `out`). */
export async function htmlValidationErrors(out: string, pages: readonly string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const f of pages) errors.push(...(await htmlErrors(readFileSync(join(out, f), "utf8"), f)));
  return errors;
}

/** Crawl the served site from its home page; return the broken links, after checking the crawl reached every page. */
export async function brokenLinks(base: string, pages: readonly string[]): Promise<string[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: base,
    recurse: true,
    concurrency: 4,
    // only this site's own pages; never another host
    linksToSkip: async (link: string) => !link.startsWith(new URL(base).origin),
  });
  const reached = new Set(result.links.filter((l) => l.state === "OK").map((l) => l.url));
  const unreached = pages
    .filter((p) => p !== "404.html")
    .map((p) => `${base}${p.replace(/index\.html$/, "")}`)
    .filter((u) => !reached.has(u));
  expect(unreached).toEqual([]);
  return result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.url} (from ${l.parent ?? "?"}, ${l.status ?? "?"})`);
}
