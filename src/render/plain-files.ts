/**
 * Files the page data already holds whole (each article's BibTeX, RIS and CSL-JSON citation):
 * written as they are, beside the pages Eleventy renders. Through Eleventy each would be a
 * paginated page with its own template run, about 30,000 of them at 10,000 articles, for text
 * that needs no template at all.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";

/** Write each file at its site path below `dir`; returns the absolute paths written. `made`: the folders known to exist. */
export function writePlainFiles(dir: string, files: readonly { path: string; content: string | Uint8Array }[], made = new Set<string>()): string[] {
  const root = resolve(dir);
  return files.map((f) => {
    const abs = resolve(join(root, f.path));
    if (!abs.startsWith(root + sep)) throw new Error(`${f.path} is outside the site`);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, f.content);
    return abs;
  });
}
