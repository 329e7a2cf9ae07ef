/**
 * What a message is: a stable code and its parameters, rendered in a language only when it is
 * printed (index.ts `say`). A catalogue entry holds one render function per language; a third
 * language is one more function per entry, not a change to the message type.
 */

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type Params = Record<string, unknown>;

/** A message: its code (stable, for tools: `tag.unknown`) and the parameters its text is made from. */
export interface Msg {
  readonly code: string;
  readonly params: Params;
}

/** Renders a message nested in another one's parameters, in the same language. */
export type Sub = (m: Msg) => string;
type Render<P> = (p: P, sub: Sub) => string;
export type Entry<P extends Params> = { readonly [L in Lang]: Render<P> };

/** A catalogue entry: its Indonesian text, then its English text. */
export const entry = <P extends Params = Record<never, never>>(id: Render<P>, en: Render<P>): Entry<P> => ({ id, en });

/** A value in double quotes. */
export const q = (s: unknown): string => `"${String(s)}"`;
