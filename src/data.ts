/** The archive as the site sees it: load, fail loudly with every problem, shape for templates. */
import { loadArchive } from "./loader.ts";
import { siteData, type SiteData } from "./pages.ts";
import { formatProblem } from "./problems.ts";
import type { SiteConfig } from "./site.ts";

export class ArchiveInvalidError extends Error {
  constructor(readonly lines: string[]) {
    super(`The archive has ${lines.length} ${lines.length === 1 ? "problem" : "problems"}:\n${lines.join("\n")}`);
    this.name = "ArchiveInvalidError";
  }
}

/** Load the archive for a build; throws ArchiveInvalidError listing every error. */
export function loadSiteData(site: SiteConfig): SiteData {
  const { archive, problems } = loadArchive(site.articlesDir);
  if (!archive) throw new ArchiveInvalidError(problems.filter((p) => p.severity === "error").map(formatProblem));
  return siteData(archive, site);
}
