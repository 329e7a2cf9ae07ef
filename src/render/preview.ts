/** The archive as the site sees it: load, fail loudly with every problem, shape for templates. */
import { existsSync, lstatSync, readdirSync, rmdirSync, rmSync, type Dirent } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { walkFiles } from "../lib/files.ts";
import { sha256 } from "../lib/hash.ts";
import { loadArchive } from "../content/loader.ts";
import type { Archive } from "../content/model.ts";
import { filesKey, NO_CACHE, type Cache } from "../lib/cache.ts";
import { msg, say, type Lang } from "../lib/messages/index.ts";
import { formatProblem } from "../content/problems.ts";
import type { SiteConfig } from "../site/config.ts";
import { siteData } from "../site/pages.ts";
import { fingerprintOf, onlyPages, pageEntries, type PageEntry } from "../site/page-list.ts";
import { writePlainFiles } from "./plain-files.ts";
import type { SiteData } from "../site/views.ts";
import { folderOf, SECTIONS } from "../lib/routes.ts";

export class ArchiveInvalidError extends Error {
  constructor(
    readonly lines: string[],
    lang: Lang,
  ) {
    super(say(msg("preview.problems", { count: lines.length, lines: lines.join("\n") }), lang));
    this.name = "ArchiveInvalidError";
  }
}

/** Site data while the content has errors: the pages still render, each under an overlay listing the errors. */
export type PreviewData = SiteData & { errors?: string[] };

/** Load the archive in `articlesDir` for a build; throws ArchiveInvalidError listing every error. */
export function loadSiteData(articlesDir: string, site: SiteConfig, lang: Lang, cache: Cache = NO_CACHE): SiteData {
  const { archive, problems } = loadArchive(articlesDir, { cache });
  if (!archive)
    throw new ArchiveInvalidError(
      problems.filter((p) => p.severity === "error").map((p) => formatProblem(p, lang)),
      lang,
    );
  return siteData(archive, site, cache);
}

const EMPTY_ARCHIVE: Archive = {
  events: [],
  tags: [],
  agencies: [],
  storylines: [],
  drafts: { events: 0, articles: 0 },
  draftTagIds: [],
  articleCount: 0,
  synonyms: [],
};

/**
 * For the live preview: a loader that never throws. With errors in the content it logs them and
 * returns the last good site (or an empty one) with `errors` set, so every page shows the problems
 * instead of crashing the server or silently serving stale pages. The next good load clears them.
 */
export function previewLoader(
  articlesDir: string,
  site: SiteConfig,
  lang: Lang,
  log: (line: string) => void = (l) => console.error(l),
  cache: Cache = NO_CACHE,
): () => PreviewData {
  let lastGood: SiteData | undefined;
  return () => {
    try {
      lastGood = loadSiteData(articlesDir, site, lang, cache);
      return lastGood;
    } catch (e) {
      if (!(e instanceof ArchiveInvalidError)) throw e;
      log(`\n[arsip] ${e.message}\n[arsip] ${say(msg("preview.overlay"), lang)}`);
      return { ...(lastGood ?? siteData(EMPTY_ARCHIVE, site)), errors: e.lines };
    }
  };
}

/**
 * The state of a folder: each file's path, size and modification time, walked without following a
 * link (a link loop or a link to /usr is one entry, as the loader reports it). The preview takes it
 * before reading the articles and again after a rebuild: a save the watcher did not report (one
 * that came as a rebuild of a large archive ended) shows as a different state, and is rebuilt.
 */
export function folderState(dir: string): string {
  const parts: string[] = [];
  const visit = (d: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      parts.push(`${prefix}\0unreadable`);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = join(d, e.name);
      if (e.isDirectory()) visit(abs, `${prefix}${e.name}/`);
      else {
        try {
          const st = lstatSync(abs);
          parts.push(`${prefix}${e.name}\0${st.size}\0${st.mtimeMs}`);
        } catch {
          parts.push(`${prefix}${e.name}\0gone`);
        }
      }
    }
  };
  visit(dir, "");
  return sha256(parts.join("\n"));
}

/**
 * A look at the articles folder, beside the watcher, which has let saves go unreported (tags.yaml
 * saved 0.3 s after a rebuild ended, at 10,000 and at 30,000 articles): `state()` (folderState) is
 * compared with the state last read, `seen()`, and a difference that stays for two looks with no
 * rebuild under way is rebuilt. One look is not enough: the watcher reports a save only once the
 * file has stayed the same for 150 ms, and its rebuild is on the way.
 */
export function folderLook(state: () => string, seen: () => string, running: () => boolean, rebuild: () => void): () => void {
  let suspect: string | undefined;
  return () => {
    const now = running() ? seen() : state();
    if (now !== seen() && now === suspect) {
      suspect = undefined;
      rebuild();
    } else suspect = now === seen() ? undefined : now;
  };
}

/**
 * Remove the pages an earlier preview build wrote that this one did not (a deleted or renamed
 * event, an outlet or year that is gone, a deleted article's citation files), so that they answer
 * 404. Only in the preview's own folder, and only pages, feeds, data and citation files: the
 * copied assets and search index stay.
 */
export function pruneStale(outDir: string, written: readonly string[]): string[] {
  const keep = new Set(written.map((p) => resolve(p)));
  const removed: string[] = [];
  for (const f of walkFiles(outDir)) {
    if (
      !/\.(?:html|xml|txt|json|bib|ris|csv)$/.test(f.path) ||
      f.path.startsWith(`${folderOf(SECTIONS.searchIndex)}/`) ||
      f.path.startsWith(`${folderOf(SECTIONS.assets)}/`)
    )
      continue;
    if (keep.has(resolve(f.abs))) continue;
    removeFile(outDir, f.abs);
    removed.push(f.path);
  }
  return removed;
}

/** Remove a file the preview wrote, and the folders that held only it (/peristiwa/<id>/). */
function removeFile(outDir: string, abs: string): void {
  rmSync(abs, { force: true });
  for (let dir = dirname(abs); dir !== resolve(outDir) && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
}

/** Remove the files of `before` that are not in `keep` (and the folders left empty), as pruneStale does without walking the folder. */
function removeGone(outDir: string, before: ReadonlySet<string>, keep: readonly string[]): string[] {
  const kept = new Set(keep.map((f) => resolve(f)));
  const removed: string[] = [];
  for (const abs of before) {
    if (kept.has(abs)) continue;
    removeFile(outDir, abs);
    removed.push(relative(outDir, abs).split(sep).join("/"));
  }
  return removed.sort();
}

/**
 * The preview renders only what changed: each rebuild hands Eleventy the pages whose fingerprint
 * (src/site/page-list.ts) differs from what the last rebuild left on disk, and writes only the
 * plain files whose key (views.ts PlainFile) or, without one, whose text changed; every other file
 * stays as it was. A change in the
 * errors shown over every page renders every page. What a rebuild that failed would have
 * written is rendered again by the next one.
 */
export class PreviewRebuilds {
  /** the fingerprint of each page on disk, by address */
  private onDisk = new Map<string, string>();
  /** the file of each page on disk, by address */
  private readonly files = new Map<string, string>();
  /**
   * What each plain file on disk was made from, by site path: its key (views.ts PlainFile), or for a
   * file made from the whole archive the SHA-256 of its text. Never the texts: at 30,000 articles
   * they are 400 MB, and a rebuild makes the new ones beside them.
   */
  private readonly plain = new Map<string, string>();
  /** every file on disk that this preview may remove (pages, feeds, data and citation files), once the folder has been walked */
  private removable: Set<string> | undefined;
  /** the errors the pages on disk show */
  private frame: string | undefined;
  private pending: { data: PreviewData; entries: PageEntry[]; frame: string; written: Map<string, string> } | undefined;

  constructor(
    private readonly outDir: string,
    private readonly templates: string,
  ) {}

  /** Whether the last selection left pages to render (it had a limit): select again with the same data. */
  more = false;
  private readonly entries = new WeakMap<PreviewData, PageEntry[]>();

  /**
   * What this rebuild renders: `data` with only the pages that changed, at most `limit` of them
   * (the first build of a large archive renders in batches: Eleventy holds every page of a run).
   */
  select(data: PreviewData, limit = Infinity): PreviewData {
    // the same data in batch after batch: its pages' fingerprints made once
    const entries = this.entries.get(data) ?? pageEntries(data);
    this.entries.set(data, entries);
    // the errors over every page, and the templates every page is made with (Eleventy rebuilds on a template's change too)
    const frame = fingerprintOf([data.errors ?? null, filesKey(walkFiles(this.templates).map((f) => f.abs))]);
    // every page on disk shows the other frame: none is kept
    if (frame !== this.frame) this.onDisk = new Map();
    // the pages a failed rebuild wrote before it stopped are on disk too (it never reached finish)
    for (const [url, file] of this.pending?.written ?? []) this.files.set(url, file);
    this.pending = { data, entries, frame, written: new Map() };
    const due = entries.filter((e) => this.onDisk.get(e.url) !== e.fingerprint);
    const now = new Set(due.slice(0, limit).map((e) => e.url));
    this.more = due.length > now.size;
    const changed = onlyPages(data, (e) => now.has(e.url), entries);
    return data.errors ? { ...changed, errors: data.errors } : changed;
  }

  /** Eleventy wrote the page at `url` to `outputPath`. */
  wrote(url: string, outputPath: string): void {
    this.pending?.written.set(url, resolve(outputPath));
  }

  /** After Eleventy wrote the pages: write the plain files that changed, remove what is gone, remember what is on disk. */
  finish(): { written: string[]; removed: string[] } {
    const p = this.pending;
    if (!p) return { written: [], removed: [] };
    this.pending = undefined;
    for (const [url, file] of p.written) this.files.set(url, file);
    // a page selected but not written (a failed render) keeps the fingerprint of what is on disk, so the next rebuild renders it
    const onDisk = new Map<string, string>();
    for (const e of p.entries) {
      const fingerprint = p.written.has(e.url) ? e.fingerprint : this.onDisk.get(e.url);
      if (fingerprint !== undefined && this.files.has(e.url)) onDisk.set(e.url, fingerprint);
    }
    this.onDisk = onDisk;
    this.frame = p.frame;
    // the plain files, and what is gone, once the last batch of pages is written
    if (this.more) return { written: [...p.written.values()], removed: [] };
    // every file this preview wrote that may still be on disk
    const before = new Set([...(this.removable ?? []), ...[...this.files.values()].map((f) => resolve(f))]);
    // a file whose key is the one on disk is kept without making its text; any other is made (when
    // read: views.ts plainFile), compared, written if it changed, and let go before the next
    const written: string[] = [];
    const made = new Set<string>();
    for (const f of p.data.files) {
      const key = f.key;
      if (key !== undefined && this.plain.get(f.path) === key) continue;
      const content = f.bytes();
      const stamp = key ?? sha256(content);
      if (this.plain.get(f.path) !== stamp) written.push(...writePlainFiles(this.outDir, [{ path: f.path, content }], made));
      this.plain.set(f.path, stamp);
    }
    const current = new Set(p.data.files.map((f) => f.path));
    for (const path of [...this.plain.keys()]) if (!current.has(path)) this.plain.delete(path);
    const urls = new Set(p.entries.map((e) => e.url));
    for (const url of [...this.files.keys()]) if (!urls.has(url)) this.files.delete(url);
    const keep = [...this.files.values(), ...[...current].map((path) => join(this.outDir, path))];
    // the folder is walked once, for what an earlier preview left; after that this preview knows what it wrote
    const removed = this.removable === undefined ? pruneStale(this.outDir, keep) : removeGone(this.outDir, before, keep);
    this.removable = new Set(keep.map((f) => resolve(f)));
    return { written: [...p.written.values(), ...written], removed };
  }
}
