/** The folder `npm run generate` writes into: missing or empty, or emptied with --force when that is safe. */
import { msg, type Msg } from "../lib/messages/index.ts";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { isInside } from "../lib/files.ts";
import { projectRoot } from "./processes.ts";

/** Why `out` may not be written, or undefined when it is ready (emptied first with `force`). */
export function prepareTarget(out: string, shown: string, force: boolean, cwd: string): Msg | undefined {
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return msg("target.not-folder", { shown });
  const entries = readdirSync(out);
  if (entries.length === 0) return undefined;
  if (!force) return msg("target.not-empty", { shown, count: entries.length });
  const unsafe = isInside(out, cwd) || isInside(out, projectRoot) || out === resolve(projectRoot, "articles") || out === homedir() || entries.includes(".git");
  if (unsafe) return msg("target.unsafe", { shown });
  for (const e of entries) rmSync(join(out, e), { recursive: true, force: true });
  return undefined;
}
