/** Citations (`via`) and outlets named in the text: citation verbs, datelines, furniture lines. */
import { AGENCIES } from "./agencies.ts";
import { CITE_VERBS } from "./citation-verbs.ts";
import { WEEKDAYS } from "./date-words.ts";
import { escapeRe, lookup, outletName, wordRe } from "./names.ts";
import { OUTLETS } from "./outlets.ts";
import type { Line } from "./types.ts";

const cap = (verb: string): string => `[${verb.charAt(0).toUpperCase()}${verb.charAt(0)}]${escapeRe(verb.slice(1)).replace(/ /g, "\\s+")}`;
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})`;
const CITE_RE = new RegExp(String.raw`(?<![\p{L}])(${CITE_VERBS.map(([v]) => cap(v)).join("|")})\s+${NAME}(?:\s+dari\s+${NAME})?`, "gu");

export function cleanName(raw: string): string {
  const tokens = raw.replace(/[.,;:!?’']+$/, "").split(/\s+/);
  while (tokens.length > 1 && WEEKDAYS[(tokens[tokens.length - 1] ?? "").toLowerCase()] !== undefined) tokens.pop();
  return tokens.join(" ").replace(/[.,;:!?’']+$/, "");
}

/** A cited source: known agencies by their display name; others as written when `acceptUnknown`. */
export function sourceName(raw: string, acceptUnknown: boolean): string | undefined {
  const name = cleanName(raw);
  const known = lookup(AGENCIES, name) ?? lookup(OUTLETS, name);
  if (known) return known;
  // a longer capture that starts with a known name: "Reuters Senin" → Reuters
  for (const [display, spellings] of AGENCIES) {
    for (const s of [display, ...spellings]) if (name.startsWith(`${s} `)) return display;
  }
  return acceptUnknown && name.length <= 60 ? name : undefined;
}

interface Citation {
  name: string;
  line: number;
  evidence: string;
}

export function citations(lines: readonly Line[]): Citation[] {
  const out: Citation[] = [];
  for (const line of lines) {
    CITE_RE.lastIndex = 0;
    for (let m = CITE_RE.exec(line.text); m; m = CITE_RE.exec(line.text)) {
      const verb = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const acceptUnknown = CITE_VERBS.find(([v]) => v === verb)?.[1] ?? false;
      const first = sourceName(m[2] ?? "", acceptUnknown);
      if (first) out.push({ name: first, line: line.n, evidence: `${m[1]} ${cleanName(m[2] ?? "")}` });
      if (m[3] !== undefined) {
        const second = sourceName(m[3], false);
        if (second) out.push({ name: second, line: line.n, evidence: `dari ${cleanName(m[3])}` });
      }
    }
  }
  return out;
}

/** Known agencies named anywhere in the text (case-sensitive: they are proper nouns). */
export function agenciesNamed(text: string): string[] {
  return AGENCIES.filter(([display, spellings]) => [display, ...spellings].some((s) => wordRe(s, true).test(text))).map(([d]) => d);
}

/** An outlet in a dateline at the start of the first paragraph. */
export function datelineOutlet(text: string): { name: string; evidence: string } | undefined {
  // KONTAN.CO.ID - SEOUL.  /  Liputan6.com, Jakarta -
  const domain = /^([A-Za-z0-9-]+(?:\.[A-Za-z]{2,}){1,2})\s*(?:[-–—]|,)/.exec(text);
  if (domain?.[1]) {
    const name = outletName(domain[1]);
    if (name) return { name, evidence: domain[0].replace(/\s*[-–—,]$/, "").trim() };
  }
  // JAKARTA (ANTARA) -
  const paren = /^\p{Lu}[\p{L} .]*\s\(([\p{L} .]+)\)\s*[-–—]/u.exec(text);
  if (paren?.[1]) {
    const name = lookup(OUTLETS, paren[1]);
    if (name) return { name, evidence: paren[0].replace(/\s*[-–—]$/, "") };
  }
  // Pyongyang, Purna Warta  /  Jakarta, CNN Indonesia --
  const place = /^(\p{Lu}[\p{L} .]*?),\s+/u.exec(text);
  if (place) {
    const rest = text.slice(place[0].length);
    for (const [display, spellings] of OUTLETS) {
      for (const s of [display, ...spellings]) {
        if (new RegExp(`^${escapeRe(s)}(?![\\p{L}\\p{N}])`, "u").test(rest)) return { name: display, evidence: `${place[0]}${rest.slice(0, s.length)}` };
      }
    }
  }
  return undefined;
}

/** An outlet named by a removed furniture line (promo, copyright). */
export function furnitureOutlet(text: string): string | undefined {
  const promo = /^mau\s+berita\s+terbaru\s+(?:lainnya\s+)?dari\s+(.+?)\s*\?/i.exec(text);
  if (promo?.[1]) return outletName(promo[1]);
  const copyright = /^(?:(?:copyright|hak\s+cipta)\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(.+?)(?:[.,]?\s*all\s+rights\s+reserved.*)?$/i.exec(
    text,
  );
  if (/^(?:copyright|hak\s+cipta|©)/i.test(text) && copyright?.[1]) return outletName(copyright[1].replace(/^(?:©|\(c\))\s*/i, ""));
  return undefined;
}
