// Eleventy 3 ships no type declarations; this names the one export the configuration uses.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
}
