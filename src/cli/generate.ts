/**
 * `npm run generate -- --articles N --out DIR [--seed S] [--force]`: write a deterministic synthetic
 * archive (src/generate.ts) for performance work. Use it with any command through
 * ARSIP_ARTICLES_DIR, e.g. `ARSIP_ARTICLES_DIR=DIR npm run build -- --output /tmp/site`.
 *
 * DIR must be missing or empty; --force first empties it, but never for a folder that holds the
 * project, the current directory or a git repository, nor for the project's own articles/.
 * Exit codes: 0 written, 1 refused or failed, 2 usage error.
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, parse, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArchive } from "../generate.ts";

const USAGE = "Usage: npm run generate -- --articles N --out DIR [--seed S] [--force]";
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const values = new Map<string, string>();
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i] ?? "";
  if (a === "--force") {
    force = true;
    continue;
  }
  if (a === "--help" || a === "-h") {
    console.log(USAGE);
    process.exit(0);
  }
  const m = /^(--articles|--out|--seed)(?:=(.*))?$/.exec(a);
  if (!m) usage(`Unknown option "${a}".`);
  const name = m[1] ?? "";
  const value = m[2] ?? args[++i];
  if (value === undefined || value === "") usage(`${name} needs a value.`);
  values.set(name, value);
}

const wholeNumber = (name: string, text: string | undefined, min: number): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) usage(`${name} must be a whole number of at least ${min}, not "${text}".`);
  return Number(text);
};
const articles = wholeNumber("--articles", values.get("--articles"), 1);
const seed = wholeNumber("--seed", values.get("--seed"), 0) ?? 1;
const outArg = values.get("--out");
if (articles === undefined) usage("--articles is required.");
if (outArg === undefined) usage("--out is required.");
const out = resolve(outArg);

if (existsSync(out)) {
  if (!statSync(out).isDirectory()) refuse(`${outArg} exists and is not a folder; nothing was written.`);
  const entries = readdirSync(out);
  if (entries.length > 0) {
    if (!force) refuse(`${outArg} is not empty (${entries.length} ${entries.length === 1 ? "entry" : "entries"}); nothing was written. Choose an empty folder, or add --force to empty it first.`);
    const contains = (outer: string, inner: string): boolean => {
      const rel = relative(outer, inner);
      return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !parse(rel).root);
    };
    const unsafe =
      contains(out, process.cwd()) ||
      contains(out, projectRoot) ||
      out === resolve(projectRoot, "articles") ||
      out === homedir() ||
      entries.includes(".git");
    if (unsafe) refuse(`--force will not empty ${outArg}: it holds the project, the current folder, a git repository or the real articles. Nothing was written.`);
    for (const e of entries) rmSync(join(out, e), { recursive: true, force: true });
  }
}

const started = performance.now();
const r = generateArchive({ articles, seed, out });
const seconds = (performance.now() - started) / 1000;
console.log(
  `Generated ${outArg}: ${r.articles} articles (${r.drafts} drafts) in ${r.events} events, ${r.tags} tags, ${r.files} files, seed ${seed}, ${seconds.toFixed(2)} s`,
);
