import { msg, type Msg } from "../lib/messages/index.ts";
import type { Archive } from "./model.ts";

/** `4 peristiwa, 5 artikel, 30 tag, 0 draf dilewati[, 25 halaman ditulis], 0,42 dtk` / `4 events, 5 articles, …` */
export function summaryLine(archive: Archive, opts: { pages?: number; seconds: number }): Msg {
  return msg("summary.line", {
    events: archive.events.length,
    articles: archive.articleCount,
    tags: archive.tags.length,
    drafts: archive.drafts.events + archive.drafts.articles,
    draftEvents: archive.drafts.events,
    draftArticles: archive.drafts.articles,
    ...(opts.pages !== undefined && { pages: opts.pages }),
    seconds: opts.seconds,
  });
}
