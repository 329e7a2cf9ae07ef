/**
 * Files the page data already holds whole (each article's BibTeX, RIS and CSL-JSON citation, the
 * JSON Feeds, the archive as data): written as they are, beside the pages Eleventy renders.
 * Through Eleventy each would be a paginated page with its own template run, about 30,000 of them
 * at 10,000 articles, for text that needs no template at all. A build keeps those the previous
 * build wrote from the same inputs (writePlain).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { sha256 } from "../lib/hash.ts";
import type { PlainFile } from "../site/views.ts";
import { ENCODINGS, precompressed } from "./precompressed.ts";
import { isKept, keepFile, type PagesList, type Previous } from "./reuse.ts";

/** Plain files written between two pauses (writePlain). */
const YIELD_EVERY = 500;

/** Write each file at its site path below `dir`; returns the absolute paths written. `made`: the folders known to exist. */
export function writePlainFiles(dir: string, files: readonly { path: string; content: string | Uint8Array }[], made = new Set<string>()): string[] {
  const root = resolve(dir);
  return files.map((f) => {
    const abs = resolve(join(root, f.path));
    if (!abs.startsWith(root + sep)) throw new Error(`${f.path} is outside the site`);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, f.content);
    return abs;
  });
}

/** `abs` as a path relative to `root`, with forward slashes; throws for a path outside it. */
export function relativeFile(root: string, abs: string): string {
  const rel = relative(root, resolve(abs));
  if (rel.startsWith("..") || rel === "") throw new Error(`${abs} is outside the site`);
  return rel.split(sep).join("/");
}

/**
 * Write the files that need no template (data, citations), keeping those the previous build wrote
 * from the same inputs (a file's key) or with the same content; returns how many were kept. One
 * file at a time: each file's text is made when it is read (views.ts plainFile), hashed, written
 * or kept, and let go.
 */
export async function writePlain(
  staging: string,
  files: readonly PlainFile[],
  previous: Previous | undefined,
  written: PagesList,
  folders: Set<string>,
): Promise<number> {
  let kept = 0;
  let done = 0;
  // can the file at `path` be kept: its fingerprint and bytes are the previous build's
  const keepable = (path: string, fingerprint: string): boolean => {
    const old = previous?.list.files[path];
    return previous !== undefined && old !== undefined && isKept(previous, old, fingerprint, path.slice(1));
  };
  const keep = (path: string): void => {
    const old = previous?.list.files[path];
    if (!previous || !old) throw new Error(`${path}: not in the previous build`);
    keepFile(previous.dir, staging, old.file, folders);
    written.files[path] = old;
  };
  const keepOrWrite = (path: string, fingerprint: string, content: () => Uint8Array): boolean => {
    if (keepable(path, fingerprint)) {
      keep(path);
      return true;
    }
    const bytes = content();
    const [abs] = writePlainFiles(staging, [{ path, content: bytes }], folders);
    if (abs === undefined) throw new Error(`${path}: not written`);
    written.files[path] = { file: relativeFile(staging, abs), fingerprint, sha256: sha256(bytes) };
    return false;
  };
  for (const f of files) {
    // a pause now and then: what a file was made from (lightly.ts) is let go only after the task that held it
    if (++done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    // a file with a key (made from an article's citation item, a feed's entries) is kept when the
    // key is the previous build's, with the compressed copies its size asks for: its text is never made
    const key = f.key;
    const copies = key !== undefined && previous && keepable(f.path, key) ? copiesOf(f.path, statSync(join(previous.dir, f.path.slice(1))).size) : undefined;
    if (key !== undefined && copies?.every((e) => keepable(`${f.path}${e.suffix}`, `${key}:${e.name}`))) {
      for (const path of [f.path, ...copies.map((e) => `${f.path}${e.suffix}`)]) keep(path);
      kept++;
      continue;
    }
    // any other file is made: its fingerprint is its key or the SHA-256 of its bytes; a compressed copy's, that and its encoding
    const bytes = f.bytes();
    const fingerprint = key ?? sha256(bytes);
    if (keepOrWrite(f.path, fingerprint, () => bytes)) kept++;
    if (precompressed(f.path, bytes.length))
      for (const e of ENCODINGS) keepOrWrite(`${f.path}${e.suffix}`, `${fingerprint}:${e.name}`, () => e.compress(bytes));
  }
  return kept;
}

/** The encodings of the compressed copies a plain file of `size` bytes at `path` gets (precompressed.ts). */
const copiesOf = (path: string, size: number): readonly (typeof ENCODINGS)[number][] => (precompressed(path, size) ? ENCODINGS : []);
