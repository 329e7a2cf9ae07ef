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
import { join, relative, resolve, sep } from "node:path";
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import type { Cache } from "../lib/cache.ts";
import { walkFiles } from "../lib/files.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "../site/config.ts";
import { fingerprintOf, onlyPages, pageEntries, SEARCHABLE } from "../site/page-list.ts";
import { siteData } from "../site/pages.ts";
import type { PlainFile } from "../site/views.ts";
import { ASSETS_FOLDER, renderSite, TEMPLATES_DIR } from "./eleventy.ts";
import { fingerprintAssets, type Asset } from "./assets.ts";
import { writePlainFiles } from "./plain-files.ts";
import { createStaging, OutputError, recoverOutput, removeBuild, removeStaleStaging, swapIn } from "./output-folder.ts";
import { ENCODINGS, precompressed } from "./precompressed.ts";
import { buildKey, dropPagesList, fileOfUrl, keepFile, readPagesList, stampOf, untouched, writePagesList, type PagesList, type Stamp } from "./reuse.ts";
import { indexStats, SearchIndexer, type SearchIndexStats } from "./search-index.ts";
import { sha256 } from "../lib/hash.ts";
import { folderOf, SECTIONS } from "../lib/routes.ts";

export interface BuildResult {
  /** HTML pages in the output */
  pages: number;
  /** what was kept from the previous build instead of written again */
  kept: { pages: number; pagesTotal: number; files: number; filesTotal: number; search: boolean };
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

const PAGEFIND_DIR = folderOf(SECTIONS.searchIndex);
const ASSETS_DIR = folderOf(SECTIONS.assets);

/** Render `archive` (already validated) into `output`, replacing it only when everything succeeded. */
export async function writeBuild(archive: Archive, site: SiteConfig, output: string, options: BuildOptions = {}): Promise<BuildResult> {
  const progress = options.progress ?? NO_PROGRESS;
  const templates = options.templates ?? TEMPLATES_DIR;
  recoverOutput(output);
  removeStaleStaging(output);
  progress.phase(msg("progress.preparing"));
  const plan = planBuild(archive, site, output, templates, options.cache);

  const staging = createStaging(output);
  const written: PagesList = { version: 1, key: plan.key, pages: {}, files: {}, search: null };
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
      search: rendered.indexer === undefined,
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
  /** the pages the search index holds */
  searchable: ReturnType<typeof pageEntries>;
  searchFingerprint: string;
  /** the previous build's index, when none of its pages changed */
  keptIndex: PagesList["search"];
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
  const searchable = entries.filter((e) => e.collection === SEARCHABLE);
  const searchFingerprint = fingerprintOf(searchable.map((e) => [e.url, e.fingerprint]));
  const oldIndex = previous?.list.search;
  const keepSearch =
    previous !== undefined &&
    oldIndex?.fingerprint === searchFingerprint &&
    new Set(oldIndex.files.map((f) => f.file)).size === oldIndex.files.length &&
    oldIndex.files.every((f) => f.file.startsWith(`${PAGEFIND_DIR}/`) && untouched(output, f, f.file, previous.real));
  const assets = fingerprintAssets(join(templates, ASSETS_FOLDER));
  return { site, templates, key, data, previous, assets, entries, unchanged, searchable, searchFingerprint, keptIndex: keepSearch ? (oldIndex ?? null) : null };
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
  const { previous, entries, unchanged, searchable, data, site, assets } = plan;
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
    if (plan.keptIndex && previous) {
      for (const f of plan.keptIndex.files) keepFile(previous.dir, staging, f.file, folders);
      written.search = plan.keptIndex;
    } else {
      indexer = await SearchIndexer.start(searchable.map((e) => e.url));
      const index = indexer;
      for (const e of searchable) {
        const stamp = kept.get(e.url);
        if (stamp) index.keep(e.url, () => readFileSync(join(staging, stamp.file), "utf8"));
      }
    }

    const fingerprints = new Map(entries.map((e) => [e.url, e.fingerprint]));
    const searchableUrls = new Set(searchable.map((e) => e.url));
    const rendered = new Map<string, string>();
    const index = indexer;
    await renderSite(
      staging,
      {
        site,
        archive: onlyPages(data, (e) => !unchanged.has(e.url), entries),
        assets,
        copyAssets: false,
        onPages: (total) => progress.phase(msg("progress.writing"), total),
        onPage: async (url, outputPath, html) => {
          if (url === false || outputPath === false) return;
          progress.count(rendered.size + 1);
          if (!fingerprints.has(url) || unchanged.has(url) || rendered.has(url))
            throw new Error(`${url}: a page the site data does not list (src/site/page-list.ts)`);
          const file = relativeFile(staging, outputPath);
          // the file the next build will look for under this address (reuse.ts)
          if (file !== fileOfUrl(url)) throw new Error(`${url}: written to ${file}, not ${fileOfUrl(url)}`);
          rendered.set(url, file);
          if (searchableUrls.has(url)) await index?.add(url, html);
          else if (html.includes("data-pagefind-body")) throw new Error(`${url}: marked for the search index but not an event page`);
        },
      },
      plan.templates,
    );
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
    filesKept += writePlain(staging, data.files, previous, written, folders);
    return { indexer, finishing, filesKept };
  } catch (e) {
    if (finishing) await finishing.catch(() => undefined);
    else await indexer?.abandon();
    throw e;
  }
}

/** Wait for the search index and record its files; a kept index is already recorded. */
async function finishIndex(staging: string, plan: BuildPlan, rendered: Rendered, written: PagesList, progress: Progress): Promise<SearchIndexStats> {
  if (!rendered.indexer || !rendered.finishing) {
    progress.end();
    return { ...indexStats(staging), seconds: 0 };
  }
  progress.phase(msg("progress.indexing"));
  const search = await rendered.finishing;
  written.search = {
    fingerprint: plan.searchFingerprint,
    files: walkFiles(join(staging, PAGEFIND_DIR))
      .map((f) => stampOf(staging, `${PAGEFIND_DIR}/${f.path}`, ""))
      .sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
  progress.end();
  return search;
}

/** The previous build: its folder, that folder's real path, and its list of what it wrote. */
interface Previous {
  dir: string;
  real: string;
  list: PagesList;
}

/** Is the page or file a stamp describes unchanged (same fingerprint) and still the file `file` as the previous build wrote it? */
function isKept(previous: Previous | undefined, stamp: Stamp | undefined, fingerprint: string, file: string): boolean {
  return previous !== undefined && stamp !== undefined && stamp.fingerprint === fingerprint && untouched(previous.dir, stamp, file, previous.real);
}

function relativeFile(root: string, abs: string): string {
  const rel = relative(root, resolve(abs));
  if (rel.startsWith("..") || rel === "") throw new Error(`${abs} is outside the site`);
  return rel.split(sep).join("/");
}

/**
 * Write the files that need no template (data, citations), keeping those the previous build wrote
 * with the same content; returns how many were kept.
 */
function writePlain(staging: string, files: readonly PlainFile[], previous: Previous | undefined, written: PagesList, folders: Set<string>): number {
  // a plain file is its text: its fingerprint is the SHA-256 of its bytes; a compressed copy's, that and its encoding
  const items = files.flatMap((f) => {
    const bytes = Buffer.from(f.content, "utf8");
    const fingerprint = sha256(bytes);
    const own = { path: f.path, fingerprint, content: (): Uint8Array => bytes, copy: false };
    if (!precompressed(f.path, bytes.length)) return [own];
    return [
      own,
      ...ENCODINGS.map((e) => ({ path: `${f.path}${e.suffix}`, fingerprint: `${fingerprint}:${e.name}`, content: () => e.compress(bytes), copy: true })),
    ];
  });
  const stamps: (Stamp | undefined)[] = [];
  const fresh: number[] = [];
  items.forEach((f, i) => {
    const old = previous?.list.files[f.path];
    if (previous && old && isKept(previous, old, f.fingerprint, f.path.slice(1))) {
      keepFile(previous.dir, staging, old.file, folders);
      stamps.push(old);
    } else {
      stamps.push(undefined);
      fresh.push(i);
    }
  });
  const contents = fresh.map((i) => ({ path: items[i]?.path ?? "", content: items[i]?.content() ?? "" }));
  const paths = writePlainFiles(staging, contents);
  fresh.forEach((i, n) => {
    const abs = paths[n];
    const item = items[i];
    const content = contents[n]?.content;
    if (abs !== undefined && item !== undefined && content !== undefined)
      stamps[i] = { file: relativeFile(staging, abs), fingerprint: item.fingerprint, sha256: sha256(content) };
  });
  // in the files' own order, so that the list is the same whichever files were kept
  items.forEach((f, i) => {
    const stamp = stamps[i];
    if (stamp) written.files[f.path] = stamp;
  });
  // the files kept, as the build reports them: their compressed copies go with them
  return files.length - fresh.filter((i) => items[i]?.copy === false).length;
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
