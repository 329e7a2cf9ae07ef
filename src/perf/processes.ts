/** Running a measured command: wall time, peak RSS of its process tree, and stopping whole process groups. */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT_ROOT as projectRoot } from "../lib/files.ts";

export { projectRoot };
const GNU_TIME = "/usr/bin/time";

export interface Sample {
  seconds: number;
  /** largest single process (GNU time %M, or the largest polled VmHWM), KiB */
  peakKiB: number;
  /** largest polled sum of VmRSS over the tree, KiB */
  treeKiB: number;
}

function readStatusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `pid` and all its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.pop() as number;
    out.push(p);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, "utf8").split(" ")) if (c.trim() !== "") queue.push(Number(c));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return out;
}

export const hasGnuTime = existsSync(GNU_TIME);

/** Children still running, so that an interrupted bench leaves no process behind. */
export const live = new Set<ChildProcess>();
export function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Run `argv` (cwd: project root) with stdout/stderr to `log`; resolve with its timing and memory, reject on failure. */
export async function measure(argv: string[], env: NodeJS.ProcessEnv, log: string): Promise<Sample> {
  const timeFile = `${log}.rss`;
  const full = hasGnuTime ? [GNU_TIME, "-f", "%M", "-o", timeFile, ...argv] : argv;
  const fd = openSync(log, "w");
  let treeKiB = 0;
  let hwmKiB = 0;
  const started = performance.now();
  const child = track(spawn(full[0] as string, full.slice(1), { cwd: projectRoot, env, stdio: ["ignore", fd, fd], detached: true }));
  const poll = (): void => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const p of processTree(child.pid)) {
      sum += readStatusKiB(p, "VmRSS");
      hwmKiB = Math.max(hwmKiB, readStatusKiB(p, "VmHWM"));
    }
    treeKiB = Math.max(treeKiB, sum);
  };
  const timer = setInterval(poll, 50);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.once("error", reject);
    child.once("exit", (c, signal) => resolveExit(c ?? (signal ? 128 : null)));
  }).finally(() => {
    clearInterval(timer);
    closeSync(fd);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const text = readFileSync(log, "utf8");
    throw new Error(`${argv.join(" ")} exited with ${code}; last output:\n${text.slice(-3000)}`);
  }
  let peakKiB = hwmKiB;
  if (hasGnuTime) {
    const m = /(\d+)\s*$/.exec(readFileSync(timeFile, "utf8"));
    if (m) peakKiB = Number(m[1]);
  }
  // a sampled sum can miss a short peak, but the tree never holds less than its largest process
  return { seconds, peakKiB, treeKiB: Math.max(treeKiB, peakKiB) };
}

/** Signal the process group of a child started with `detached: true` (the child and everything it started). */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const group = (signal: NodeJS.Signals): void => signalGroup(child, signal);
  group("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) {
    group("SIGKILL");
    await Promise.race([exited, sleep(2000)]);
  }
}

export async function fetchText(url: string): Promise<string | undefined> {
  try {
    const r = await fetch(url);
    if (!r.ok) return undefined;
    return await r.text();
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A TCP port on 127.0.0.1 that is free right now: a first choice only, since another process may take it first. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolvePort(port));
    });
  });
}

/** The address the live preview says it serves on (`Pratinjau: http://localhost:8080/`, or `Preview: …` in English), once it has said it. */
export function previewUrl(output: string): string | undefined {
  return /^(?:Pratinjau|Preview): (http:\/\/\S+\/)$/m.exec(output)?.[1];
}

/**
 * The command an npm script runs, as argv for this Node: `tsx src/cli/x.ts` becomes
 * `node --import tsx src/cli/x.ts`, `node --flag … src/cli/x.ts` keeps its flags; so the bench
 * measures exactly what `npm run build` and `npm run check` run.
 */
export function npmScript(name: string, scripts: Record<string, string> = packageScripts()): string[] {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no script "${name}"`);
  const [first, ...rest] = script.split(/\s+/);
  if (first === "tsx") return [process.execPath, "--import", "tsx", ...rest];
  if (first === "node") return [process.execPath, ...rest];
  throw new Error(`the script "${name}" (${script}) does not start with node or tsx`);
}

function packageScripts(): Record<string, string> {
  return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
}
