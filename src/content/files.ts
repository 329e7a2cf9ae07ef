/** Files on disk: the one recursive walker, and how a path is shown in messages. */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

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

/** A path as messages show it: relative to `root` with forward slashes when inside it, else absolute. */
export function displayPath(abs: string, root: string): string {
  const rel = relative(root, abs);
  return (rel === "" || rel.startsWith("..") ? abs : rel).split(sep).join("/");
}
