/**
 * The one YAML module: how every file of the archive is read (frontmatter and tags.yaml) and how
 * the tools write a value back.
 *
 * Reading uses the `yaml` package's failsafe schema: every scalar stays the string the editor
 * wrote (`012` stays "012", `no` stays "no", `2021-02-30` is never turned into 2 March); the schema
 * decides what a value means. Duplicate keys are errors and aliases are capped, so an alias bomb
 * cannot blow up memory.
 */
import { LineCounter, parseDocument, type Document } from "yaml";

/** Aliases a document may expand before it is refused. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedYaml {
  doc: Document;
  /** 1-based line of an offset into the text */
  lineAt(offset: number): number;
}

/** Parse YAML text with the archive's rules. Errors are in `doc.errors`. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "failsafe", uniqueKeys: true, prettyErrors: false, strict: true, lineCounter });
  return { doc, lineAt: (offset) => lineCounter.linePos(offset).line };
}

/** The document as plain data (strings, arrays, objects); throws on an alias bomb. */
export function yamlData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/** The first line of a `yaml` error message, without its own "at line N, column M" (the caller names the line). */
export function yamlMessage(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/**
 * A YAML scalar for a value the tools write: plain when that is unambiguous, else double-quoted
 * (JSON string syntax is valid YAML). The archive reads YAML with the failsafe schema, so `no` or
 * `012` stay text either way.
 */
export function yamlString(value: string): string {
  const plainSafe =
    value !== "" && /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u.test(value) && !/\s$/u.test(value) && !/: |:$| #/u.test(value) && ![...value].some(isControl);
  if (plainSafe) return value;
  return JSON.stringify(value)
    .replace(/\u0085/g, "\\u0085")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A flow list of values: `[kim-jong-un, beijing]`. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(", ")}]`;
}

/** A frontmatter value the tools write: text, a list of ids, or a flag (only `true` is written). */
export type FrontmatterValue = string | readonly string[] | boolean | undefined;

/**
 * The frontmatter block of a file the tools write: the fields that have a value, in `order`
 * (the schema's field order), each as YAML that reads back as exactly that value.
 */
export function writeFrontmatter<T extends { [K in keyof T]: FrontmatterValue }>(fields: T, order: readonly string[]): string {
  const lines = ["---"];
  for (const key of order) {
    const v = (fields as Readonly<Record<string, FrontmatterValue>>)[key];
    if (v === undefined || v === false || (Array.isArray(v) && v.length === 0)) continue;
    lines.push(`${key}: ${v === true ? "true" : typeof v === "string" ? yamlString(v) : yamlList(v as readonly string[])}`);
  }
  lines.push("---");
  return `${lines.join("\n")}\n`;
}

/** Characters YAML cannot hold in a plain scalar: C0 controls, DEL, NEL and the Unicode line separators. */
function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029;
}
