/**
 * Bytes → text: strict UTF-8, and the one normalisation every content file gets (BOM and
 * zero-width characters removed, CRLF/CR turned into LF, Unicode NFC).
 */
import { msg, type Msg } from "../lib/messages/index.ts";

/** A problem inside one file, before the caller names the file: its line and field where known, and its message. */
export interface FileProblem extends Msg {
  line?: number;
  field?: string;
}

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes as strict UTF-8; invalid bytes are an error naming the line. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // find the first bad byte to name its line
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          return { ok: false, problem: { line, ...msg("file.not-utf8") } };
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, problem: msg("file.not-utf8") };
  }
}

/**
 * BOM and zero-width characters removed, CRLF/CR turned into LF, Unicode NFC. Invisible characters
 * go first, so that one between a CR and its LF cannot turn one line break into two.
 */
export function normaliseText(text: string): string {
  return text.replace(ZERO_WIDTH, "").replace(/\r\n?/g, "\n").normalize("NFC");
}
