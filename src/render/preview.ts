/** The archive as the site sees it: load, fail loudly with every problem, shape for templates. */
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { walkFiles } from "../content/files.ts";
import { loadArchive } from "../content/loader.ts";
import type { Archive } from "../content/model.ts";
import { NO_CACHE, type Cache } from "../content/cache.ts";
import { msg, say, type Lang } from "../content/messages.ts";
import { formatProblem } from "../content/problems.ts";
import type { SiteConfig } from "../site/config.ts";
import { siteData } from "../site/pages.ts";
import type { SiteData } from "../site/views.ts";

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

const EMPTY_ARCHIVE: Archive = { events: [], tags: [], drafts: { events: 0, articles: 0 }, draftTagIds: [], articleCount: 0, synonyms: [] };

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
 * Remove the pages an earlier preview build wrote that this one did not (a deleted or renamed
 * event, an outlet or year that is gone, a deleted article's citation files), so that they answer
 * 404. Only in the preview's own folder, and only pages, feeds, data and citation files: the
 * copied assets and search index stay.
 */
export function pruneStale(outDir: string, written: readonly string[]): string[] {
  const keep = new Set(written.map((p) => resolve(p)));
  const removed: string[] = [];
  for (const f of walkFiles(outDir)) {
    if (!/\.(?:html|xml|txt|json|bib|ris|csv)$/.test(f.path) || f.path.startsWith("pagefind/") || f.path.startsWith("assets/")) continue;
    if (keep.has(resolve(f.abs))) continue;
    rmSync(f.abs, { force: true });
    removed.push(f.path);
    // and the folders that held only it (/peristiwa/<id>/)
    for (let dir = dirname(f.abs); dir !== resolve(outDir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return removed;
}
