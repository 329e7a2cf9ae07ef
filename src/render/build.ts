/**
 * Writing the site: Eleventy renders a validated archive into a fresh staging folder while every
 * rendered event page goes to Pagefind; only when both succeeded does the staging folder replace
 * the output folder. A failed build leaves the previous output untouched.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { walkFiles } from "../content/files.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "../site/config.ts";
import { siteData } from "../site/pages.ts";
import { renderSite } from "./eleventy.ts";
import { SearchIndexer, type SearchIndexStats } from "./search-index.ts";

export interface BuildResult {
  /** HTML pages written */
  pages: number;
  search: SearchIndexStats;
}

/** A build that failed after validation; the output folder is unchanged. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildError";
  }
}

/** Render `archive` (already validated) into `output`, replacing it only when everything succeeded. */
export async function writeBuild(archive: Archive, site: SiteConfig, output: string): Promise<BuildResult> {
  mkdirSync(dirname(output), { recursive: true });
  const staging = mkdtempSync(join(dirname(output), `.build-${basename(output)}-`));
  // every rendered page goes straight to Pagefind, which indexes on the other core meanwhile
  const indexer = await SearchIndexer.start();
  try {
    await renderSite(staging, {
      site,
      archive: siteData(archive, site),
      onPage: async (url, html) => {
        if (typeof url === "string" && url.endsWith("/")) await indexer.add(url, html);
      },
    });
  } catch (e) {
    await indexer.abandon();
    rmSync(staging, { recursive: true, force: true });
    throw new BuildError(`Build failed while rendering: ${(e as Error).message}`);
  }

  let search: SearchIndexStats;
  try {
    search = await indexer.finish(staging);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw new BuildError((e as Error).stack ?? (e as Error).message);
  }

  // swap: the old output is moved aside first, so a crash in between never leaves a half-written site
  const previous = `${staging}-old`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  rmSync(previous, { recursive: true, force: true });

  const pages = walkFiles(output).filter((f) => f.path.endsWith(".html")).length;
  return { pages, search };
}
