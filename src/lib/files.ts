/** Files on disk: the one recursive walker, how a path is shown in messages, and the one way the tools write a file. */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder: templates/, articles/ and _site/ are in it. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface WalkedFile {
  /** path relative to the walked folder, with forward slashes */
  path: string;
  abs: string;
  size: number;
}

/** Every file below `dir` (not following folder links), sorted by path. */
export function walkFiles(dir: string): WalkedFile[] {
  const out: WalkedFile[] = [];
  const visit = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) visit(abs, `${prefix}${e.name}/`);
      else out.push({ path: `${prefix}${e.name}`, abs, size: statSync(abs).size });
    }
  };
  visit(dir, "");
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether `inner` is `outer` or lies below it (both absolute, already resolved). */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A path as messages show it: relative to `root` with forward slashes when inside it, else absolute. */
export function displayPath(abs: string, root: string): string {
  const rel = relative(root, abs);
  return (rel === "" || rel.startsWith("..") ? abs : rel).split(sep).join("/");
}

export interface AtomicWriteOptions {
  /** refuse to replace an existing file (EEXIST), as `fs.writeFile` with flag "wx" */
  exclusive?: boolean;
  /** file mode of a new file (default 0o666, less the umask) */
  mode?: number;
}

/**
 * Write a file so that it is never seen half-written: the bytes go to a temporary file in the same
 * folder, are flushed to disk, and only then take the file's name (rename, or for an exclusive
 * write a hard link, which fails when the name is taken). On any error the temporary file is
 * removed and the target is as it was; the error is thrown.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", options.mode ?? 0o666);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.exclusive) {
      try {
        linkSync(temp, path);
        unlinkSync(temp);
      } catch (e) {
        // a file system without hard links (exFAT, some network drives): check, then rename
        if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
        if (existsSync(path)) throw Object.assign(new Error(`EEXIST: file already exists, ${path}`), { code: "EEXIST" });
        renameSync(temp, path);
      }
    } else {
      renameSync(temp, path);
    }
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}

/** The real path of `p`, also when it does not exist yet: the real path of its nearest existing parent, with the rest appended. */
export function realPathOf(p: string): string {
  const abs = resolve(p);
  const rest: string[] = [];
  for (let dir = abs; ; dir = dirname(dir)) {
    try {
      return join(realpathSync(dir), ...rest.reverse());
    } catch {
      if (dirname(dir) === dir) return abs;
      rest.push(basename(dir));
    }
  }
}
