/**
 * The one way tests run the command-line tools.
 *
 * `runCli` calls a command in this process, through exactly the function its script runs
 * (src/cli/<name>.ts), with the environment and working folder given: no Node start-up, no tsx
 * compile. Builds in one process share Pagefind's service, so they run one at a time.
 * `runProcess` starts the real script (node --import tsx src/cli/<name>.ts), for what only a real
 * process shows: exit status, output that drains into a pipe, standard input.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Command } from "../../src/cli/run.ts";
import { ROOT } from "./paths.ts";

export type Script = "build" | "check" | "import" | "new" | "generate" | "bench" | "start" | "verify" | "serve";

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** working folder (default: the project root, as npm scripts run) */
  cwd?: string;
}

const COMMANDS: Record<Script, () => Promise<Command>> = {
  build: async () => (await import("../../src/cli/build.ts")).build,
  check: async () => (await import("../../src/cli/check.ts")).check,
  import: async () => (await import("../../src/cli/import.ts")).importCommand,
  new: async () => (await import("../../src/cli/new.ts")).newCommand,
  generate: async () => (await import("../../src/cli/generate.ts")).generate,
  bench: async () => (await import("../../src/cli/bench.ts")).bench,
  start: async () => (await import("../../src/cli/start.ts")).start,
  verify: async () => (await import("../../src/cli/verify.ts")).verify,
  serve: async () => (await import("../../src/cli/serve.ts")).serve,
};

let builds: Promise<unknown> = Promise.resolve();
const IN_PROCESS_TIMEOUT_MS = 150_000;

/** tsx by its address (the package's own entry point), so that a script started in any working folder finds it. */
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** Run a command in this process; resolves with its exit code and everything it printed. */
/**
 * What every command a test runs sees unless the test says otherwise: English messages (ARSIP_LANG=en,
 * as in CI logs), so that assertions read the texts contributors read. The Indonesian default is
 * tested by passing ARSIP_LANG: "" (tests/e2e/messages.test.ts). And CI=1, as under CI itself:
 * no progress lines, so that a run on a developer's machine prints what CI's does; progress is
 * tested by passing CI: "" (tests/e2e/progress.test.ts).
 */
export const TEST_ENV: Record<string, string> = {
  ARSIP_LANG: "en",
  CI: "1",
  // the content cache of the test run's own, never the project's .cache/
  ARSIP_CACHE_DIR: join(tmpdir(), `arsip-test-cache-${process.pid}`),
};

export async function runCli(script: Script, args: string[], env: Record<string, string> = {}, opts: RunOptions = {}): Promise<RunResult> {
  // the time zone belongs to a process: a run under another TZ has to be a process of its own
  if (env.TZ !== undefined && env.TZ !== process.env.TZ) return runProcess(script, args, env, opts);
  const cmd = await COMMANDS[script]();
  let stdout = "";
  let stderr = "";
  const io = {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...TEST_ENV, ...env },
    out: (t: string) => void (stdout += t),
    err: (t: string) => void (stderr += t),
    stdinIsTTY: false,
    readStdin: () => Promise.reject(Object.assign(new Error("no standard input in an in-process run; use runProcess"), { code: "ENOSTDIN" })),
  };
  // a hang guard: a command that never returns fails its test instead of holding up every later build
  const run = async (): Promise<RunResult> => {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`npm run ${script} ${args.join(" ")} did not finish within ${IN_PROCESS_TIMEOUT_MS / 1000} s`)),
        IN_PROCESS_TIMEOUT_MS,
      );
    });
    try {
      return { status: await Promise.race([cmd(args, io), hung]), stdout, stderr };
    } finally {
      clearTimeout(timer);
    }
  };
  if (script !== "build") return run();
  const result = builds.then(run, run);
  builds = result.catch(() => undefined);
  return result;
}

/**
 * Run the real script in a child process. A run still going after `timeoutMs` is killed and
 * reported with `status: null`, so a hang fails its test instead of the suite.
 */
export function runProcess(
  script: Script,
  args: string[],
  env: Record<string, string> = {},
  opts: RunOptions & { input?: string | ((stdin: NodeJS.WritableStream) => void); timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnScript(script, args, env, { ...opts, stdin: opts.input !== undefined, timeoutMs: opts.timeoutMs ?? 240_000 });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolvePromise({ status, signal, stdout, stderr }));
    if (child.stdin) {
      if (typeof opts.input === "function") opts.input(child.stdin);
      else child.stdin.end(opts.input);
    }
  });
}

/** Start the real script (node --import tsx src/cli/<name>.ts) with piped output; for a long-running one such as `start`. */
export function spawnScript(
  script: Script,
  args: string[],
  env: Record<string, string> = {},
  opts: RunOptions & { stdin?: boolean; timeoutMs?: number; nodeArgs?: string[] } = {},
): ChildProcess {
  return spawn(process.execPath, [...(opts.nodeArgs ?? []), "--import", TSX, join(ROOT, "src/cli", `${script}.ts`), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...TEST_ENV, ...env },
    stdio: [opts.stdin ? "pipe" : "ignore", "pipe", "pipe"],
    ...(opts.timeoutMs !== undefined && { timeout: opts.timeoutMs }),
  });
}
