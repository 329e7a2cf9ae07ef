import type { Archive } from "./model.ts";

/** `4 events, 5 articles, 30 tags, 0 drafts skipped[, 25 pages written], 0.42 s` */
export function summaryLine(archive: Archive, opts: { pages?: number; seconds: number }): string {
  const drafts = archive.drafts.events + archive.drafts.articles;
  const parts = [
    plural(archive.events.length, "event"),
    plural(archive.articleCount, "article"),
    plural(archive.tags.length, "tag"),
    `${plural(drafts, "draft")} skipped` + (drafts > 0 ? ` (${plural(archive.drafts.events, "event")}, ${plural(archive.drafts.articles, "article")})` : ""),
  ];
  if (opts.pages !== undefined) parts.push(`${plural(opts.pages, "page")} written`);
  parts.push(`${opts.seconds.toFixed(2)} s`);
  return parts.join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
