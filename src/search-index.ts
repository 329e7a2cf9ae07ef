/**
 * The full-text search index: Pagefind over the built HTML, in this process, written into the site's
 * own `pagefind/` folder. Event pages mark what is indexed (data-pagefind-body) and carry the facets
 * (topik, tahun, sumber, jenis), the display metadata and the sort key; see templates/peristiwa.njk.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
  seconds: number;
}

export class SearchIndexError extends Error {
  constructor(errors: string[]) {
    super(`The search index could not be built:\n${errors.join("\n")}`);
    this.name = "SearchIndexError";
  }
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/** Pages in the written index, from Pagefind's own entry file (only pages marked data-pagefind-body count). */
export function indexedPages(siteDir: string): number {
  const entry = JSON.parse(readFileSync(join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Index every page of the built site in `siteDir` and write the index to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SearchIndexError(errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    const size = folderSize(join(siteDir, "pagefind"));
    return { pages: indexedPages(siteDir), ...size, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
