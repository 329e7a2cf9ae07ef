/** The archive as the site sees it: load, fail loudly with every problem, shape for templates. */
import { loadArchive } from "../content/loader.ts";
import type { Archive } from "../content/model.ts";
import { formatProblem } from "../content/problems.ts";
import type { SiteConfig } from "../site/config.ts";
import { siteData } from "../site/pages.ts";
import type { SiteData } from "../site/views.ts";

export class ArchiveInvalidError extends Error {
  constructor(readonly lines: string[]) {
    super(`The archive has ${lines.length} ${lines.length === 1 ? "problem" : "problems"}:\n${lines.join("\n")}`);
    this.name = "ArchiveInvalidError";
  }
}

/** Site data while the content has errors: the pages still render, each under an overlay listing the errors. */
export type PreviewData = SiteData & { errors?: string[] };

/** Load the archive in `articlesDir` for a build; throws ArchiveInvalidError listing every error. */
export function loadSiteData(articlesDir: string, site: SiteConfig): SiteData {
  const { archive, problems } = loadArchive(articlesDir);
  if (!archive) throw new ArchiveInvalidError(problems.filter((p) => p.severity === "error").map(formatProblem));
  return siteData(archive, site);
}

const EMPTY_ARCHIVE: Archive = { events: [], tags: [], drafts: { events: 0, articles: 0 }, draftTagIds: [], articleCount: 0 };

/**
 * For the live preview: a loader that never throws. With errors in the content it logs them and
 * returns the last good site (or an empty one) with `errors` set, so every page shows the problems
 * instead of crashing the server or silently serving stale pages. The next good load clears them.
 */
export function previewLoader(articlesDir: string, site: SiteConfig, log: (line: string) => void = (l) => console.error(l)): () => PreviewData {
  let lastGood: SiteData | undefined;
  return () => {
    try {
      lastGood = loadSiteData(articlesDir, site);
      return lastGood;
    } catch (e) {
      if (!(e instanceof ArchiveInvalidError)) throw e;
      log(`\n[arsip] ${e.message}\n[arsip] The preview shows the last good version under an error overlay until this is fixed.`);
      return { ...(lastGood ?? siteData(EMPTY_ARCHIVE, site)), errors: e.lines };
    }
  };
}
