/**
 * The feeds: the site's and one per tag, outlet, agency and storyline, newest events first, each as
 * Atom (templates/_includes/atom.njk) and, beside it, as a JSON Feed 1.1 (written here: JSON.stringify
 * escapes every value).
 */
import { formatPublished, rfc3339, sortKey } from "../content/dates.ts";
import { UNKNOWN_OUTLET } from "../content/outlets.ts";
import type { Event } from "../content/model.ts";
import { outletsOf } from "./cards.ts";
import { escapeHtml } from "./markdown.ts";
import type { SiteConfig } from "./config.ts";
import { absoluteUrl, eventUrl, jsonFeedUrl } from "../lib/routes.ts";
import { FEED_LIMIT, plainFile, type Feed, type FeedEntry, type PageMeta, type PlainFile } from "./views.ts";

/** A page's link to its feeds: the Atom feed at `url` and the JSON Feed beside it. */
export function feedLink(url: string, title: string): NonNullable<PageMeta["feed"]> {
  return { url, json: jsonFeedUrl(url), title };
}

/** The JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) with the entries of an Atom feed. */
export function jsonFeed(site: SiteConfig, feed: Feed): string {
  const doc = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.alternateUrl,
    feed_url: absoluteUrl(site, jsonFeedUrl(feed.path)),
    description: feed.subtitle,
    language: "id",
    authors: [{ name: site.title }],
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      summary: e.summary,
      date_published: e.published,
      date_modified: e.updated,
      ...(e.categories.length > 0 && { tags: e.categories }),
    })),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** The JSON Feed beside each Atom feed, for the build to write. */
export function jsonFeedFiles(site: SiteConfig, feeds: readonly Feed[]): PlainFile[] {
  // a JSON Feed is made from its Atom feed's entries and the settings alone
  return feeds.map((f) =>
    plainFile(
      jsonFeedUrl(f.path),
      () => jsonFeed(site, f),
      () => [site, f],
    ),
  );
}

/**
 * An entry's content, as HTML (the template escapes it once more for `type="html"`): the event's
 * summary and its coverage, one line per article with its outlet, date and a link to its section.
 * Only what the archive holds: the source's own headline where it has one, never an invented one.
 */
function entryContent(e: Event, url: string): string {
  const items = e.articles.map((a) => {
    const when = a.published === undefined ? "" : `, ${escapeHtml(formatPublished(a.published))}`;
    const title =
      a.title !== undefined
        ? `: <a href="${escapeHtml(`${url}#${a.id}`)}">${escapeHtml(a.title)}</a>`
        : ` (<a href="${escapeHtml(`${url}#${a.id}`)}">baca</a>)`;
    return `<li>${escapeHtml(a.outlet ?? UNKNOWN_OUTLET)}${when}${title}</li>`;
  });
  // every published event has an article (the loader refuses one without)
  return `<p>${escapeHtml(e.summary)}</p><p>Liputan:</p><ul>${items.join("")}</ul>`;
}

export function feedOf(site: SiteConfig, events: readonly Event[], path: string, alternate: string, title: string, subtitle: string): Feed {
  const entries = events.slice(0, FEED_LIMIT).map((e): FeedEntry => {
    const latest = [e.date, ...e.articles.flatMap((a) => (a.published ? [a.published] : []))].sort((a, b) => sortKey(b).localeCompare(sortKey(a)))[0] ?? e.date;
    const url = absoluteUrl(site, eventUrl(e.id));
    return {
      id: url,
      title: e.title,
      url,
      published: rfc3339(e.date),
      updated: rfc3339(latest),
      summary: `${e.summary} Liputan: ${outletsOf(e).join(", ")}.`,
      contentHtml: entryContent(e, url),
      categories: e.tags.map((t) => t.label),
    };
  });
  const updated =
    entries
      .map((x) => x.updated)
      .sort()
      .at(-1) ?? "1970-01-01T00:00:00+07:00";
  return { title, subtitle, path, selfUrl: absoluteUrl(site, path), alternateUrl: absoluteUrl(site, alternate), id: absoluteUrl(site, path), updated, entries };
}
