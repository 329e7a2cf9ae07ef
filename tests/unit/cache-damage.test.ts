/**
 * A damaged cache never changes what is published (src/lib/cache.ts): any byte of any cache file
 * flipped, or an entry's value replaced by another well-formed value, and the site data (every
 * page's text as rendered, every data and citation file) is what a build without a cache makes,
 * with no exception thrown.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { DiskCache, NO_CACHE, type Cache } from "../../src/lib/cache.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { siteConfig } from "../../src/site/config.ts";
import { siteData } from "../../src/site/pages.ts";
import { SEED_ARTICLES } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });
const CODE = "test-code";

/** A value with its lazily rendered fields read: the page views' getters are own enumerable properties. */
function plain(v: unknown): unknown {
  if (v instanceof Map) return [...v].map(([k, x]) => [plain(k), plain(x)]);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.keys(v).map((k) => [k, plain((v as Record<string, unknown>)[k])]));
  return v;
}

/** What a build publishes, short of Eleventy's templates: the site data as the templates read it. */
function published(cache: Cache): string {
  const { archive, problems } = loadArchive(SEED_ARTICLES, { cache });
  if (!archive) throw new Error(JSON.stringify(problems));
  return JSON.stringify(plain(siteData(archive, SITE, cache)));
}

const clean = published(NO_CACHE);

/** A cache folder filled by one run over the included archive. */
function filledCache(): string {
  const dir = mkdtempSync(join(tmpdir(), "arsip-cache-damage-"));
  const cache = DiskCache.open(dir, CODE);
  published(cache);
  cache.save();
  return dir;
}
const filled = filledCache();
const kinds = readdirSync(filled).sort();

function copyOfFilled(): string {
  const dir = mkdtempSync(join(tmpdir(), "arsip-cache-damage-"));
  cpSync(filled, dir, { recursive: true });
  return dir;
}

/** The entries of a cache file: where each value starts and ends (see the format in src/lib/cache.ts). */
function entriesOf(bytes: Buffer): { valueAt: number; valueEnd: number }[] {
  let at = bytes.indexOf("\n", bytes.indexOf("\n") + 1) + 1;
  const out: { valueAt: number; valueEnd: number }[] = [];
  while (at < bytes.length) {
    const keyLength = bytes.readUInt32LE(at);
    const valueLength = bytes.readUInt32LE(at + 4);
    const valueAt = at + 8 + 32 + keyLength;
    out.push({ valueAt, valueEnd: valueAt + valueLength });
    at = valueAt + valueLength;
  }
  return out;
}

describe("a damaged cache", () => {
  it("fills a file per kind, whose use gives the same site as no cache", () => {
    expect(kinds).toEqual([
      "article.bin",
      "comparison.bin",
      "event.bin",
      "plain-text.bin",
      "printed-names.bin",
      "reference.bin",
      "shared-passages.bin",
      "shared-quotations.bin",
      "spellings.bin",
    ]);
    expect(published(DiskCache.open(copyOfFilled(), CODE))).toBe(clean);
  });

  it("never changes the site, whichever bit of whichever file is flipped", () => {
    fc.assert(
      fc.property(fc.nat({ max: kinds.length - 1 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat({ max: 7 }), (k, where, bit) => {
        const dir = copyOfFilled();
        const file = join(dir, kinds[k] ?? "");
        const bytes = readFileSync(file);
        const at = Math.floor(where * bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
        writeFileSync(file, bytes);
        expect(published(DiskCache.open(dir, CODE))).toBe(clean);
      }),
      { numRuns: 40 },
    );
  });

  it.each(kinds)("never publishes a well-formed value put in place of another in %s", (kind) => {
    const dir = copyOfFilled();
    const file = join(dir, kind);
    const bytes = readFileSync(file);
    const entries = entriesOf(bytes);
    expect(entries.length).toBeGreaterThan(0);
    const [first, second] = entries;
    if (!first) throw new Error(kind);
    // the second entry's value (well formed, of the right shape) under the first entry's key and digest;
    // with one entry, another well-formed value
    const damaged = rewriteValue(bytes, first, second ? bytes.subarray(second.valueAt, second.valueEnd) : serialize({ wrong: "Jorut" }));
    writeFileSync(file, damaged);
    expect(published(DiskCache.open(dir, CODE))).toBe(clean);
  });
});

/** `bytes` with one entry's value replaced by `value` (its length field updated, its digest kept). */
function rewriteValue(bytes: Buffer, entry: { valueAt: number; valueEnd: number }, value: Uint8Array): Buffer {
  const entries = entriesOf(bytes);
  const index = entries.findIndex((e) => e.valueAt === entry.valueAt);
  // the entry's header: walk from the file's header to it
  let at = bytes.indexOf("\n", bytes.indexOf("\n") + 1) + 1;
  for (let i = 0; i < index; i++) at = entries[i]?.valueEnd ?? at;
  const head = Buffer.from(bytes.subarray(0, entry.valueAt));
  head.writeUInt32LE(value.length, at + 4);
  return Buffer.concat([head, value, bytes.subarray(entry.valueEnd)]);
}
