/**
 * The full-text search index: Pagefind, written into the site's own `pagefind/` folder in parts,
 * one Pagefind index per year of the events (src/site/search-parts.ts), each a folder of its own
 * (`pagefind/2023/`). Event pages mark what is indexed (data-pagefind-body) and carry the facets
 * (topik, tahun, sumber, jenis), the display metadata and the sort key; see
 * templates/_includes/pages/peristiwa.njk.
 *
 * A build hands each page to Pagefind as soon as it is rendered (SearchIndexer.add), so that Pagefind,
 * a separate process, indexes on the other core while the pages are still being rendered. Only the
 * parts whose pages changed are indexed again (src/render/build.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import * as pagefind from "pagefind";
import { walkFiles } from "../lib/files.ts";
import { stableFilters, type IndexFile } from "./pagefind-order.ts";
import { folderOf, SECTIONS } from "../lib/routes.ts";
import { searchPartPath, type SearchPart } from "../site/search-parts.ts";

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

/** The index in `siteDir/pagefind/`: its pages, files and bytes, all parts together. */
export function indexStats(siteDir: string): Omit<SearchIndexStats, "seconds"> {
  const root = join(siteDir, folderOf(SECTIONS.searchIndex));
  return { pages: indexedPages(siteDir), ...(existsSync(root) ? folderSize(root) : { files: 0, bytes: 0 }) };
}

/** The folder of a part of the index in the site `siteDir`. */
export const partFolder = (siteDir: string, part: string): string => join(siteDir, folderOf(searchPartPath(part)));

/** Pages in the written index, from each part's entry file (only pages marked data-pagefind-body count). */
export function indexedPages(siteDir: string): number {
  const root = join(siteDir, folderOf(SECTIONS.searchIndex));
  if (!existsSync(root)) return 0;
  let pages = 0;
  for (const part of readdirSync(root)) {
    const entry = JSON.parse(readFileSync(join(partFolder(siteDir, part), "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    pages += Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }
  return pages;
}

const UNUSED_UI = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;
/** Pagefind's script, its worker and its WebAssembly: the search page loads them from the newest part alone (src/site/search-parts.ts). */
const RUNTIME = /^(?:pagefind(?:-worker)?\.js|wasm\.[^/]+\.pagefind)$/;

/**
 * Write a part of the index into its folder `root` ourselves (Pagefind's script and WebAssembly
 * only `withRuntime`), from Pagefind's in-memory copy: its own
 * writeFiles can answer before the files are complete on disk, and closing Pagefind then would
 * leave a truncated index. The filter files are put in a stable order first, so that the same
 * site always gets the same index, byte for byte (pagefind-order.ts).
 */
async function writeIndex(requested: ReturnType<pagefind.PagefindIndex["getFiles"]>, root: string, withRuntime: boolean): Promise<void> {
  const { files, errors } = await requested;
  if (errors.length > 0) throw new SearchIndexError(errors);
  let stable: IndexFile[];
  try {
    stable = stableFilters(files);
  } catch (e) {
    throw new SearchIndexError([(e as Error).message]);
  }
  for (const file of stable) {
    // Pagefind's ready-made search interfaces are not used: /cari/ has its own (templates/assets/search.js)
    if (UNUSED_UI.test(file.path) || (!withRuntime && RUNTIME.test(file.path))) continue;
    const path = join(root, file.path);
    if (!path.startsWith(root + sep)) throw new SearchIndexError([`unexpected index file path ${file.path}`]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/**
 * The parts of an index being filled while the site renders. Pagefind numbers pages in the order
 * it is given them, and that order shows in its files, so pages are handed over in one fixed
 * order, the order of the parts' addresses, whatever order they are rendered in. Rendered pages
 * that arrive early wait in memory for their turn; pages kept from the previous build are read
 * from disk only when their turn comes. Every part is an index of its own in the one Pagefind
 * process.
 */
export class SearchIndexer {
  private readonly errors: string[] = [];
  private readonly started = performance.now();
  private readonly waitingPages = new Map<string, string | (() => string)>();
  /** the part of every page, by address */
  private readonly partOf: ReadonlyMap<string, string>;
  /** every page, part after part */
  private readonly order: readonly string[];
  private next = 0;
  /** the one loop handing pages to Pagefind, in order, while any are ready */
  private pumping: Promise<void> | undefined;
  /**
   * every page handed to Pagefind, in order: requests are written to Pagefind one after another, up
   * to IN_FLIGHT at a time, and Pagefind 1.5 handles its requests one at a time, in the order they
   * arrive (its service loop), so pages are numbered in the order sent
   */
  private sent: Promise<void> = Promise.resolve();
  /** stopped after a failure: no page may start Pagefind again */
  private abandoned = false;

  private constructor(
    private readonly indexes: ReadonlyMap<string, pagefind.PagefindIndex>,
    parts: readonly SearchPart[],
    private readonly runtimeIn: string | undefined,
  ) {
    this.partOf = new Map(parts.flatMap((p) => p.urls.map((url) => [url, p.part] as const)));
    this.order = parts.flatMap((p) => p.urls);
    if (this.partOf.size !== this.order.length) throw new SearchIndexError(["a page given to two parts of the index, or twice"]);
  }

  /** Start Pagefind with one index for each of `parts`; the part `runtimeIn`, if among them, gets Pagefind's script and WebAssembly too. */
  static async start(parts: readonly SearchPart[], runtimeIn: string | undefined): Promise<SearchIndexer> {
    const indexes = new Map<string, pagefind.PagefindIndex>();
    try {
      for (const { part } of parts) {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new SearchIndexError(errors);
        indexes.set(part, index);
      }
      return new SearchIndexer(indexes, parts, runtimeIn);
    } catch (e) {
      await pagefind.close();
      throw e;
    }
  }

  /** Pages handed to Pagefind and not yet indexed; the renderer waits while there are this many. */
  static readonly IN_FLIGHT = 16;
  private inFlight = 0;
  private capacity: (() => void)[] = [];

  /**
   * A rendered page. Resolves once the pages ready so far are queued in Pagefind, waiting while
   * IN_FLIGHT pages are still being indexed, so memory stays bounded and rendering goes on while
   * Pagefind works.
   */
  async add(url: string, html: string): Promise<void> {
    if (this.abandoned) throw new SearchIndexError([`${url}: the build has already failed`]);
    if (!this.partOf.has(url) || this.waitingPages.has(url)) throw new SearchIndexError([`${url}: not a page of the search index, or given twice`]);
    this.waitingPages.set(url, html);
    await this.pump();
  }

  /** A page kept from the previous build, read with `read` when its turn comes. */
  keep(url: string, read: () => string): void {
    if (!this.partOf.has(url) || this.waitingPages.has(url)) throw new SearchIndexError([`${url}: not a page of the search index, or given twice`]);
    this.waitingPages.set(url, read);
  }

  private pump(): Promise<void> {
    if (this.pumping) return this.pumping;
    const run = (async () => {
      // let the assignment below happen first, also when the loop never has to wait
      await Promise.resolve();
      try {
        for (let url = this.order[this.next], page = url === undefined ? undefined : this.waitingPages.get(url); url !== undefined && page !== undefined;) {
          this.waitingPages.delete(url);
          this.next++;
          while (this.inFlight >= SearchIndexer.IN_FLIGHT) await new Promise<void>((resolve) => this.capacity.push(resolve));
          this.send(url, typeof page === "string" ? page : page());
          url = this.order[this.next];
          page = url === undefined ? undefined : this.waitingPages.get(url);
        }
      } finally {
        this.pumping = undefined;
      }
    })();
    this.pumping = run;
    return run;
  }

  private send(url: string, html: string): void {
    this.inFlight++;
    const part = this.partOf.get(url);
    const index = part === undefined ? undefined : this.indexes.get(part);
    if (!index) throw new SearchIndexError([`${url}: no part of the index`]);
    const done = index
      .addHTMLFile({ url, content: html })
      .then(
        (r) => void this.errors.push(...r.errors),
        (e: unknown) => void this.errors.push(`${url}: ${String(e)}`),
      )
      .finally(() => {
        this.inFlight--;
        this.capacity.shift()?.();
      });
    this.sent = this.sent.then(() => done);
  }

  /** Resolves once every page has been handed to Pagefind (not yet indexed): then finish() asks for the index at once. */
  async allSent(): Promise<void> {
    await this.pump();
  }

  /**
   * Wait for every page, write each part into its folder under `siteDir/pagefind/` and stop
   * Pagefind. Called after allSent(), it asks Pagefind for every part before it first waits, so
   * that Pagefind, a process of its own, builds the index while the caller goes on (Pagefind
   * answers its requests in the order they came, so each part holds every page sent before).
   */
  async finish(siteDir: string): Promise<SearchIndexStats> {
    const early = this.pumping === undefined && this.next === this.order.length ? this.requestFiles() : undefined;
    try {
      await this.pump();
      await this.sent;
      const missing = this.order.slice(this.next);
      if (missing.length > 0) throw new SearchIndexError([`pages never given to the index: ${missing.slice(0, 5).join(", ")}`]);
      if (this.errors.length > 0) throw new SearchIndexError(this.errors);
      for (const [part, files] of early ?? this.requestFiles()) await writeIndex(files, partFolder(siteDir, part), part === this.runtimeIn);
      return { ...indexStats(siteDir), seconds: (performance.now() - this.started) / 1000 };
    } finally {
      await pagefind.close();
    }
  }

  /** Ask Pagefind for the files of every part; a failure is reported where each is awaited (one failing leaves the others unawaited). */
  private requestFiles(): Map<string, ReturnType<pagefind.PagefindIndex["getFiles"]>> {
    const requested = new Map([...this.indexes].map(([part, index]) => [part, index.getFiles()]));
    for (const files of requested.values()) files.catch(() => undefined);
    return requested;
  }

  /** Stop Pagefind without writing (a failed build). */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.pumping?.catch(() => undefined);
    await this.sent;
    await pagefind.close();
  }
}
