/**
 * Writing the site: Eleventy renders a validated archive into a fresh staging folder while every
 * rendered event page goes to Pagefind; only when both succeeded does the staging folder replace
 * the output folder. A failed build leaves the previous output untouched.
 */
import { msg, type Msg } from "../content/messages.ts";
import { NO_PROGRESS, type Progress } from "../content/progress.ts";
import { walkFiles } from "../content/files.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "../site/config.ts";
import { siteData } from "../site/pages.ts";
import { renderSite } from "./eleventy.ts";
import { writePlainFiles } from "./plain-files.ts";
import { createStaging, OutputError, recoverOutput, removeBuild, removeStaleStaging, swapIn } from "./output-folder.ts";
import { SearchIndexer, type SearchIndexStats } from "./search-index.ts";

export interface BuildResult {
  /** HTML pages written */
  pages: number;
  search: SearchIndexStats;
}

/** A build that failed after validation; the output folder is unchanged. */
export class BuildError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.message);
    this.name = "BuildError";
  }
}

/** Render `archive` (already validated) into `output`, replacing it only when everything succeeded. */
export async function writeBuild(archive: Archive, site: SiteConfig, output: string, progress: Progress = NO_PROGRESS): Promise<BuildResult> {
  recoverOutput(output);
  removeStaleStaging(output);
  const staging = createStaging(output);
  // every rendered page goes straight to Pagefind, which indexes on the other core meanwhile
  const indexer = await SearchIndexer.start();
  try {
    progress.phase(msg("progress.preparing"));
    const data = siteData(archive, site);
    let written = 0;
    await renderSite(staging, {
      site,
      archive: data,
      onPages: (total) => progress.phase(msg("progress.writing"), total),
      onPage: async (url, html) => {
        progress.count(++written);
        if (typeof url === "string" && url.endsWith("/")) await indexer.add(url, html);
      },
    });
    writePlainFiles(staging, data.citationFiles);
  } catch (e) {
    await indexer.abandon();
    removeBuild(staging);
    throw new BuildError(msg("build.render-failed", { detail: (e as Error).message }));
  }

  let search: SearchIndexStats;
  try {
    progress.phase(msg("progress.indexing"));
    search = await indexer.finish(staging);
    progress.end();
  } catch (e) {
    removeBuild(staging);
    throw new BuildError(msg("build.index-failed", { detail: (e as Error).stack ?? (e as Error).message }));
  }

  try {
    swapIn(staging, output);
  } catch (e) {
    if (e instanceof OutputError) throw new BuildError(e.msg);
    throw e;
  }

  const pages = walkFiles(output).filter((f) => f.path.endsWith(".html")).length;
  return { pages, search };
}
