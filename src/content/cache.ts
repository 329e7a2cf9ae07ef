/**
 * The content cache: work done on content, kept between runs (`.cache/` in the project by
 * default, ignored by git), keyed by a hash of exactly what the work was done on, so
 * that an unchanged file is never parsed and validated twice, nor an unchanged event's shared
 * passages searched twice. A cache that is wrong is worse than none: the cache belongs to one
 * version of the code (codeKey: every source file, the lock file and Node's version) and is
 * ignored under any other; an entry's key is the SHA-256 of its input bytes; only results that
 * depend on nothing else are stored (a file's tags are checked against tags.yaml on every run).
 * When the cache is saved, the entries of a kind (the part of the key before `:`) that this run
 * used replace those of that kind, so that the cache holds one archive's worth; kinds this run
 * did not use stay as they were (`npm run check` leaves the build's shared passages alone).
 * Each kind is a file of its own, read only when a run asks for that kind.
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

/** The SHA-256 of `prefix`, then each file's path and bytes, in the order given. */
export function filesKey(files: readonly string[], prefix = ""): string {
  const hash = createHash("sha256").update(prefix);
  for (const abs of files) hash.update(`${abs}\n`).update(readFileSync(abs));
  return hash.digest("hex");
}

/** Every file of the code that could change a cached result, the lock file (the dependencies) and Node's version. */
export function codeKey(root = PROJECT_ROOT): string {
  return filesKey([...walkFiles(join(root, "src")).map((f) => f.abs), join(root, "package-lock.json")], `${process.version}\n`);
}

const kindOf = (key: string): string => key.slice(0, Math.max(0, key.indexOf(":")));

/** One kind's entries: those on disk, those this run asked for or set, and whether any was set. */
interface Shelf {
  old: Map<string, unknown>;
  used: Map<string, unknown>;
  changed: boolean;
}

/**
 * The cache kept in `dir` for the code whose key is `code`: one file per kind of entry
 * (`article.bin`, `event.bin`, `shared-passages.bin`), read when a run first asks for that kind, so
 * that `npm run check` never reads the build's shared passages.
 */
export class DiskCache implements Cache {
  private readonly shelves = new Map<string, Shelf>();

  private constructor(
    private readonly dir: string,
    private readonly code: string,
  ) {}

  static open(dir: string, code: string = codeKey()): DiskCache {
    return new DiskCache(dir, code);
  }

  private fileOf(kind: string): string {
    return join(this.dir, `${kind === "" ? "other" : kind}.bin`);
  }

  private shelf(kind: string): Shelf {
    let shelf = this.shelves.get(kind);
    if (!shelf) this.shelves.set(kind, (shelf = { old: this.read(kind), used: new Map(), changed: false }));
    return shelf;
  }

  /** The entries of one kind's file, or none when it is missing, unreadable or made by other code. */
  private read(kind: string): Map<string, unknown> {
    try {
      const stored = deserialize(readFileSync(this.fileOf(kind))) as { code?: unknown; entries?: unknown };
      return stored.code === this.code && stored.entries instanceof Map ? (stored.entries as Map<string, unknown>) : new Map();
    } catch {
      return new Map();
    }
  }

  get<T>(key: string): T | undefined {
    const shelf = this.shelf(kindOf(key));
    if (shelf.used.has(key)) return shelf.used.get(key) as T;
    if (!shelf.old.has(key)) return undefined;
    const value = shelf.old.get(key);
    shelf.used.set(key, value);
    return value as T;
  }

  set(key: string, value: unknown): void {
    const shelf = this.shelf(kindOf(key));
    shelf.used.set(key, value);
    shelf.changed = true;
  }

  /** Write, atomically, each kind this run used whose entries changed: what this run used of it. */
  save(): void {
    for (const [kind, shelf] of this.shelves) {
      if (shelf.changed || shelf.used.size !== shelf.old.size) {
        mkdirSync(this.dir, { recursive: true });
        writeFileAtomic(this.fileOf(kind), serialize({ code: this.code, entries: shelf.used }));
        shelf.old = shelf.used;
      }
      // a long-running command (the preview) saves after each run: the next one starts from what was saved
      shelf.used = new Map();
      shelf.changed = false;
    }
  }
}
