/**
 * An article's fingerprint: the SHA-256 of its text, so that anyone can check that a published text
 * is the one the archive holds. The bytes hashed are the article's body exactly as the archive reads
 * it: everything after the line `---` that closes the frontmatter, with the one normalisation every
 * file gets (UTF-8, LF line ends, Unicode NFC, BOM and zero-width characters removed: text.ts),
 * encoded as UTF-8. Written as 64 lowercase hexadecimal digits.
 */
import type { Article } from "./model.ts";
import { HASH_ALGORITHM, sha256 } from "../lib/hash.ts";

export const FINGERPRINT_ALGORITHM = HASH_ALGORITHM;

export function fingerprint(body: string): string {
  return sha256(body);
}

const ofArticle = new WeakMap<Article, string>();

/** An article's fingerprint, computed once however many outputs (data, manifest, CSV, citation) show it. */
export function articleFingerprint(a: Article): string {
  let sha = ofArticle.get(a);
  if (sha === undefined) ofArticle.set(a, (sha = fingerprint(a.body)));
  return sha;
}
