/**
 * The site's own assets (templates/assets/) under content-hashed names: `style.css` is published
 * as `/assets/style.<hash>.css`, the hash being the first FINGERPRINT_LENGTH hex digits of the
 * SHA-256 of its bytes. A changed file gets a new name, so a host may let browsers keep every
 * asset for a year without asking again (src/render/serve.ts, the nginx example in the README);
 * pages, which name the current files, are always revalidated.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { sha256 } from "../lib/hash.ts";

export const FINGERPRINT_LENGTH = 10;

/** One asset: where it comes from, and its published name under /assets/. */
export interface Asset {
  source: string;
  name: string;
}

/** `style.css` with `hash` → `style.<hash>.css`. */
export function fingerprintedName(file: string, hash: string): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}.${hash}${ext}`;
}

/** Every file of `dir` (not its subfolders), by its own name. */
export function fingerprintAssets(dir: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const source = join(dir, entry.name);
    const hash = sha256(readFileSync(source)).slice(0, FINGERPRINT_LENGTH);
    out.set(entry.name, { source, name: fingerprintedName(entry.name, hash) });
  }
  return out;
}

/** A published name of this project's assets: `<name>.<10 hex digits>.<ext>`. */
export const FINGERPRINTED = new RegExp(`\\.[0-9a-f]{${FINGERPRINT_LENGTH}}\\.[a-z0-9]+$`);
