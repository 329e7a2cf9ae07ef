/**
 * The catalogue of every text a user reads from the commands: each in Indonesian (the default)
 * and in English (`ARSIP_LANG=en`, for CI logs and contributors), under a stable code that
 * `--json` output carries beside the text. A message is made as a code and its parameters
 * (`msg`); what prints it renders it in the run's language (`say`). The entries are split by
 * area, one file each; no message text lives anywhere else.
 */
import { ARCHIVE } from "./archive.ts";
import { BUILD } from "./build.ts";
import { CLI } from "./cli.ts";
import { CONTENT } from "./content.ts";
import { EDITOR } from "./editor.ts";
import type { Entry, Lang, Msg, Params } from "./entry.ts";
import { REPORT } from "./report.ts";
import { TOOLS } from "./tools.ts";

export { LANGS, type Lang, type Msg } from "./entry.ts";

export const MESSAGES = { ...CONTENT, ...ARCHIVE, ...CLI, ...BUILD, ...EDITOR, ...TOOLS, ...REPORT };

export type Code = keyof typeof MESSAGES;
type ParamsOf<C extends Code> = Parameters<(typeof MESSAGES)[C]["en"]>[0];

/** `ARSIP_LANG=en` (or `en-…`) gives English; anything else, or nothing, Indonesian. */
export function langOf(env: Readonly<Record<string, string | undefined>>): Lang {
  return /^en(?:$|[-_.])/i.test(env.ARSIP_LANG?.trim() ?? "") ? "en" : "id";
}

/** A message from the catalogue: its code and parameters, checked against the entry's. */
export function msg<C extends Code>(code: C, ...params: [ParamsOf<C>] extends [never] ? [] : [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>]): Msg {
  return { code, params: (params[0] ?? {}) as Params };
}

/** The text of a message in a language. */
export function say(m: Msg, lang: Lang): string {
  const e = MESSAGES[m.code as Code] as unknown as Entry<Params> | undefined;
  if (e === undefined) throw new Error(`no message "${m.code}" in the catalogue`);
  return e[lang](m.params, (nested) => say(nested, lang));
}
