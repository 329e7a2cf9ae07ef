/**
 * Characters that are not text: they are invisible, break XML (the feeds), crash the search indexer
 * or let a name reorder the site's own words around it. A field may hold none of them; a body may
 * hold tabs and line breaks, and nothing else of these.
 *
 * - C0 controls (U+0000–U+001F) and DEL, C1 controls (U+0080–U+009F, NEL among them);
 * - the noncharacters U+FFFE and U+FFFF;
 * - a lone surrogate (half of a UTF-16 pair, e.g. from a YAML escape "\uDC00");
 * - a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) that is not
 *   closed again in the same text, or a closer without its opener.
 */

import { msg, type Msg } from "../lib/messages/index.ts";

const name = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

const BIDI_OPEN_EMBED = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const PDF = 0x202c;
const BIDI_OPEN_ISOLATE = new Set([0x2066, 0x2067, 0x2068]);
const PDI = 0x2069;

/** What is wrong with `text`, or undefined when it is only text. `multiline` allows tab and line feed. */
export function unsafeTextProblem(text: string, multiline = false): Msg | undefined {
  const stack: ("embed" | "isolate")[] = [];
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    position++;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return msg("text.surrogate", { char: name(unit), at: position });
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return msg("text.surrogate", { char: name(unit), at: position });
    const cp = unit;
    const allowed = multiline && (cp === 0x09 || cp === 0x0a);
    if (!allowed && (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f))) {
      return msg("text.control", { char: name(cp), at: position });
    }
    if (cp === 0xfffe || cp === 0xffff) return msg("text.noncharacter", { char: name(cp), at: position });
    if (BIDI_OPEN_EMBED.has(cp)) stack.push("embed");
    else if (BIDI_OPEN_ISOLATE.has(cp)) stack.push("isolate");
    else if (cp === PDF || cp === PDI) {
      if (stack.pop() !== (cp === PDF ? "embed" : "isolate")) {
        return msg("text.bidi-stray", { char: name(cp), at: position });
      }
    }
  }
  if (stack.length > 0) return msg("text.bidi-open");
  return undefined;
}
