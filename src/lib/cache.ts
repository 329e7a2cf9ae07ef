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
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { PROJECT_ROOT, walkFiles, writeFileAtomic } from "./files.ts";
import { sha256 } from "./hash.ts";

export interface Cache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  /** Keep the entry under `key`, if there is one, for the next run without reading it: this run may not need it, the archive still does. */
  keep(key: string): void;
}

/** No cache: every run does all the work. */
export const NO_CACHE: Cache = { get: () => undefined, set: () => undefined, keep: () => undefined };

/**
 * The value kept under `key`, or `compute()`'s, kept under `key` for the next run. A kept value
 * that is not of the shape `valid` expects counts as none: it is computed again, never used.
 */
export function cached<T>(cache: Cache, key: string, compute: () => T, valid: (v: unknown) => v is T): T {
  const hit = cache.get<unknown>(key);
  if (hit !== undefined && valid(hit)) return hit;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The SHA-256 of `input`, for cache keys. */
export function contentKey(kind: string, ...input: (string | Uint8Array)[]): string {
  return `${kind}:${sha256(...input.map((part) => (typeof part === "string" ? `${part.length}:${part}` : part)))}`;
}

/** The SHA-256 of `prefix`, then each file's path and bytes, in the order given. */
export function filesKey(files: readonly string[], prefix = ""): string {
  return sha256(prefix, ...files.flatMap((abs) => [`${abs}\n`, readFileSync(abs)]));
}

/** Every file of the code that could change a cached result, the lock file (the dependencies) and Node's version. */
export function codeKey(root = PROJECT_ROOT): string {
  return filesKey([...walkFiles(join(root, "src")).map((f) => f.abs), join(root, "package-lock.json")], `${process.version}\n`);
}

const kindOf = (key: string): string => key.slice(0, Math.max(0, key.indexOf(":")));

/**
 * One kind's entries, each kept as its serialised bytes: an entry read from the file is written
 * back as the same bytes, never deserialised and serialised again, so saving a kind where one
 * entry changed costs a copy of the file, not a serialisation of every entry (2.5 s for the
 * articles of a 10,000-article archive). `values` holds the entries deserialised or set so far,
 * each only as long as something else holds it (a WeakRef): the cache never keeps a whole
 * archive's shared passages in memory, and an entry dropped is deserialised again when asked for.
 */
interface Shelf {
  old: Map<string, Uint8Array>;
  used: Map<string, Uint8Array>;
  values: Map<string, WeakRef<object>>;
  changed: boolean;
}

/**
 * A kind's file: `arsip-cache 2\n`, the code key and a newline, then for each entry the byte
 * lengths of its key and its value (two unsigned 32-bit little-endian numbers), the SHA-256 of its
 * key and value (32 bytes), the key (UTF-8) and the value (node:v8 serialised).
 */
const MAGIC = "arsip-cache 2\n";
const DIGEST = 32;

/** The digest an entry is kept with: of its key and its value, so that a value moved under another key does not check out either. */
const entryDigest = (key: Uint8Array, value: Uint8Array): Buffer => Buffer.from(sha256(`${key.length}:`, key, value), "hex");

function encodeShelf(code: string, entries: ReadonlyMap<string, Uint8Array>): Buffer {
  const parts: Uint8Array[] = [Buffer.from(`${MAGIC}${code}\n`, "utf8")];
  for (const [key, value] of entries) {
    const keyBytes = Buffer.from(key, "utf8");
    const lengths = Buffer.alloc(8);
    lengths.writeUInt32LE(keyBytes.length, 0);
    lengths.writeUInt32LE(value.length, 4);
    parts.push(lengths, entryDigest(keyBytes, value), keyBytes, value);
  }
  return Buffer.concat(parts);
}

/**
 * The entries of a kind's file, as slices of `bytes`, each with its digest (checked when it is
 * used); none when it was made by other code, and an error when it is damaged.
 */
function decodeShelf(bytes: Buffer, code: string): Map<string, Uint8Array> {
  const header = Buffer.from(`${MAGIC}${code}\n`, "utf8");
  const entries = new Map<string, Uint8Array>();
  if (bytes.length < header.length || !bytes.subarray(0, header.length).equals(header)) return entries;
  let at = header.length;
  while (at < bytes.length) {
    if (at + 8 + DIGEST > bytes.length) throw new Error("truncated cache file");
    const keyLength = bytes.readUInt32LE(at);
    const valueLength = bytes.readUInt32LE(at + 4);
    const keyAt = at + 8 + DIGEST;
    const end = keyAt + keyLength + valueLength;
    if (end > bytes.length) throw new Error("truncated cache file");
    const key = bytes.subarray(keyAt, keyAt + keyLength);
    const value = bytes.subarray(keyAt + keyLength, end);
    // an entry whose bytes are not the ones it was kept with is no entry
    if (bytes.subarray(at + 8, keyAt).equals(entryDigest(key, value))) entries.set(key.toString("utf8"), value);
    at = end;
  }
  return entries;
}

/** Keep a deserialised object for as long as it is used elsewhere (a string or number is deserialised each time: it is small). */
function remember(shelf: Shelf, key: string, value: unknown): void {
  if (typeof value === "object" && value !== null) shelf.values.set(key, new WeakRef(value));
  else shelf.values.delete(key);
}

/**
 * The cache kept in `dir` for the code whose key is `code`: one file per kind of entry
 * (`article.bin`, `event.bin`, `shared-passages.bin`…), read when a run first asks for that kind,
 * so that `npm run check` never reads the build's shared passages.
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
    if (!shelf) this.shelves.set(kind, (shelf = { old: this.read(kind), used: new Map(), values: new Map(), changed: false }));
    return shelf;
  }

  /** The entries of one kind's file, or none when it is missing, unreadable, damaged or made by other code. */
  private read(kind: string): Map<string, Uint8Array> {
    try {
      return decodeShelf(readFileSync(this.fileOf(kind)), this.code);
    } catch {
      return new Map();
    }
  }

  get<T>(key: string): T | undefined {
    const shelf = this.shelf(kindOf(key));
    const bytes = shelf.used.get(key) ?? shelf.old.get(key);
    if (bytes === undefined) return undefined;
    let value: unknown = shelf.values.get(key)?.deref();
    if (value === undefined) {
      try {
        value = deserialize(bytes);
      } catch {
        // a damaged entry is no entry
        return undefined;
      }
      remember(shelf, key, value);
    }
    shelf.used.set(key, bytes);
    return value as T;
  }

  /** Keep `value` under `key`, as it is now: it is serialised at once. */
  set(key: string, value: unknown): void {
    const shelf = this.shelf(kindOf(key));
    shelf.used.set(key, serialize(value));
    remember(shelf, key, value);
    shelf.changed = true;
  }

  keep(key: string): void {
    const shelf = this.shelf(kindOf(key));
    const bytes = shelf.old.get(key);
    if (bytes !== undefined && !shelf.used.has(key)) shelf.used.set(key, bytes);
  }

  /**
   * Write, atomically, each kind this run used whose entries changed: what this run used of it. A
   * kind this run did not use stays as it was, also when a long-running command (the preview)
   * saves twice without a run in between.
   */
  save(): void {
    for (const [kind, shelf] of this.shelves) {
      if (shelf.used.size === 0) continue;
      if (shelf.changed || shelf.used.size !== shelf.old.size) {
        mkdirSync(this.dir, { recursive: true });
        writeFileAtomic(this.fileOf(kind), encodeShelf(this.code, shelf.used));
        shelf.old = shelf.used;
      }
      // a long-running command (the preview) saves after each run: the next one starts from what was
      // saved, with the values already deserialised
      for (const key of shelf.values.keys()) if (!shelf.used.has(key)) shelf.values.delete(key);
      shelf.used = new Map();
      shelf.changed = false;
    }
  }
}
