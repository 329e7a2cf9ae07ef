/**
 * The content cache: work done on content, kept between runs in one file (`.cache/` in the
 * project by default, ignored by git), keyed by a hash of exactly what the work was done on, so
 * that an unchanged file is never parsed and validated twice, nor an unchanged event's shared
 * passages searched twice. A cache that is wrong is worse than none: the whole file belongs to
 * one version of the code (CODE_KEY: every source file, the lock file and Node's version) and is
 * ignored under any other; an entry's key is the SHA-256 of its input bytes; only results that
 * depend on nothing else are stored (a file's tags are checked against tags.yaml on every run).
 * When the cache is saved, the entries of a kind (the part of the key before `:`) that this run
 * used replace those of that kind, so that the cache holds one archive's worth; kinds this run
 * did not use stay as they were (`npm run check` leaves the build's shared passages alone).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { PROJECT_ROOT, walkFiles, writeFileAtomic } from "./files.ts";

export interface Cache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** No cache: every run does all the work. */
export const NO_CACHE: Cache = { get: () => undefined, set: () => undefined };

/** The SHA-256 of `input`, for cache keys. */
export function contentKey(kind: string, ...input: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of input) hash.update(typeof part === "string" ? `${part.length}:${part}` : part);
  return `${kind}:${hash.digest("hex")}`;
}

/** Every file of the code that could change a cached result, the lock file (the dependencies) and Node's version. */
export function codeKey(root = PROJECT_ROOT): string {
  const hash = createHash("sha256").update(`${process.version}\n`);
  for (const abs of [...walkFiles(join(root, "src")).map((f) => f.abs), join(root, "package-lock.json")]) hash.update(`${abs}\n`).update(readFileSync(abs));
  return hash.digest("hex");
}

const FILE = "content.bin";

const kindOf = (key: string): string => key.slice(0, Math.max(0, key.indexOf(":")));

/** The cache kept in `dir` for the code whose key is `code`. */
export class DiskCache implements Cache {
  private readonly old: Map<string, unknown>;
  private readonly used = new Map<string, unknown>();
  /** the kinds of entry this run asked for */
  private readonly kinds = new Set<string>();
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly code: string,
  ) {
    this.old = DiskCache.read(join(dir, FILE), code);
  }

  static open(dir: string, code: string = codeKey()): DiskCache {
    return new DiskCache(dir, code);
  }

  /** The entries of the cache file, or none when it is missing, unreadable or made by other code. */
  private static read(file: string, code: string): Map<string, unknown> {
    try {
      const stored = deserialize(readFileSync(file)) as { code?: unknown; entries?: unknown };
      return stored.code === code && stored.entries instanceof Map ? (stored.entries as Map<string, unknown>) : new Map();
    } catch {
      return new Map();
    }
  }

  get<T>(key: string): T | undefined {
    this.kinds.add(kindOf(key));
    if (this.used.has(key)) return this.used.get(key) as T;
    if (!this.old.has(key)) return undefined;
    const value = this.old.get(key);
    this.used.set(key, value);
    return value as T;
  }

  set(key: string, value: unknown): void {
    this.kinds.add(kindOf(key));
    this.used.set(key, value);
    this.changed = true;
  }

  /** Write what this run used, with the other kinds' entries as they were, atomically; nothing when nothing changed. */
  save(): void {
    const entries = new Map(this.used);
    for (const [key, value] of this.old) if (!this.kinds.has(kindOf(key))) entries.set(key, value);
    if (!this.changed && entries.size === this.old.size) return;
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(join(this.dir, FILE), serialize({ code: this.code, entries }));
  }
}
