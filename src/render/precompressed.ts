/**
 * Compressed copies of the large files, written by the build beside them (`arsip.json.br`,
 * `arsip.json.gz`) and sent as files: nginx's gzip_static pattern. A host that compresses a 20 MB
 * file for each reader holds a compressor per reader for as long as the reader takes; a file
 * already compressed is sent like any other file, as fast as the reader reads, with nothing held
 * for it but the socket. Small files are compressed on the way: they fit in the socket's buffers
 * whole, so their compressor is done at once whatever the reader does.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { typeOf } from "./serve.ts";

/** Files at least this large, of a type that is compressed, get compressed copies. */
export const PRECOMPRESS_MIN = 1024 * 1024;

/** The encodings, in the order a host prefers them: the Content-Encoding, the copy's file suffix, how it is made. */
export const ENCODINGS = [
  {
    name: "br",
    suffix: ".br",
    compress: (bytes: Uint8Array): Buffer =>
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  },
  { name: "gzip", suffix: ".gz", compress: (bytes: Uint8Array): Buffer => gzipSync(bytes, { level: 9 }) },
] as const;

/** Whether a file of the site (its path, its size in bytes) gets compressed copies. */
export function precompressed(path: string, size: number): boolean {
  return size >= PRECOMPRESS_MIN && typeOf(path).compress;
}

/**
 * The copy to send for a request that accepts `acceptEncoding`: the first of ENCODINGS it accepts
 * (not with q=0), or undefined for the file itself.
 */
export function chosenEncoding(acceptEncoding: string | undefined): (typeof ENCODINGS)[number] | undefined {
  if (acceptEncoding === undefined) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return ENCODINGS.find((e) => (accepted.get(e.name) ?? accepted.get("*") ?? 0) > 0);
}
