/**
 * The hostile-input suite's harness: fixture archives run through the real `check` and `build`
 * commands (in this process, through the functions the CLIs run; a few cases also start the real
 * scripts, for exit codes), and readers for what a build wrote.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { buildSite, FIXTURE_TAGS, listFiles, makeArchive, runCli, type RunResult } from "../../support/helpers.ts";
export { htmlErrors as htmlProblems } from "../../support/site-checks.ts";

/** htmlparser2's DOM types, without importing its dependency `domhandler` directly. */
export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export const EV = "2021-03-22-pertemuan";
export const SITE_URL = "https://arsip.example.org";

/** An event with no tags of its own, so that only what a case adds is tagged. */
export const PLAIN_EVENT = "---\ntitle: Pertemuan di Beijing\ndate: 2021-03-22\nsummary: Dua pihak bertemu.\n---\n";

// ------------------------------------------------------------------------------------------------
// running the commands in this process, through the functions the CLIs run (tests/support/cli.ts)

/**
 * Timeout of a test that runs the commands: builds in one process run one at a time, so a test's
 * clock includes its turn in the queue. Still a hang guard: a command that never returns fails it.
 */
export const CLI_TEST_TIMEOUT = 180_000;

export type Files = Record<string, string | Uint8Array>;

/** A fixture archive: the fixture vocabulary unless `files` brings its own `tags.yaml`. */
export function archive(files: Files): { root: string; articles: string } {
  return makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
}

export interface BothRuns {
  articles: string;
  check: RunResult;
  build: RunResult & { out: string };
}

/** `npm run check` and `npm run build` on the same archive folder, side by side. */
export async function checkAndBuild(articles: string, env: Record<string, string> = {}): Promise<BothRuns> {
  const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles, ...env });
  const build = await buildSite(articles, { ARSIP_SITE_URL: SITE_URL, ...env });
  return { articles, check, build };
}

/** One more build into an existing output folder (a rebuild). */
export function rebuild(articles: string, out: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles, ARSIP_SITE_URL: SITE_URL, ...env });
}

/** A fresh build only (no check). */
export function buildOnly(articles: string, env: Record<string, string> = {}): Promise<RunResult & { out: string }> {
  return buildSite(articles, { ARSIP_SITE_URL: SITE_URL, ...env });
}

/** Lines Node itself may print on stderr (process warnings), which are not the CLI's report. */
const NODE_NOISE = /^\(node:\d+\) |^\(Use `node --trace-warnings/;

/**
 * The problems a CLI printed: stderr up to the blank line before its closing sentence, one entry per
 * problem (an indented line continues the problem above it, e.g. the tags.yaml lines an unknown tag gets).
 */
export function problemLines(stderr: string): string[] {
  const lines = stderr.split("\n").filter((l) => !NODE_NOISE.test(l));
  const end = lines.indexOf("");
  const out: string[] = [];
  for (const l of end === -1 ? lines : lines.slice(0, end)) {
    if (/^\s/.test(l) && out.length > 0) out[out.length - 1] += `\n${l}`;
    else out.push(l);
  }
  return out;
}

const plural = (n: number): string => `${n} ${n === 1 ? "problem" : "problems"}`;

/**
 * Both CLIs failed cleanly on exactly `expected` (formatted `articles/…:line field: message`):
 * exit 1, nothing on stdout, every problem once in the stable order, the closing sentence with
 * the count, and no output folder (nor a staging folder next to it) written by the build.
 */
export function rejectedExactly(runs: BothRuns, expected: readonly string[]): string[] {
  const failures: string[] = [];
  const { check, build } = runs;
  if (expected.length === 0) failures.push("a rejection case needs at least one expected problem");
  for (const line of expected) if (!line.startsWith("articles/")) failures.push(`expected line does not name a relative file: ${line}`);
  for (const [name, r] of [
    ["check", check],
    ["build", build],
  ] as const) {
    if (r.status !== 1) failures.push(`${name} exited ${r.status}, not 1\n${r.stderr}`);
    if (r.stdout !== "") failures.push(`${name} printed on stdout: ${r.stdout}`);
    const got = problemLines(r.stderr);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${name} reported:\n  ${got.join("\n  ")}\nexpected:\n  ${expected.join("\n  ")}`);
  }
  // and nothing else: no stack trace, no half-finished output, just the problems and the closing sentence
  const n = expected.length;
  const closing = {
    check: `${plural(n)} found. Fix ${n === 1 ? "it" : "them"} and run npm run check again.`,
    build: `Build stopped: ${plural(n)} in the articles. Nothing was written; _site/ is unchanged.`,
  };
  for (const [name, r] of [
    ["check", check],
    ["build", build],
  ] as const) {
    const whole = r.stderr
      .split("\n")
      .filter((l) => !NODE_NOISE.test(l))
      .join("\n");
    if (whole !== `${expected.join("\n")}\n\n${closing[name]}\n`)
      failures.push(`${name} stderr is not exactly the problems and "${closing[name]}":\n${r.stderr}`);
  }
  if (existsSync(build.out)) failures.push(`the build wrote ${build.out}`);
  const siblings = readdirSync(dirname(build.out));
  if (siblings.length > 0) failures.push(`the build left ${siblings.join(", ")} next to the output folder`);
  return failures;
}

/** Both CLIs accepted the archive; returns the build's summary line (`Built _site/: …`). */
export function accepted(runs: BothRuns): { failures: string[]; summary: string; checkSummary: string } {
  const failures: string[] = [];
  const { check, build } = runs;
  if (check.status !== 0) failures.push(`check exited ${check.status}\n${check.stderr}`);
  if (build.status !== 0) failures.push(`build exited ${build.status}\n${build.stderr}`);
  const checkSummary = check.stdout.split("\n").find((l) => l.startsWith("OK: ")) ?? "";
  const summary = build.stdout.split("\n").find((l) => l.startsWith("Built _site/: ")) ?? "";
  if (checkSummary === "") failures.push(`check printed no "OK:" line: ${check.stdout}`);
  if (summary === "") failures.push(`build printed no "Built _site/:" line: ${build.stdout}`);
  return { failures, summary, checkSummary };
}

// ------------------------------------------------------------------------------------------------
// reading what a build wrote

export function page(out: string, path: string): string {
  return readFileSync(join(out, path), "utf8");
}

export function dom(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

export function xmlDom(xml: string): Document {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

export function all(doc: Document | Element, test: (e: Element) => boolean): Element[] {
  return DomUtils.findAll(test, "children" in doc ? doc.children : []);
}

export function one(doc: Document | Element, test: (e: Element) => boolean, what: string): Element {
  const found = all(doc, test);
  if (found.length !== 1) throw new Error(`expected exactly one ${what}, found ${found.length}`);
  return found[0] as Element;
}

export const text = (e: Element | Document): string => DomUtils.textContent(e);
export const attr = (e: Element, name: string): string | undefined => e.attribs[name];
export const byTag =
  (name: string) =>
  (e: Element): boolean =>
    e.name === name;
export const byClass =
  (cls: string) =>
  (e: Element): boolean =>
    (e.attribs.class ?? "").split(/\s+/).includes(cls);
export const byId =
  (id: string) =>
  (e: Element): boolean =>
    e.attribs.id === id;
export const metaNamed =
  (name: string) =>
  (e: Element): boolean =>
    e.name === "meta" && (e.attribs.name === name || e.attribs.property === name);

/**
 * An article's text as the markdown made it: the `div.article-body`, with a long text's fold
 * (`<details class="fold">`, the page's own "Baca selengkapnya" control) put back in line, so that
 * what is left are the elements the body itself produced. Changes the parsed document it is given.
 */
export function articleText(article: Element): Element {
  const body = one(article, byClass("article-body"), "div.article-body");
  for (const fold of all(body, (e) => e.name === "details" && byClass("fold")(e))) {
    // insert the folded children right after the fold, last first, so they keep their order
    for (const child of [...fold.children].reverse()) if (!("name" in child && child.name === "summary")) DomUtils.append(fold, child);
    DomUtils.removeElement(fold);
  }
  return body;
}

/** The JSON-LD of a page, parsed; for an event page's `@graph`, the page with its articles' items as `hasPart`. */
export function jsonLd(doc: Document): Record<string, unknown> {
  const script = one(doc, (e) => e.name === "script" && e.attribs.type === "application/ld+json", "JSON-LD script");
  const data = JSON.parse(text(script)) as Record<string, unknown> & { "@graph"?: Record<string, unknown>[] };
  const graph = data["@graph"];
  if (!graph) return data;
  const page = graph.find((n) => n["@type"] === "CollectionPage") ?? {};
  return { ...page, hasPart: graph.filter((n) => n["@type"] === "NewsArticle") };
}

/**
 * Everything in a page that could run or load something on its own: script elements other than
 * the JSON-LD and the site's own `/assets/*.js`, embedding elements, and `on…` attributes.
 */
export function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const e of all(doc, () => true)) {
    if (e.name === "script" && e.attribs.type !== "application/ld+json" && !/^\/assets\/[a-z0-9-]+\.[0-9a-f]{10}\.js$/.test(e.attribs.src ?? "")) {
      found.push(`<script ${JSON.stringify(e.attribs)}>`);
    }
    if (["iframe", "img", "object", "embed", "frame", "frameset", "applet", "base", "style", "video", "audio", "source", "portal"].includes(e.name))
      found.push(`<${e.name}>`);
    for (const name of Object.keys(e.attribs)) if (/^on/i.test(name)) found.push(`<${e.name} ${name}=…>`);
    for (const name of ["href", "src", "action", "formaction", "xlink:href"]) {
      // browsers ignore control characters and spaces in a scheme (`java\tscript:`)
      const v = [...(e.attribs[name] ?? "")].filter((ch) => ch.charCodeAt(0) > 0x20).join("");
      if (/^(?:javascript|vbscript|data|file):/i.test(v)) found.push(`<${e.name} ${name}="${v}">`);
    }
  }
  return found;
}

/** Files below a built site that are text (pages, feeds, sitemap, robots, scripts). */
export function textFiles(out: string): string[] {
  return listFiles(out).filter((f) => /\.(?:html|xml|txt|js|css|json)$/.test(f));
}
