// ESLint flat config. Besides the recommended rules, it keeps the layers of src/ in one direction:
//   cli → render → site → content → lib;  editor → content;  perf → content;  nothing imports cli/;
//   src/lib/ (messages, files, hashing, the cache, progress, routes) imports no other layer.
// Eleventy and Pagefind (and the Eleventy configuration) are loaded only in src/render/.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

/** What each layer of src/ may not import: other layers (by relative path) and the renderers. */
const LAYERS = {
  lib: { layers: ["content", "site", "render", "editor", "perf", "cli"], renderers: false },
  content: { layers: ["site", "render", "editor", "perf", "cli"], renderers: false },
  site: { layers: ["render", "editor", "perf", "cli"], renderers: false },
  render: { layers: ["editor", "perf", "cli"], renderers: true },
  editor: { layers: ["site", "render", "perf", "cli"], renderers: false },
  perf: { layers: ["site", "render", "editor", "cli"], renderers: false },
  cli: { layers: [], renderers: false },
};

/** Eleventy, its dev server, Pagefind, with their subpaths, and the Eleventy configuration file. */
const RENDERERS = String.raw`^(?:@11ty/eleventy(?:-dev-server)?|pagefind)(?:/.*)?$|(?:^|/)\.eleventy(?:\.ts)?$`;
const RENDERERS_MESSAGE = "Only src/render/ loads Eleventy and Pagefind (and the Eleventy configuration).";

/** A relative import that reaches into one of `layers`, however it is spelled (`../site/`, `./../site/`, `../../src/site/`). */
const reaching = (layers) => String.raw`^\.{1,2}/(?:.*/)?(?:${layers.join("|")})/`;

const boundaries = Object.entries(LAYERS).map(([layer, { layers, renderers }]) => {
  const message = `src/${layer}/ may not import from src/{${layers.join(",")}}/: the layers go cli → render → site → content → lib, editor → content, perf → content.`;
  const patterns = [
    ...(layers.length > 0 ? [{ regex: reaching(layers), message }] : []),
    ...(renderers ? [] : [{ regex: RENDERERS, message: RENDERERS_MESSAGE }]),
  ];
  // import("…") too: a layer may not load another one late either
  const dynamic = patterns.map((p) => ({ selector: `ImportExpression[source.value=/${p.regex.replaceAll("/", "\\/")}/]`, message: p.message }));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": ["error", { patterns }],
      "no-restricted-syntax": ["error", ...dynamic],
    },
  };
});

export default tseslint.config(
  { ignores: ["_site/**", ".build-*/**", ".cache/**", "node_modules/**", "**/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  ...boundaries,
  {
    files: ["templates/assets/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
