/** Metadata for machines: JSON-LD that can never break out of its script element. */
import { machineDate } from "../content/dates.ts";
import type { Article, Event } from "../content/model.ts";

/**
 * Serialise JSON-LD for a `<script type="application/ld+json">`: `<`, `>` and `&` become
 * unicode escapes, so no title can close the script or open a comment; the result is still valid JSON.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const CONTEXT = "https://schema.org";

/**
 * One article as a top-level `NewsArticle` (structured-data tools read each as an item of its own).
 * Only what the source states: no headline, publisher, date or address is invented; the agency an
 * article relays (`via`) is a work it cites (`citation`), not the employer of its writer.
 */
export function newsArticleLd(a: Article, url: string): Record<string, unknown> {
  return {
    "@type": "NewsArticle",
    "@id": `${url}#${a.id}`,
    url: `${url}#${a.id}`,
    // only the headline the source printed; none is invented
    ...(a.title !== undefined && { headline: a.title }),
    inLanguage: a.language,
    ...(a.outlet && { publisher: { "@type": "Organization", name: a.outlet } }),
    // as stated: a date stays a date (schema.org takes one), a date-time keeps its offset
    ...(a.published && { datePublished: machineDate(a.published) }),
    ...(a.author && { author: { "@type": "Person", name: a.author } }),
    ...(a.editor && { editor: { "@type": "Person", name: a.editor } }),
    ...(a.url && { isBasedOn: a.url }),
    // the archived copy of the original, as the editor gave it
    ...(a.archive_url && { archivedAt: a.archive_url }),
    ...(a.via && { citation: { "@type": "CreativeWork", publisher: { "@type": "Organization", name: a.via } } }),
  };
}

/** An event page: the page (about the event) and, beside it in one `@graph`, each of its articles. */
export function eventPageLd(e: Event, url: string, siteName: string, siteUrl: string): Record<string, unknown> {
  const page = {
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: e.title,
    description: e.summary,
    inLanguage: "id",
    isPartOf: { "@type": "WebSite", name: siteName, url: siteUrl },
    about: {
      "@type": "Event",
      name: e.title,
      startDate: e.date.iso,
      description: e.summary,
      ...(e.place && { location: { "@type": "Place", name: e.place } }),
    },
    keywords: e.tags.map((t) => t.label).join(", "),
    hasPart: e.articles.map((a) => ({ "@id": `${url}#${a.id}` })),
  };
  // the page's hasPart names each article's @id: the items need no link back
  return { "@context": CONTEXT, "@graph": [page, ...e.articles.map((a) => newsArticleLd(a, url))] };
}

export function webPageLd(name: string, description: string, url: string, siteName: string, siteUrl: string, type = "WebPage"): Record<string, unknown> {
  return {
    "@context": CONTEXT,
    "@type": type,
    "@id": url,
    url,
    name,
    description,
    inLanguage: "id",
    isPartOf: { "@type": "WebSite", name: siteName, url: siteUrl },
  };
}
