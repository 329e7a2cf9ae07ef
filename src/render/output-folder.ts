/**
 * The output folder is the build's own. A build writes into a fresh staging folder beside it and
 * swaps it in only when everything succeeded; it replaces only a folder that is absent, empty, or
 * marked as an earlier build of this project (MARKER, written into every build), and never one
 * that holds the articles or the project. Staging folders a killed build left behind are removed
 * by the next build; a folder that cannot be renamed (a mount point) is refused with a message.
 *
 * No Eleventy here: the command line checks the folder before anything is read or loaded.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

/** The file that marks a folder as a build of this project (and so safe to replace). */
export const MARKER = ".arsip-build";
const MARKER_TEXT = "Arsip Berita China–Korea Utara: this folder is written by npm run build and replaced by the next build.\n";

/** Why a build may not write `output` (named `shown` in the message), or undefined when it may. */
export function outputProblem(output: string, shown: string, protectedDirs: { articles: string; project: string }): string | undefined {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const out = real(output);
  const inside = (outer: string, inner: string): boolean => {
    const rel = relative(outer, inner);
    return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
  };
  const articles = real(protectedDirs.articles);
  const project = real(protectedDirs.project);
  if (inside(out, articles)) return `${shown} holds the articles folder; the build replaces its output folder whole. Choose a folder of its own, e.g. _site.`;
  if (inside(articles, out)) return `${shown} is inside the articles folder, where only events belong. Choose a folder outside it, e.g. _site.`;
  if (inside(out, project)) return `${shown} holds the project itself; the build replaces its output folder whole. Choose a folder of its own, e.g. _site.`;
  if (!existsSync(output)) return undefined;
  const stat = lstatSync(output);
  if (!stat.isDirectory() && !(stat.isSymbolicLink() && statSync(output).isDirectory()))
    return `${shown} exists and is not a folder. Choose a folder for the site, e.g. _site.`;
  const entries = readdirSync(output);
  if (entries.length === 0 || entries.includes(MARKER)) return undefined;
  return `${shown} holds ${entries.length} ${entries.length === 1 ? "entry" : "entries"} that no build of this archive wrote (there is no ${MARKER} file in it), and a build replaces its output folder whole. Choose an empty or new folder, or empty this one yourself first.`;
}

/** A build folder that cannot be swapped in, with the reason; the output folder is unchanged. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

const stagingPrefix = (output: string): string => `.build-${basename(output)}-`;

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
    const m = new RegExp(`^${stagingPrefix(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-[A-Za-z0-9]+(?:-old)?$`).exec(name);
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
  writeFileSync(join(staging, MARKER), MARKER_TEXT);
  return staging;
}

/**
 * Put the finished `staging` folder in place of `output`: the old output is moved aside first and
 * removed last, so that a crash in between never leaves a half-written site. A folder that cannot
 * be renamed (a mount point: EBUSY, EXDEV) is refused; staging is removed and `output` unchanged.
 */
export function swapIn(staging: string, output: string, rename: (from: string, to: string) => void = renameSync): void {
  const previous = `${staging}-old`;
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
    throw new OutputError(
      `${output} could not be replaced (${code}${code === "EBUSY" || code === "EXDEV" ? ": it is a mount point or on another file system" : ""}); it is unchanged. Build into a folder that can be replaced, e.g. a folder inside it, and point the web server there.`,
    );
  }
  removeBuild(previous);
}

/**
 * Remove a build folder with its marker last, so that a removal cut short (a killed build) leaves
 * a folder that is still marked, which the next build recognises and removes.
 */
export function removeBuild(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== MARKER) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

/** Bring back an output folder that a build killed between its two renames left aside. */
export function recoverOutput(output: string): boolean {
  if (existsSync(output)) return false;
  const dir = dirname(output);
  if (!existsSync(dir)) return false;
  const aside = readdirSync(dir).filter((n) => n.startsWith(stagingPrefix(output)) && n.endsWith("-old") && existsSync(join(dir, n, MARKER)));
  const last = aside.sort().at(-1);
  if (last === undefined) return false;
  renameSync(join(dir, last), output);
  return true;
}
