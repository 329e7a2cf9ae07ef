/**
 * A command's options table: each option once, with its type and its help in both languages. The
 * same table drives the strict parse (src/cli/run.ts, node's parseArgs) and the usage text
 * (`usageText`, printed with `--help` and after a wrong command line), so that the two cannot drift.
 */
import type { Lang } from "./messages/entry.ts";

/** A text in every language of the catalogue. */
export type Text = Readonly<Record<Lang, string>>;

export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** the value's placeholder in the synopsis, e.g. FOLDER / DIR */
  readonly value?: Text;
  /** shown without brackets in the synopsis: the command stops with exit 2 and its own message without it */
  readonly required?: boolean;
  /** what it does, and its default */
  readonly help: Text;
  /** left out of the synopsis: the command's `args` show where it goes (a subcommand's own option) */
  readonly inArgs?: true;
}

export interface CommandSpec {
  /** how it is run: `npm run build`, `npm start` */
  readonly name: string;
  /** what comes before the options, e.g. `<teks.txt | ->` */
  readonly args?: Text;
  /** the most positional arguments it takes */
  readonly positionals?: number;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** lines printed after the options */
  readonly notes?: Text;
}

const WORD: Record<Lang, string> = { id: "Pemakaian", en: "Usage" };

/** One option as the synopsis shows it: `--output FOLDER`, `--force`. */
function synopsisOf(name: string, o: OptionSpec, lang: Lang): string {
  return o.value === undefined ? `--${name}` : `--${name} ${o.value[lang]}`;
}

/**
 * The usage text: `Pemakaian: npm run build [-- --output FOLDER] [--articles FOLDER]`, then one
 * line per option with its help, then the notes.
 */
export function usageText(spec: CommandSpec, lang: Lang): string {
  const parts: string[] = [];
  if (spec.args !== undefined) parts.push(spec.args[lang]);
  for (const [name, o] of Object.entries(spec.options)) {
    if (o.inArgs) continue;
    const s = synopsisOf(name, o, lang);
    parts.push(o.required ? s : `[${s}]`);
  }
  // npm passes what follows `--` to the script: the first argument carries it
  const first = parts[0];
  if (first !== undefined) parts[0] = first.startsWith("[") ? `[-- ${first.slice(1)}` : `-- ${first}`;
  const width = Math.max(0, ...Object.keys(spec.options).map((n) => n.length + 2)) + 3;
  const lines = [`${WORD[lang]}: ${[spec.name, ...parts].join(" ")}`];
  for (const [name, o] of Object.entries(spec.options)) lines.push(`  ${`--${name}`.padEnd(width)}${o.help[lang]}`);
  if (spec.notes !== undefined) lines.push(spec.notes[lang]);
  return lines.join("\n");
}

/** The options for node's parseArgs. */
export function parseArgsOptions(spec: CommandSpec): Record<string, { type: "string" | "boolean" }> {
  return Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type }]));
}

/** The placeholder of a folder in a synopsis. */
export const FOLDER: Text = { id: "FOLDER", en: "DIR" };

/** Options shared by the commands that read the archive. */
export const ARTICLES_OPTION: OptionSpec = {
  type: "string",
  value: FOLDER,
  help: { id: "folder artikel (bawaan: $ARSIP_ARTICLES_DIR atau articles)", en: "the articles folder (default: $ARSIP_ARTICLES_DIR or articles)" },
};

/** The port rule of every command that listens: a whole number from `min` to 65535 (0: any free port). */
export function isPort(text: string, min: 0 | 1): boolean {
  return /^\d+$/.test(text) && Number(text) >= min && Number(text) <= 65535;
}
