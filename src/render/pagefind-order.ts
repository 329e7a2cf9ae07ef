/**
 * Making Pagefind's output the same for the same site.
 *
 * Pagefind 1.5 keeps filter values in a hash map with a random seed and writes them in that map's
 * order (pagefind/src/index/mod.rs, "TODO: Change filter indexes to BTree to give them a stable
 * hash"): each build writes the values of a filter (topik, tahun, sumber, jenis) in another
 * order, so the filter files get other names, and so do the metadata file that lists them and
 * pagefind-entry.json that names it. Everything else it writes is already the same every time.
 *
 * stableFilters() rewrites those files as Pagefind would have written them with ordered maps:
 * filter values sorted, filters listed by name, each file named by the SHA-1 of its content the
 * way Pagefind names it (utils.rs full_hash; "<lang>_" + 7 characters for a filter file, 10 for
 * the metadata). The encoding is Pagefind's own: gzip of "pagefind_dcd" + CBOR, CBOR as minicbor
 * writes it (definite arrays, shortest integers, text strings), so that decoding and encoding an
 * unchanged file gives back its exact bytes (tests/unit/pagefind-order.test.ts).
 */
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync, constants } from "node:zlib";

/** One file of the index as Pagefind hands it over: its path under pagefind/ and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

type Cbor = number | string | Cbor[];

const MAGIC = Buffer.from("pagefind_dcd");

/** Decode the subset of CBOR Pagefind writes: unsigned integers, text strings, arrays. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: unsupported length ${info} at ${at}`);
    const n = 1 << size;
    const v = n === 1 ? view.getUint8(at) : n === 2 ? view.getUint16(at) : n === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += n;
    return v;
  };
  const item = (): Cbor => {
    const head = bytes[at++];
    if (head === undefined) throw new Error("CBOR: unexpected end");
    const major = head >> 5;
    const n = argument(head & 31);
    if (major === 0) return n;
    if (major === 3) {
      const text = Buffer.from(bytes.buffer, bytes.byteOffset + at, n).toString("utf8");
      at += n;
      return text;
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`CBOR: unsupported major type ${major} at ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left over`);
  return value;
}

/** Encode as minicbor does: the shortest head for every integer and length. */
export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number): void => {
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 0x100) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 0x10000) {
      const b = Buffer.alloc(3);
      b[0] = (major << 5) | 25;
      b.writeUInt16BE(n, 1);
      parts.push(b);
    } else if (n < 0x100000000) {
      const b = Buffer.alloc(5);
      b[0] = (major << 5) | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = (major << 5) | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const put = (v: Cbor): void => {
    if (typeof v === "number") head(0, v);
    else if (typeof v === "string") {
      const b = Buffer.from(v, "utf8");
      head(3, b.length);
      parts.push(b);
    } else {
      head(4, v.length);
      v.forEach(put);
    }
  };
  put(value);
  return Buffer.concat(parts);
}

/** A compressed index file's CBOR value. */
export function readIndexFile(content: Uint8Array): Cbor {
  const raw = gunzipSync(content);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("not a Pagefind index file");
  return decodeCbor(raw.subarray(MAGIC.length));
}

/** Pagefind's full_hash: SHA-1, each byte in hex without leading zero (Rust's `{:x?}`). */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash("sha1").update(bytes).digest()].map((b) => b.toString(16)).join("");
}

const compress = (cbor: Buffer): Buffer => gzipSync(Buffer.concat([MAGIC, cbor]), { level: constants.Z_BEST_COMPRESSION });

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function asList(v: Cbor, what: string): Cbor[] {
  if (!Array.isArray(v)) throw new Error(`Pagefind ${what}: expected a list`);
  return v;
}

/**
 * The index files with every filter's values in order and the filters listed by name, renamed by
 * their content; the other files as they were. Throws when the files are not laid out as
 * Pagefind 1.5 lays them out (the build then fails rather than write an index that may not load).
 */
export function stableFilters(files: readonly IndexFile[]): IndexFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const entryFile = byPath.get("pagefind-entry.json");
  if (!entryFile) throw new Error("Pagefind wrote no pagefind-entry.json");
  let entryText = Buffer.from(entryFile.content).toString("utf8");
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string }> };
  const replaced = new Map<string, IndexFile | undefined>();

  for (const [language, { hash: metaHash }] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${metaHash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new Error(`Pagefind wrote no ${metaPath}`);
    const meta = asList(readIndexFile(metaFile.content), "metadata");
    const filters = asList(meta[3] ?? [], "filter list").map((f) => asList(f, "filter"));
    const taken = new Set<string>();
    const renamed: Cbor[] = [];
    for (const [name, oldHash] of [...filters].sort((a, b) => byText(String(a[0]), String(b[0])))) {
      const oldPath = `filter/${String(oldHash)}.pf_filter`;
      const file = byPath.get(oldPath);
      if (!file || typeof name !== "string") throw new Error(`Pagefind wrote no ${oldPath}`);
      const [filterName, values] = asList(readIndexFile(file.content), "filter file");
      const sorted = asList(values ?? [], "filter values")
        .map((v) => asList(v, "filter value"))
        .sort((a, b) => byText(String(a[0]), String(b[0])));
      const cbor = encodeCbor([filterName ?? name, sorted]);
      // as Pagefind names it: "<lang>_" and 7 characters of the hash, more only on a collision
      const full = `${language}_${pagefindHash(cbor)}`;
      let short = full.slice(0, language.length + 8);
      while (taken.has(short) && short.length < full.length) short = full.slice(0, short.length + 1);
      taken.add(short);
      replaced.set(oldPath, undefined);
      replaced.set(`filter/${short}.pf_filter`, { path: `filter/${short}.pf_filter`, content: compress(cbor) });
      renamed.push([name, short]);
    }
    const metaCbor = encodeCbor([...meta.slice(0, 3), renamed, ...meta.slice(4)]);
    const newMetaHash = `${language}_${pagefindHash(metaCbor).slice(0, language.length + 8)}`;
    replaced.set(metaPath, undefined);
    replaced.set(`pagefind.${newMetaHash}.pf_meta`, { path: `pagefind.${newMetaHash}.pf_meta`, content: compress(metaCbor) });
    entryText = entryText.replace(JSON.stringify(metaHash), JSON.stringify(newMetaHash));
  }
  replaced.set("pagefind-entry.json", { path: "pagefind-entry.json", content: Buffer.from(entryText, "utf8") });

  const out = files.filter((f) => !replaced.has(f.path));
  for (const f of replaced.values()) if (f) out.push(f);
  return out.sort((a, b) => byText(a.path, b.path));
}
