/**
 * Keeping what did not change. Every build leaves beside its output folder (never in it: whoever
 * can change the published files must not be able to vouch for them) a list of what it wrote
 * (pagesListFile: `.<output>.arsip-pages.json`): each page's address, file and
 * fingerprint (src/site/page-list.ts), each plain file's fingerprint, and the search index's,
 * with the SHA-256 of every file, all under the key of the code and settings that made them. The
 * next build with the same key links every unchanged file from the previous output into its
 * staging folder instead of writing it again: same bytes, same modification time, and the atomic
 * swap stays as it was. A file whose bytes differ from the list (changed by hand) is written
 * again; any change of the project's code, its dependencies, Node or the settings changes the
 * key, and then nothing is kept. The list holds no times, so two builds of the same content are
 * the same bytes, the list included.
 */
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { codeKey, filesKey } from "../lib/cache.ts";
import { PROJECT_ROOT, walkFiles, writeFileAtomic } from "../lib/files.ts";
import { sha256 } from "../lib/hash.ts";

/** Where a build leaves its list: beside the output folder, named after it. */
export const pagesListFile = (output: string): string => join(dirname(resolve(output)), `.${basename(resolve(output))}.arsip-pages.json`);
export const PAGES_LIST_VERSION = 2;
const VERSION = PAGES_LIST_VERSION;

/** A file as a build wrote it: enough to tell whether it is still untouched. */
export interface Stamp {
  /** path relative to the output folder, with forward slashes */
  file: string;
  /** of what the file was made from (the page's data; a plain file's key, or its text) */
  fingerprint: string;
  /** SHA-256 of the file's bytes */
  sha256: string;
}

export interface PagesList {
  version: typeof VERSION;
  key: string;
  /** rendered pages by address */
  pages: Record<string, Stamp>;
  /** plain files by site path */
  files: Record<string, Stamp>;
  /** the parts of the search index by name: each the fingerprint of the pages it was made of, and its files */
  search: Record<string, { fingerprint: string; files: Stamp[] }>;
}

/**
 * What a build's output depends on besides its content: the code, the dependencies and Node's
 * version (codeKey, as for the content cache), the templates, the Eleventy configuration and the settings.
 */
export function buildKey(templatesDir: string, settings: unknown): string {
  const sources = [...walkFiles(resolve(templatesDir)).map((f) => f.abs), join(PROJECT_ROOT, ".eleventy.ts")];
  return filesKey(sources, `${VERSION}\n${codeKey()}\n${JSON.stringify(settings)}\n`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isStamp = (v: unknown): v is Stamp =>
  isObject(v) && typeof v.file === "string" && isRelative(v.file) && typeof v.fingerprint === "string" && typeof v.sha256 === "string";

/** The list the build in `output` left, when it was made with the same key and is whole (a damaged or edited list is ignored). */
export function readPagesList(output: string, key: string): PagesList | undefined {
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(pagesListFile(output), "utf8"));
  } catch {
    return undefined;
  }
  if (!isObject(list) || list.version !== VERSION || list.key !== key || !isObject(list.pages) || !isObject(list.files)) return undefined;
  if (![...Object.values(list.pages), ...Object.values(list.files)].every(isStamp)) return undefined;
  const search = list.search;
  if (!isObject(search)) return undefined;
  for (const part of Object.values(search))
    if (!(isObject(part) && typeof part.fingerprint === "string" && Array.isArray(part.files) && part.files.every(isStamp))) return undefined;
  return list as unknown as PagesList;
}

/** The output file Eleventy writes for a page's address: `/a/` → `a/index.html`, `/feed.xml` → `feed.xml`. */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\//, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** Leave the list of what the build in `output` wrote, atomically. */
export function writePagesList(output: string, list: PagesList): void {
  writeFileAtomic(pagesListFile(output), `${JSON.stringify(list)}\n`);
}

/** Forget the list of `output`'s build (before its folder changes): a build that stops half-way leaves no list to trust. */
export function dropPagesList(output: string): void {
  rmSync(pagesListFile(output), { force: true });
}

/** The stamp of `file` (relative to `root`) as it is now; `bytes` when the caller has them already. */
export function stampOf(root: string, file: string, fingerprint: string, bytes?: string): Stamp {
  return { file, fingerprint, sha256: sha256(bytes ?? readFileSync(join(root, file))) };
}

/**
 * Is the file a stamp describes still there with the bytes that build wrote, as the file `file`
 * (so that an edited list cannot name another one), inside `root` (whose real path is `rootReal`;
 * never through a link to a folder elsewhere)?
 */
export function untouched(root: string, stamp: Stamp, file: string, rootReal: string): boolean {
  if (stamp.file !== file || !isRelative(file)) return false;
  try {
    const path = join(root, file);
    const st = lstatSync(path);
    // a plain file with one name: a hard link to a file elsewhere would stay linked through every build
    return st.isFile() && st.nlink === 1 && realpathSync(path).startsWith(`${rootReal}${sep}`) && sha256(readFileSync(path)) === stamp.sha256;
  } catch {
    return false;
  }
}

/** A path inside the output folder: relative, forward slashes, no `..` (the list is read from disk and might have been edited). */
const isRelative = (file: string): boolean => file !== "" && !file.startsWith("/") && !/\\|\0/.test(file) && !file.split("/").includes("..");

/**
 * Put `file` from the previous output into `staging`: a hard link (the same file, nothing copied),
 * or where the file system refuses one, a copy with the same modification time.
 */
export function keepFile(previous: string, staging: string, file: string, madeFolders: Set<string> = new Set()): void {
  const from = join(previous, file);
  const to = join(staging, file);
  if (!madeFolders.has(dirname(to))) {
    mkdirSync(dirname(to), { recursive: true });
    madeFolders.add(dirname(to));
  }
  try {
    linkSync(from, to);
  } catch (e) {
    // a file system without hard links, or across devices: a copy (never over an existing file)
    if (!["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK", "ENOSYS"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    const st = statSync(from);
    utimesSync(to, st.atime, st.mtime);
  }
}

/** The previous build: its folder, that folder's real path, and its list of what it wrote. */
export interface Previous {
  dir: string;
  real: string;
  list: PagesList;
}

/** Is the page or file a stamp describes unchanged (same fingerprint) and still the file `file` as the previous build wrote it? */
export function isKept(previous: Previous | undefined, stamp: Stamp | undefined, fingerprint: string, file: string): boolean {
  return previous !== undefined && stamp !== undefined && stamp.fingerprint === fingerprint && untouched(previous.dir, stamp, file, previous.real);
}
