/**
 * Ready-to-copy references of an article, APA 7 and Chicago (notes and bibliography), written by a
 * CSL processor (citeproc-js, the processor Zotero uses) from the very item the citation files hold
 * (citations.ts), in Indonesian where the style allows (the id-ID locale: "t.t." for no date,
 * Indonesian month names). The styles and locales are the Citation Style Language project's
 * (csl/, CC BY-SA 3.0), kept here so that a build needs nothing installed.
 *
 * The processor reads a few HTML-like tags in a value as formatting (`<i>`, `<b>`, `<sup>`, `<sub>`,
 * `<sc>`, `<span …>`); a title that prints such a tag must show it as printed, so each is kept from
 * the processor by a marker character placed after its `<`, and the marker is taken out of the
 * output. Everything else in a value is escaped by the processor (`&#60;script&#62;`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cached, contentKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { isRecord } from "../lib/shape.ts";
import type { CslItem } from "./citations.ts";

const require = createRequire(import.meta.url);

/** citeproc-js as much of it as this module uses. */
interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
}
interface CiteprocModule {
  Engine: new (sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown }, style: string, lang: string, forceLang: boolean) => Engine;
}

/** The styles a page shows, in the order it shows them: the label a reader sees and the CSL file. */
export const REFERENCE_STYLES = [
  { key: "apa", label: "APA 7", file: "apa.csl" },
  { key: "chicago", label: "Chicago (catatan dan bibliografi)", file: "chicago-note-bibliography.csl" },
] as const;
export type ReferenceStyle = (typeof REFERENCE_STYLES)[number]["key"];

const LOCALE = "id-ID";
const cslFile = (name: string): string => readFileSync(new URL(`./csl/${name}`, import.meta.url), "utf8");

let engines: Map<ReferenceStyle, { engine: Engine; items: Map<string, unknown> }> | undefined;

/** One engine per style for the process: building one reads and compiles its style (about 50 ms). */
function engineFor(style: ReferenceStyle): { engine: Engine; items: Map<string, unknown> } {
  engines ??= new Map();
  let e = engines.get(style);
  if (!e) {
    const CSL = require("citeproc") as CiteprocModule;
    const locales = new Map<string, string>();
    const items = new Map<string, unknown>();
    const locale = (lang: string): string => {
      const name = lang === LOCALE ? LOCALE : "en-US";
      let xml = locales.get(name);
      if (xml === undefined) locales.set(name, (xml = cslFile(`locales-${name}.xml`)));
      return xml;
    };
    const file = REFERENCE_STYLES.find((s) => s.key === style)?.file ?? "";
    e = { engine: new CSL.Engine({ retrieveLocale: locale, retrieveItem: (id) => items.get(id) }, cslFile(file), LOCALE, true), items };
    engines.set(style, e);
  }
  return e;
}

/** The tags citeproc-js reads as formatting inside a value. */
const RICH_TAG = /<(?=\/?(?:i|b|sup|sub|sc|span)\b)/gi;
/**
 * Characters the item does not hold (from Unicode's private use area), to stand in for what the
 * processor must not touch: [0] after a `<` that would start a tag, [1] and [2] for the `'` and
 * `"` of an address (which the processor would make typographic quotes).
 */
function markersFor(text: string): [string, string, string] {
  const free: string[] = [];
  for (let c = 0xe000; c < 0xf8ff && free.length < 3; c++) if (!text.includes(String.fromCharCode(c))) free.push(String.fromCharCode(c));
  return [free[0] ?? "\u2060", free[1] ?? "\u2061", free[2] ?? "\u2062"];
}

/** Values as the processor should take them: printed tags kept as text, addresses never capitalised as a sentence's first word. */
function forProcessor(item: CslItem, [marker, apostrophe, quote]: [string, string, string]): CslItem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (typeof value === "string") {
      const text = value.replace(RICH_TAG, `<${marker}`);
      // a style capitalises the first letter after a full stop ("Http://") and curls quotes; an address is not a sentence
      out[key] = key === "URL" || key === "archive_location" ? `<span class="nocase">${text.replaceAll("'", apostrophe).replaceAll('"', quote)}</span>` : text;
    } else if (key === "author" && Array.isArray(value)) {
      out[key] = (value as { literal: string }[]).map((n) => ({ literal: n.literal.replace(RICH_TAG, `<${marker}`) }));
    } else out[key] = value;
  }
  return out as unknown as CslItem;
}

let rendered = 0;

/** An item's reference in one style, as HTML (the processor escapes every value; `<i>` for what the style italicises). */
function render(item: CslItem, style: ReferenceStyle): string {
  const { engine, items } = engineFor(style);
  const markers = markersFor(JSON.stringify(item));
  // a new id each time: the engine keeps what it retrieved under an id, and two sites' items share ids
  const id = String(++rendered);
  items.clear();
  items.set(id, { ...forProcessor(item, markers), id });
  engine.updateItems([id]);
  const bibliography = engine.makeBibliography();
  const html = bibliography ? bibliography[1].join("") : "";
  const [marker, apostrophe, quote] = markers;
  return html
    .split(marker)
    .join("")
    .split(apostrophe)
    .join("&#39;")
    .split(quote)
    .join("&#34;")
    .replace(/^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/, "$1")
    .trim();
}

/** An article's references in every style of REFERENCE_STYLES, from the cache when the same item was rendered before. */
export function references(item: CslItem, cache: Cache = NO_CACHE): Record<ReferenceStyle, string> {
  return cached(
    cache,
    contentKey("reference", JSON.stringify(item)),
    () => {
      const out = {} as Record<ReferenceStyle, string>;
      for (const s of REFERENCE_STYLES) out[s.key] = render(item, s.key);
      return out;
    },
    (v): v is Record<ReferenceStyle, string> => isRecord(v) && REFERENCE_STYLES.every((s) => typeof v[s.key] === "string"),
  );
}
