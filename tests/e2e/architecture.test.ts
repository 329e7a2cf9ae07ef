/**
 * Facts the code base keeps in one place (src/lib/): every address of a section or feed in the
 * routes module, SHA-256 in one helper, and no module of src/ over 400 lines.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { walkFiles } from "../../src/lib/files.ts";
import { ROOT } from "../support/paths.ts";

const sources = (dir: string, ext: RegExp) => walkFiles(join(ROOT, dir)).filter((f) => ext.test(f.path));

/** The code of a file without its comments: prose may name an address, code may not. */
function code(path: string): string {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".njk")) return text.replace(/\{#[\s\S]*?#\}/g, "");
  // block comments, then line comments (not the // of a URL inside a string: those follow a colon)
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const SECTION = "(?:arsip|topik|sumber|cari|peristiwa|data|assets|pagefind|_pratinjau)";
/**
 * A section's address or the feed's file name, written out in code: in a string (`"/arsip/"`,
 * `"../pagefind/"`), in a regular expression (`/^\/assets\//`), or as a folder joined to a path
 * (`join(site, "pagefind")`).
 */
const ADDRESS = new RegExp(
  [
    `["'\`(=](?:\\.\\.?)?\\/${SECTION}\\/`,
    `["'\`]\\.\\.?\\/${SECTION}\\/`,
    `\\\\\\/${SECTION}\\\\\\/`,
    `join\\([^)]*["'\`]${SECTION}["'\`]`,
    "feed\\.xml|sitemap\\.xml|robots\\.txt|404\\.html",
  ].join("|"),
);

describe("one fact, one place", () => {
  it("writes no address of a section or feed outside the routes module", () => {
    const files = [...sources("src", /\.ts$/), ...sources("templates", /\.(?:njk|js|css)$/)].filter((f) => !f.abs.endsWith(join("src", "lib", "routes.ts")));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      code(f.abs)
        .split("\n")
        .filter((line) => ADDRESS.test(line))
        .map((line) => `${f.path}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("finds an address written out, and not one in a comment", () => {
    expect(ADDRESS.test(code(join(ROOT, "src", "lib", "routes.ts")))).toBe(true);
    expect(ADDRESS.test('<a href="/arsip/">')).toBe(true);
    expect(ADDRESS.test("const f = `/topik/${id}/`;")).toBe(true);
    expect(ADDRESS.test('import(new URL("../pagefind/pagefind.js", import.meta.url))')).toBe(true);
    expect(ADDRESS.test("if (/^\\/assets\\/[^/]+$/.test(path))")).toBe(true);
    expect(ADDRESS.test('join(projectRoot, "_site", "pagefind")')).toBe(true);
    // a word that is only a word: the tag kind "topik", the facet "sumber"
    expect(ADDRESS.test('const KINDS = ["tokoh", "lembaga", "tempat", "topik"];')).toBe(false);
    expect(code(join(ROOT, "src", "site", "outlets.ts"))).not.toMatch(/\/sumber\//);
  });

  it("hashes with SHA-256 in one helper", () => {
    const users = sources("src", /\.ts$/).filter((f) => /createHash\(\s*["'`]?sha256|createHash\(HASH/.test(readFileSync(f.abs, "utf8")));
    expect(users.map((f) => f.path)).toEqual(["lib/hash.ts"]);
  });

  it("keeps every module of src/ within 400 lines", () => {
    const long = sources("src", /\.ts$/)
      .map((f) => ({ path: f.path, lines: readFileSync(f.abs, "utf8").split("\n").length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });
});
