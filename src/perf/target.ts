/** The folder `npm run generate` writes into: missing or empty, or emptied with --force when that is safe. */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { isInside } from "../content/files.ts";
import { projectRoot } from "./processes.ts";

/** Why `out` may not be written, or undefined when it is ready (emptied first with `force`). */
export function prepareTarget(out: string, shown: string, force: boolean, cwd: string): string | undefined {
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `${shown} exists and is not a folder; nothing was written.`;
  const entries = readdirSync(out);
  if (entries.length === 0) return undefined;
  if (!force)
    return `${shown} is not empty (${entries.length} ${entries.length === 1 ? "entry" : "entries"}); nothing was written. Choose an empty folder, or add --force to empty it first.`;
  const unsafe = isInside(out, cwd) || isInside(out, projectRoot) || out === resolve(projectRoot, "articles") || out === homedir() || entries.includes(".git");
  if (unsafe) return `--force will not empty ${shown}: it holds the project, the current folder, a git repository or the real articles. Nothing was written.`;
  for (const e of entries) rmSync(join(out, e), { recursive: true, force: true });
  return undefined;
}
