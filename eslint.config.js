// ESLint flat config. Besides the recommended rules, it keeps the layers of src/ in one direction:
//   cli → render → site → content;  editor → content;  perf → content;  nothing imports cli/.
// Eleventy and Pagefind are loaded only in src/render/ (and the wiring in .eleventy.ts).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

/** What each layer of src/ may not import: other layers (by relative path) and packages. */
const LAYERS = {
  content: { layers: ["site", "render", "editor", "perf", "cli"], packages: true },
  site: { layers: ["render", "editor", "perf", "cli"], packages: true },
  render: { layers: ["editor", "perf", "cli"], packages: false },
  editor: { layers: ["site", "render", "perf", "cli"], packages: true },
  perf: { layers: ["site", "render", "editor", "cli"], packages: true },
  cli: { layers: [], packages: true },
};

const RENDERERS = ["@11ty/eleventy", "pagefind"];

const boundaries = Object.entries(LAYERS).map(([layer, { layers, packages }]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        ...(packages && { paths: RENDERERS.map((name) => ({ name, message: "Only src/render/ loads Eleventy and Pagefind." })) }),
        patterns:
          layers.length === 0
            ? []
            : [
                {
                  regex: `^(?:\\.\\./)+(?:${layers.join("|")})/`,
                  message: `src/${layer}/ may not import from src/{${layers.join(",")}}/: the layers go cli → render → site → content, editor → content, perf → content.`,
                },
              ],
      },
    ],
  },
}));

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
