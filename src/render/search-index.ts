/**
 * The full-text search index: Pagefind, written into the site's own `pagefind/` folder. Event pages
 * mark what is indexed (data-pagefind-body) and carry the facets (topik, tahun, sumber, jenis), the
 * display metadata and the sort key; see templates/_includes/pages/peristiwa.njk.
 *
 * A build hands each page to Pagefind as soon as it is rendered (SearchIndexer.add), so that Pagefind,
 * a separate process, indexes on the other core while the pages are still being rendered.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import * as pagefind from "pagefind";
import { walkFiles } from "../content/files.ts";
import { stableFilters, type IndexFile } from "./pagefind-order.ts";

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
  const files = walkFiles(dir);
  return { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
}

/** Pages in the written index, from Pagefind's own entry file (only pages marked data-pagefind-body count). */
export function indexedPages(siteDir: string): number {
  const entry = JSON.parse(readFileSync(join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

const UNUSED_UI = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/**
 * Write the index into `siteDir/pagefind/` ourselves, from Pagefind's in-memory copy: its own
 * writeFiles can answer before the files are complete on disk, and closing Pagefind then would
 * leave a truncated index. The filter files are put in a stable order first, so that the same
 * site always gets the same index, byte for byte (pagefind-order.ts).
 */
async function writeIndex(index: pagefind.PagefindIndex, siteDir: string): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) throw new SearchIndexError(errors);
  const root = join(siteDir, "pagefind");
  let stable: IndexFile[];
  try {
    stable = stableFilters(files);
  } catch (e) {
    throw new SearchIndexError([(e as Error).message]);
  }
  for (const file of stable) {
    // Pagefind's ready-made search interfaces are not used: /cari/ has its own (templates/assets/search.js)
    if (UNUSED_UI.test(file.path)) continue;
    const path = join(root, file.path);
    if (!path.startsWith(root + sep)) throw new SearchIndexError([`unexpected index file path ${file.path}`]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/** An index being filled while the site renders. */
export class SearchIndexer {
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private readonly started = performance.now();

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async start(): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SearchIndexError(errors);
    return new SearchIndexer(index);
  }

  /** Pages handed to Pagefind and not yet indexed; the renderer waits while there are this many. */
  static readonly IN_FLIGHT = 16;
  private inFlight = 0;
  private waiting: (() => void)[] = [];

  /**
   * Index one rendered page; pages without data-pagefind-body are not searchable and are skipped.
   * Resolves at once unless IN_FLIGHT pages are still queued in Pagefind, so memory stays bounded
   * and rendering goes on while Pagefind works.
   */
  async add(url: string, html: string): Promise<void> {
    if (!html.includes("data-pagefind-body")) return;
    while (this.inFlight >= SearchIndexer.IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    this.pending.push(
      this.index
        .addHTMLFile({ url, content: html })
        .then(
          (r) => void this.errors.push(...r.errors),
          (e: unknown) => void this.errors.push(`${url}: ${String(e)}`),
        )
        .finally(() => {
          this.inFlight--;
          this.waiting.shift()?.();
        }),
    );
  }

  /** Wait for every page, write the index into `siteDir/pagefind/` and stop Pagefind. */
  async finish(siteDir: string): Promise<SearchIndexStats> {
    try {
      await Promise.all(this.pending);
      if (this.errors.length > 0) throw new SearchIndexError(this.errors);
      await writeIndex(this.index, siteDir);
      const size = folderSize(join(siteDir, "pagefind"));
      return { pages: indexedPages(siteDir), ...size, seconds: (performance.now() - this.started) / 1000 };
    } finally {
      await pagefind.close();
    }
  }

  /** Stop Pagefind without writing (a failed build). */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.pending);
    await pagefind.close();
  }
}
