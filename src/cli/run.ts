/**
 * What every command-line entry point shares: strict argument parsing, failing with a usage text,
 * showing paths, and running a command so that its output has drained before the process ends.
 *
 * A command is a function `(argv, io) => exit code`: the scripts run it on the real process
 * (runIfMain), the tests call it in-process with their own `io`.
 */
import { realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DiskCache } from "../lib/cache.ts";
import { displayPath, isInside, PROJECT_ROOT, realPathOf } from "../lib/files.ts";
import { langOf, msg, say, type Lang, type Msg } from "../lib/messages/index.ts";
import { nearest } from "../content/problems.ts";
import { isPort, parseArgsOptions, type CommandSpec } from "../lib/options.ts";

/** Where a command reads its settings and writes its output. */
export interface Io {
  /** the working folder: relative paths on the command line are relative to it */
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  /** whether stdin is a terminal (a prompt is shown before reading it) */
  stdinIsTTY?: boolean;
  /** whether stderr is a terminal (progress is redrawn in place there: progress.ts) */
  stderrIsTTY?: boolean;
  /** all of standard input, however slowly or in however many pieces it arrives */
  readStdin(): Promise<Buffer>;
}

export type Command = (argv: string[], io: Io) => Promise<number>;

/** A command stopping with an exit code: 1 nothing done because of the input, 2 a wrong command line. */
export class CliFailure extends Error {
  constructor(
    readonly code: 1 | 2,
    readonly msg: Msg,
  ) {
    super(say(msg, "en"));
    this.name = "CliFailure";
  }
}

/** `--help` was asked for: the command prints its usage and exits 0. */
class HelpRequested extends Error {}

/** Stop the command: exit 1 (input) or 2 (command line; the usage is printed too). */
export function fail(code: 1 | 2, m: Msg): never {
  throw new CliFailure(code, m);
}

/** The language of a command's messages: Indonesian, or English with ARSIP_LANG=en (messages.ts). */
export function langOfIo(io: Io): Lang {
  return langOf(io.env);
}

type Options = CommandSpec["options"];
/** The values of a strict parse: strings for string options, booleans for flags; absent when not given. */
type Values<O extends Options> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string } & { help?: boolean };
interface Parsed<O extends Options> {
  values: Values<O>;
  positionals: string[];
}

/**
 * `parseArgs` with `strict: true` over the command's options table: an unknown or misspelled option,
 * a missing value or a value given to a flag is a CliFailure with exit 2. `--help`/`-h` is added to
 * every command.
 */
export function parseCommandLine<S extends CommandSpec>(argv: string[], spec: S): Parsed<S["options"]> {
  const positionals = spec.positionals ?? 0;
  let parsed: Parsed<S["options"]>;
  try {
    const config: ParseArgsConfig = {
      args: argv,
      options: { ...parseArgsOptions(spec), help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    };
    const r = parseArgs(config);
    parsed = { values: r.values as Values<S["options"]>, positionals: r.positionals };
  } catch (e) {
    fail(2, argumentMessage(e as Error & { code?: string }, Object.keys(spec.options)));
  }
  // --help on an otherwise well-formed command line: the command prints its usage and does nothing
  if (parsed.values.help) throw new HelpRequested();
  if (parsed.positionals.length > positionals) {
    const args = parsed.positionals.map((p) => `"${p}"`).join(", ");
    fail(2, positionals === 0 ? msg("cli.unexpected-argument", { args }) : msg("cli.too-many-arguments", { args }));
  }
  return parsed;
}

/** Node's parseArgs messages in the project's words, with the option the user probably meant. */
function argumentMessage(e: Error & { code?: string }, names: readonly string[]): Msg {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== undefined) {
    const bare = option.replace(/^-+/, "").replace(/=.*$/, "");
    const guess = nearest(bare, names);
    return msg("cli.unknown-option", { option, ...(guess !== undefined && { guess }) });
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined && /argument missing/.test(e.message)) return msg("cli.needs-value", { option });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined && /ambiguous/.test(e.message)) return msg("cli.dash-value", { option });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined) return msg("cli.no-value", { option });
  return msg("cli.bad-arguments", { detail: e.message });
}

/**
 * Wrap a command body: a CliFailure becomes its message on stderr (with the usage for exit 2)
 * and its exit code; `--help` prints the usage.
 */
export function command(spec: CommandSpec, body: (argv: string[], io: Io) => Promise<number | void>): Command {
  const usage = msg("cli.usage", { spec });
  return async (argv, io) => {
    const lang = langOfIo(io);
    try {
      return (await body(argv, io)) ?? 0;
    } catch (e) {
      if (e instanceof HelpRequested) {
        io.out(`${say(usage, lang)}\n`);
        return 0;
      }
      if (!(e instanceof CliFailure)) throw e;
      io.err(e.code === 2 ? `${say(e.msg, lang)}\n\n${say(usage, lang)}\n` : `${say(e.msg, lang)}\n`);
      return e.code;
    }
  };
}

/** A port option: the one rule (src/lib/options.ts); anything else is a command-line error. */
export function portOption(text: string, min: 0 | 1): number {
  if (!isPort(text, min)) fail(2, msg("cli.port", { port: text, min }));
  return Number(text);
}

/** A whole-number option of at least `min`; anything else is a command-line error. */
export function wholeNumber(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) fail(2, msg("cli.whole-number", { name, min, text }));
  return Number(text);
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function show(io: Io, abs: string): string {
  return displayPath(abs, io.cwd);
}

/** The project folder (templates/, articles/, _site/). */
export { PROJECT_ROOT as projectRoot } from "../lib/files.ts";

/** The articles folder: `--articles`, else $ARSIP_ARTICLES_DIR, else `articles` (relative to the working folder). */
export function articlesDirOf(io: Io, flag: string | undefined): string {
  return pathArg(io, flag ?? io.env.ARSIP_ARTICLES_DIR ?? "articles");
}

/**
 * The content cache (src/lib/cache.ts): in $ARSIP_CACHE_DIR, else `.cache/` in the project. A
 * cache folder inside the output (it would be published) or the articles folder (it would be read
 * as content), or holding either, is refused with exit 2 before anything is written.
 */
export function openCache(io: Io, folders: { articles: string; output?: string; outputInCache?: true }): DiskCache {
  const dir = io.env.ARSIP_CACHE_DIR === undefined ? join(PROJECT_ROOT, ".cache") : pathArg(io, io.env.ARSIP_CACHE_DIR);
  const real = realPathOf(dir);
  for (const [role, folder] of [
    ["articles", folders.articles],
    ["output", folders.output],
  ] as const) {
    if (folder === undefined) continue;
    const other = realPathOf(folder);
    // the preview's own folder lives in the cache folder (.cache/preview/): it may, the cache may not be inside it
    const outputInside = role === "output" && folders.outputInCache === true;
    if (isInside(other, real) || (!outputInside && isInside(real, other)))
      fail(2, msg("cache.folder-refused", { cache: show(io, dir), folder: show(io, folder), role }));
  }
  return DiskCache.open(dir);
}

/** Save the cache; a cache that cannot be written costs time on the next run, not content: one line says so. */
export function saveCache(io: Io, cache: DiskCache): void {
  try {
    cache.save();
  } catch (e) {
    io.err(`${say(msg("cache.not-saved", { detail: (e as Error).message }), langOfIo(io))}\n`);
  }
}

/** A path from the command line, made absolute against the working folder. */
export function pathArg(io: Io, path: string): string {
  return resolve(io.cwd, path);
}

/** The real process as an Io. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // read as a stream: a synchronous read of a pipe that is not ready yet fails with EAGAIN
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks);
    },
  };
}

/**
 * Run `cmd` when this module is the script node was started with. The exit code is set with
 * `process.exitCode` and the process ends by itself once stdout and stderr have drained, so a
 * long report piped into another program is never cut off.
 */
export function runIfMain(moduleUrl: string, cmd: Command): void {
  const script = process.argv[1];
  if (script === undefined) return;
  let isMain: boolean;
  try {
    isMain = realpathSync(fileURLToPath(moduleUrl)) === realpathSync(script);
  } catch {
    isMain = false;
  }
  if (!isMain) return;
  cmd(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
