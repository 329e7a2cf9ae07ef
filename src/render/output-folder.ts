/**
 * The output folder is the build's own. A build writes into a fresh staging folder beside it and
 * swaps it in only when everything succeeded; it replaces only a folder that is absent, empty, or
 * marked as an earlier build of this project (MARKER, written into every build), and never one
 * that holds the articles or the project. Staging folders a killed build left behind are removed
 * by the next build; a folder that cannot be renamed (a mount point) is refused with a message.
 *
 * No Eleventy here: the command line checks the folder before anything is read or loaded.
 */
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isInside, realPathOf } from "../lib/files.ts";

/** The file that marks a folder as a build of this project (and so safe to replace). */
export const MARKER = ".arsip-build";
const MARKER_TITLE = "Arsip Berita China–Korea Utara: this folder is written by npm run build and replaced by the next build. It holds:";

/** The marker's text: what the folder holds, so that a later build can tell its own entries from anyone else's. */
export function markerText(entries: readonly string[]): string {
  return `${MARKER_TITLE}\n${[...entries]
    .filter((e) => e !== MARKER)
    .sort()
    .join("\n")}\n`;
}

/** The entries a marked folder says it holds, or undefined when `dir` is not marked by a build. */
function markedEntries(dir: string): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, MARKER), "utf8");
  } catch {
    return undefined;
  }
  const [title, ...entries] = text.split("\n");
  return title === MARKER_TITLE ? new Set(entries.filter((e) => e !== "")) : undefined;
}

/** Why a build may not write `output` (named `shown` in the message), or undefined when it may. */
export function outputProblem(output: string, shown: string, protectedDirs: { articles: string; project: string }): Msg | undefined {
  const out = realPathOf(output);
  const articles = realPathOf(protectedDirs.articles);
  const project = realPathOf(protectedDirs.project);
  if (isInside(out, articles)) return msg("output.holds-articles", { shown });
  if (isInside(articles, out)) return msg("output.inside-articles", { shown });
  if (isInside(out, project)) return msg("output.holds-project", { shown });
  if (!existsSync(output) && !isLink(output)) return undefined;
  if (isLink(output)) return msg("output.link", { shown, target: out });
  if (!lstatSync(output).isDirectory()) return msg("output.not-folder", { shown });
  const entries = readdirSync(output);
  if (entries.length === 0) return undefined;
  const own = markedEntries(output);
  if (own === undefined) {
    return msg("output.foreign-folder", { shown, count: entries.length, marker: MARKER });
  }
  const foreign = entries.filter((e) => e !== MARKER && !own.has(e));
  if (foreign.length > 0) {
    return msg("output.foreign-entries", { shown, names: foreign.slice(0, 5).join(", "), more: Math.max(0, foreign.length - 5), count: foreign.length });
  }
  return undefined;
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A build folder that cannot be swapped in, with the reason; the output folder is unchanged. */
export class OutputError extends Error {
  constructor(readonly msg: Msg) {
    super(say(msg, "en"));
    this.name = "OutputError";
  }
}

const stagingPrefix = (output: string): string => `.build-${basename(output)}-`;

/** The names of this output's staging folders: `.build-<name>-<pid>-<random>[-old]`. */
const stagingName = (output: string): RegExp => new RegExp(`^${stagingPrefix(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-[A-Za-z0-9]+(?:-old)?$`);

/** Is the process with this id still running? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove staging folders that builds of `output` which are no longer running left behind. */
export function removeStaleStaging(output: string): string[] {
  const dir = dirname(output);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = stagingName(output).exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const path = join(dir, name);
    // only folders this project made: marked, or empty (killed before the marker was written)
    if (!lstatSync(path).isDirectory()) continue;
    const entries = readdirSync(path);
    if (entries.length > 0 && !entries.includes(MARKER)) continue;
    removeBuild(path);
    removed.push(path);
  }
  return removed;
}

/** A fresh staging folder beside `output`, marked, readable by a web server running as another user. */
export function createStaging(output: string): string {
  mkdirSync(dirname(output), { recursive: true });
  const staging = mkdtempSync(join(dirname(output), `${stagingPrefix(output)}${process.pid}-`));
  // mkdtemp makes the folder private (0700); a site is published: 0755 under the usual umask 022
  chmodSync(staging, 0o777 & ~process.umask());
  writeFileSync(join(staging, MARKER), markerText([]));
  return staging;
}

/**
 * Put the finished `staging` folder in place of `output`: the old output is moved aside first and
 * removed last, so that a crash in between never leaves a half-written site. A folder that cannot
 * be renamed (a mount point: EBUSY, EXDEV) is refused; staging is removed and `output` unchanged.
 */
export function swapIn(staging: string, output: string, rename: (from: string, to: string) => void = renameSync): void {
  const previous = `${staging}-old`;
  // the marker lists what this build holds, so that the next one can tell its entries from anyone else's
  writeFileSync(join(staging, MARKER), markerText(readdirSync(staging)));
  let moved = false;
  try {
    if (existsSync(output)) {
      rename(output, previous);
      moved = true;
    }
    rename(staging, output);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    if (moved && !existsSync(output)) renameSync(previous, output);
    removeBuild(staging);
    throw new OutputError(msg("output.not-replaced", { output, code, mount: code === "EBUSY" || code === "EXDEV" }));
  }
  removeBuild(previous);
}

/**
 * Remove a build folder with its marker last, so that a removal cut short (a killed build) leaves
 * a folder that is still marked, which the next build recognises and removes.
 */
export function removeBuild(dir: string): void {
  if (!existsSync(dir) || isLink(dir)) return;
  for (const name of readdirSync(dir)) if (name !== MARKER) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

/** Bring back an output folder that a build killed between its two renames left aside. */
export function recoverOutput(output: string): boolean {
  if (existsSync(output)) return false;
  const dir = dirname(output);
  if (!existsSync(dir)) return false;
  const aside = readdirSync(dir).filter((n) => stagingName(output).test(n) && n.endsWith("-old") && markedEntries(join(dir, n)) !== undefined);
  const last = aside.sort().at(-1);
  if (last === undefined) return false;
  renameSync(join(dir, last), output);
  return true;
}
