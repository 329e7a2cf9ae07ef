/**
 * Checking a built site against the archive: every article's fingerprint in the site's manifest and
 * in its data file, and every article's text on its event page, as the archive's files give them.
 * Pure but for `read`, which fetches a file of the site (from a folder or over HTTP).
 */
import { fingerprint } from "../content/fingerprint.ts";
import { msg, type Msg } from "../content/messages.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { DATA_PATHS, manifest } from "./data.ts";
import { eventUrl } from "./urls.ts";
import { siteData } from "./pages.ts";

/** A file of the built site by its root-relative path, or undefined when it is not there. */
export type SiteReader = (path: string) => Promise<string | undefined>;

export interface Difference {
  /** the article's file in the archive, e.g. `articles/<event>/<id>.md` (or the site file, for a file that is missing) */
  file: string;
  problem: Msg;
}

export async function verifySite(archive: Archive, site: SiteConfig, read: SiteReader): Promise<{ checked: number; differences: Difference[] }> {
  const differences: Difference[] = [];
  const expected = manifest(archive).articles;
  const fileOf = new Map<string, string>(archive.events.flatMap((e) => e.articles.map((a) => [`${e.id}/${a.id}`, a.file] as const)));
  const key = (x: { event: string; article: string }): string => `${x.event}/${x.article}`;

  // 1. the manifest: the same articles, with the same fingerprints
  const manifestText = await read(DATA_PATHS.manifest);
  const published = parse<{ articles?: { event: string; article: string; sha256: string }[] }>(manifestText);
  if (published?.articles === undefined) differences.push({ file: DATA_PATHS.manifest, problem: msg("verify.no-manifest") });
  else {
    const got = new Map(published.articles.map((x) => [key(x), x.sha256]));
    for (const x of expected) {
      const sha = got.get(key(x));
      const file = fileOf.get(key(x)) ?? key(x);
      if (sha === undefined) differences.push({ file, problem: msg("verify.not-in-manifest") });
      else if (sha !== x.sha256) differences.push({ file, problem: msg("verify.manifest-differs", { expected: x.sha256, got: sha }) });
    }
    const known = new Set(expected.map(key));
    for (const x of published.articles) if (!known.has(key(x))) differences.push({ file: key(x), problem: msg("verify.not-in-archive") });
  }

  // 2. the data file: each article's text hashes to its fingerprint
  const data = parse<{ events?: { id: string; articles?: { id: string; markdown?: string }[] }[] }>(await read(DATA_PATHS.json));
  if (data?.events === undefined) differences.push({ file: DATA_PATHS.json, problem: msg("verify.no-data") });
  else {
    const texts = new Map<string, string | undefined>(data.events.flatMap((e) => (e.articles ?? []).map((a) => [`${e.id}/${a.id}`, a.markdown] as const)));
    for (const x of expected) {
      const text = texts.get(key(x));
      const file = fileOf.get(key(x)) ?? key(x);
      if (text === undefined) differences.push({ file, problem: msg("verify.not-in-data") });
      else if (fingerprint(text) !== x.sha256) differences.push({ file, problem: msg("verify.data-differs") });
    }
  }

  // 3. the pages: each article's text, as the build renders it, stands on its event page
  const pages = siteData(archive, site).eventPages;
  for (const page of pages) {
    const path = `${eventUrl(page.id)}index.html`;
    const html = await read(path);
    for (const a of page.articles) {
      const file = fileOf.get(`${page.id}/${a.id}`) ?? a.id;
      if (html === undefined) differences.push({ file, problem: msg("verify.no-page", { path }) });
      else if (!html.includes(a.html) || !html.includes(a.rest)) differences.push({ file, problem: msg("verify.page-differs", { path }) });
    }
  }
  return { checked: expected.length, differences };
}

function parse<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
