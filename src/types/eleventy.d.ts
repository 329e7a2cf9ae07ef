// Eleventy 3 ships no type declarations; this names the exports the configuration uses.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export class Eleventy {
    constructor(input: string, output: string, options?: { configPath?: string; quietMode?: boolean });
    write(): Promise<unknown>;
  }
}
