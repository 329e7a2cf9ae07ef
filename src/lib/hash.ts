/** The one hash of the project: SHA-256 of bytes or text (as UTF-8), as 64 lowercase hexadecimal digits. */
import { createHash } from "node:crypto";

export const HASH_ALGORITHM = "sha256";

/** The SHA-256 of the parts, one after the other, as if they were one string of bytes. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash(HASH_ALGORITHM);
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}
