/**
 * Writing the site: Eleventy renders a validated archive into a fresh staging folder while every
 * rendered event page goes to Pagefind; only when both succeeded does the staging folder replace
 * the output folder. A failed build leaves the previous output untouched.
 *
 * A build keeps what did not change (reuse.ts): pages whose fingerprint is the one the previous
 * build recorded are linked from the previous output instead of rendered, plain files likewise,
 * and the search index when none of its pages changed. The result is the same bytes as a build
 * from nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import type { Cache } from "../lib/cache.ts";
import { walkFiles } from "../lib/files.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "../site/config.ts";
import { fingerprintOf, onlyPages, pageEntries, SEARCHABLE } from "../site/page-list.ts";
import { siteData } from "../site/pages.ts";
import { ASSETS_FOLDER, renderSite, TEMPLATES_DIR } from "./eleventy.ts";
import { fingerprintAssets, type Asset } from "./assets.ts";
import { relativeFile, writePlain } from "./plain-files.ts";
import { createStaging, OutputError, recoverOutput, removeBuild, removeStaleStaging, swapIn } from "./output-folder.ts";
import {
  buildKey,
  PAGES_LIST_VERSION,
  dropPagesList,
  fileOfUrl,
  isKept,
  keepFile,
  readPagesList,
  stampOf,
  untouched,
  writePagesList,
  type PagesList,
  type Previous,
  type Stamp,
} from "./reuse.ts";
import { indexStats, SearchIndexer, type SearchIndexStats } from "./search-index.ts";
import { folderOf, SECTIONS } from "../lib/routes.ts";
import { searchPartPath, searchParts, type SearchPart } from "../site/search-parts.ts";

export interface BuildResult {
  /** HTML pages in the output */
  pages: number;
  /** what was kept from the previous build instead of written again */
  kept: { pages: number; pagesTotal: number; files: number; filesTotal: number; searchParts: number; searchPartsTotal: number };
  search: SearchIndexStats;
}

export interface BuildOptions {
  progress?: Progress;
  /** the templates folder; another one only in tests */
  templates?: string;
  /** work kept from earlier runs (src/content/cache.ts) */
  cache?: Cache;
}

/** A build that failed after validation; the output folder is unchanged. */
export class BuildError extends Error {
  constructor(readonly msg: Msg) {
    super(say(msg, "en"));
    this.name = "BuildError";
  }
}

const ASSETS_DIR = folderOf(SECTIONS.assets);
/**
 * Pages per run of Eleventy. Eleventy keeps every page of a run in memory until the run ends;
 * runs of this many pages keep a build of 30,000 articles within Node's default heap
 * (docs/performance.md).
 */
export const RENDER_BATCH = 1000;

/** Render `archive` (already validated) into `output`, replacing it only when everything succeeded. */
export async function writeBuild(archive: Archive, site: SiteConfig, output: string, options: BuildOptions = {}): Promise<BuildResult> {
  const progress = options.progress ?? NO_PROGRESS;
  const templates = options.templates ?? TEMPLATES_DIR;
  recoverOutput(output);
  removeStaleStaging(output);
  progress.phase(msg("progress.preparing"));
  const plan = planBuild(archive, site, output, templates, options.cache);

  const staging = createStaging(output);
  const written: PagesList = { version: PAGES_LIST_VERSION, key: plan.key, pages: {}, files: {}, search: {} };
  let rendered: Rendered;
  try {
    rendered = await renderInto(staging, plan, written, progress);
  } catch (e) {
    removeBuild(staging);
    throw new BuildError(msg("build.render-failed", { detail: causeOf(e) }));
  }

  let search: SearchIndexStats;
  try {
    search = await finishIndex(staging, plan, rendered, written, progress);
  } catch (e) {
    removeBuild(staging);
    throw new BuildError(msg("build.index-failed", { detail: (e as Error).stack ?? (e as Error).message }));
  }

  try {
    // the old list goes first: between the swap and the new list, no list vouches for anything
    dropPagesList(output);
    swapIn(staging, output);
    writePagesList(output, written);
  } catch (e) {
    if (e instanceof OutputError) throw new BuildError(e.msg);
    throw e;
  }

  const { entries, unchanged, data, assets } = plan;
  const pages = walkFiles(output).filter((f) => f.path.endsWith(".html")).length;
  return {
    pages,
    kept: {
      pages: unchanged.size,
      pagesTotal: entries.length,
      files: rendered.filesKept,
      filesTotal: data.files.length + assets.size,
      searchParts: plan.parts.length - plan.indexed.length,
      searchPartsTotal: plan.parts.length,
    },
    search,
  };
}

/** What a build writes, and what it can keep from the previous one. */
interface BuildPlan {
  site: SiteConfig;
  templates: string;
  key: string;
  data: ReturnType<typeof siteData>;
  previous: Previous | undefined;
  assets: ReadonlyMap<string, Asset>;
  entries: ReturnType<typeof pageEntries>;
  /** the pages whose fingerprint and file are the previous build's */
  unchanged: ReadonlySet<string>;
  /** the parts of the search index, newest first (src/site/search-parts.ts) */
  parts: SearchPart[];
  /** each part's fingerprint: of its pages' addresses and fingerprints */
  partFingerprints: ReadonlyMap<string, string>;
  /** the parts indexed again: those with a changed page, or whose files are not the previous build's */
  indexed: SearchPart[];
}

function planBuild(archive: Archive, site: SiteConfig, output: string, templates: string, cache: Cache | undefined): BuildPlan {
  const data = siteData(archive, site, cache);
  const key = buildKey(templates, site);
  const list = readPagesList(output, key);
  // the list lives beside the output: an output deleted by hand leaves a list that describes nothing
  const real = list && existsSync(output) ? realpathSync(output) : undefined;
  const previous: Previous | undefined = list && real !== undefined ? { dir: output, real, list } : undefined;
  // pages: those unchanged since the previous build are linked from it, the others rendered
  const entries = pageEntries(data);
  const unchanged = new Set(entries.filter((e) => isKept(previous, previous?.list.pages[e.url], e.fingerprint, fileOfUrl(e.url))).map((e) => e.url));
  // the search index: the parts none of whose pages changed are linked from the previous build, the others indexed again
  const fingerprints = new Map(entries.filter((e) => e.collection === SEARCHABLE).map((e) => [e.url, e.fingerprint]));
  const parts = searchParts(data.eventPages);
  // the newest part alone holds Pagefind's script and WebAssembly: a part that becomes or stops being the newest is written again
  const partFingerprints = new Map(parts.map((p, i) => [p.part, fingerprintOf([i === 0, p.urls.map((url) => [url, fingerprints.get(url)])])]));
  const indexed = parts.filter((p) => {
    const old = previous?.list.search[p.part];
    const folder = `${folderOf(searchPartPath(p.part))}/`;
    if (previous === undefined || old === undefined || old.fingerprint !== partFingerprints.get(p.part)) return true;
    const files = old.files;
    return !(
      new Set(files.map((f) => f.file)).size === files.length && files.every((f) => f.file.startsWith(folder) && untouched(output, f, f.file, previous.real))
    );
  });
  const assets = fingerprintAssets(join(templates, ASSETS_FOLDER));
  return { site, templates, key, data, previous, assets, entries, unchanged, parts, partFingerprints, indexed };
}

/** What rendering left to finish: the search index being built, and how many plain files were kept. */
interface Rendered {
  indexer: SearchIndexer | undefined;
  finishing: Promise<SearchIndexStats> | undefined;
  filesKept: number;
}

/**
 * Keep or render every page into the staging folder, feeding the changed event pages to the search
 * index, then write the assets and plain files while Pagefind builds the index on the other core.
 */
async function renderInto(staging: string, plan: BuildPlan, written: PagesList, progress: Progress): Promise<Rendered> {
  const { previous, entries, unchanged, data, site, assets } = plan;
  // folders made in the staging folder so far
  const folders = new Set<string>();
  let indexer: SearchIndexer | undefined;
  let finishing: Promise<SearchIndexStats> | undefined;
  try {
    const kept = new Map<string, Stamp>();
    for (const e of entries) {
      const stamp = previous?.list.pages[e.url];
      if (!previous || !stamp || !unchanged.has(e.url)) continue;
      keepFile(previous.dir, staging, stamp.file, folders);
      kept.set(e.url, stamp);
    }
    const indexed = new Set(plan.indexed.map((p) => p.part));
    for (const p of plan.parts) {
      const old = previous?.list.search[p.part];
      if (indexed.has(p.part) || !previous || !old) continue;
      for (const f of old.files) keepFile(previous.dir, staging, f.file, folders);
      written.search[p.part] = old;
    }
    if (plan.indexed.length > 0) {
      // handed to Pagefind in the order the pages are rendered, so that it indexes while the others render
      const position = new Map(entries.map((e, i) => [e.url, i]));
      const first = (p: SearchPart): number => position.get(p.urls[0] ?? "") ?? 0;
      indexer = await SearchIndexer.start(
        [...plan.indexed].sort((a, b) => first(a) - first(b)),
        plan.parts[0]?.part,
      );
      const index = indexer;
      for (const url of plan.indexed.flatMap((p) => p.urls)) {
        const stamp = kept.get(url);
        if (stamp) index.keep(url, () => readFileSync(join(staging, stamp.file), "utf8"));
      }
    }

    const fingerprints = new Map(entries.map((e) => [e.url, e.fingerprint]));
    const searchable = new Set(entries.filter((e) => e.collection === SEARCHABLE).map((e) => e.url));
    // the pages of the parts indexed again; a page of a kept part is rendered again only when its file was changed by hand
    const toIndex = new Set(plan.indexed.flatMap((p) => p.urls));
    const rendered = new Map<string, string>();
    const index = indexer;
    const toRender = entries.filter((e) => !unchanged.has(e.url));
    progress.phase(msg("progress.writing"), toRender.length);
    // a batch of pages per run of Eleventy, which holds every page it wrote until its run ends
    for (let from = 0; from < toRender.length; from += RENDER_BATCH) {
      const batch = new Set(toRender.slice(from, from + RENDER_BATCH).map((e) => e.url));
      await renderSite(
        staging,
        {
          site,
          archive: onlyPages(data, (e) => batch.has(e.url), entries),
          assets,
          copyAssets: false,
          onPage: async (url, outputPath, html) => {
            if (url === false || outputPath === false) return;
            progress.count(rendered.size + 1);
            if (!fingerprints.has(url) || unchanged.has(url) || rendered.has(url))
              throw new Error(`${url}: a page the site data does not list (src/site/page-list.ts)`);
            const file = relativeFile(staging, outputPath);
            // the file the next build will look for under this address (reuse.ts)
            if (file !== fileOfUrl(url)) throw new Error(`${url}: written to ${file}, not ${fileOfUrl(url)}`);
            rendered.set(url, file);
            if (toIndex.has(url)) await index?.add(url, html);
            else if (!searchable.has(url) && html.includes("data-pagefind-body")) throw new Error(`${url}: marked for the search index but not an event page`);
          },
        },
        plan.templates,
      );
    }
    // in the pages' own order, so that the list is the same whichever pages were kept
    for (const e of entries) {
      const file = rendered.get(e.url);
      const stamp = file === undefined ? kept.get(e.url) : stampOf(staging, file, e.fingerprint);
      if (!stamp) throw new Error(`${e.url}: not rendered`);
      written.pages[e.url] = stamp;
    }
    // Pagefind, a process of its own, builds the index on the other core while the files are written here
    if (indexer) {
      await indexer.allSent();
      finishing = indexer.finish(staging);
      finishing.catch(() => undefined);
    }
    let filesKept = copyAssets(staging, assets, previous, written, folders);
    filesKept += await writePlain(staging, data.files, previous, written, folders);
    return { indexer, finishing, filesKept };
  } catch (e) {
    if (finishing) await finishing.catch(() => undefined);
    else await indexer?.abandon();
    throw e;
  }
}

/** Wait for the parts of the search index indexed again and record their files; the kept parts are already recorded. */
async function finishIndex(staging: string, plan: BuildPlan, rendered: Rendered, written: PagesList, progress: Progress): Promise<SearchIndexStats> {
  if (!rendered.indexer || !rendered.finishing) {
    progress.end();
    return { ...indexStats(staging), seconds: 0 };
  }
  progress.phase(msg("progress.indexing"));
  const search = await rendered.finishing;
  for (const { part } of plan.indexed) {
    const folder = folderOf(searchPartPath(part));
    written.search[part] = {
      fingerprint: plan.partFingerprints.get(part) ?? "",
      files: walkFiles(join(staging, folder))
        .map((f) => stampOf(staging, `${folder}/${f.path}`, ""))
        .sort((a, b) => (a.file < b.file ? -1 : 1)),
    };
  }
  // in one order whichever parts were kept (JSON lists keys that are years in ascending order anyway)
  const recorded = written.search;
  written.search = {};
  for (const { part } of plan.parts) {
    const stamps = recorded[part];
    if (stamps) written.search[part] = stamps;
  }
  progress.end();
  return search;
}

/** Copy the assets to /assets/, keeping those the previous build copied (a changed asset has a new name); returns how many were kept. */
function copyAssets(staging: string, assets: ReadonlyMap<string, Asset>, previous: Previous | undefined, written: PagesList, folders: Set<string>): number {
  let kept = 0;
  mkdirSync(join(staging, ASSETS_DIR), { recursive: true });
  for (const asset of assets.values()) {
    const path = `${SECTIONS.assets}${asset.name}`;
    const old = previous?.list.files[path];
    if (previous && old && isKept(previous, old, asset.name, path.slice(1))) {
      keepFile(previous.dir, staging, old.file, folders);
      written.files[path] = old;
      kept++;
    } else {
      copyFileSync(asset.source, join(staging, ASSETS_DIR, asset.name));
      written.files[path] = stampOf(staging, `${ASSETS_DIR}/${asset.name}`, asset.name);
    }
  }
  return kept;
}

/** What went wrong, through Eleventy's wrappers ("Having trouble writing to …" around the error a template or transform threw). */
function causeOf(e: unknown): string {
  const messages: string[] = [];
  for (let at: unknown = e; at instanceof Error && messages.length < 5; at = (at as Error & { originalError?: unknown }).originalError ?? at.cause)
    messages.push(at.message);
  return messages.join(": ");
}
