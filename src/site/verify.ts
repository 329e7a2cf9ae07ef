/**
 * Checking a built site against the archive: every article's fingerprint in the site's manifest and
 * in its data file, and every article's text on its event page, as the archive's files give them.
 * Pure but for `read`, which fetches a file of the site (from a folder or over HTTP).
 */
import { msg, type Msg } from "../lib/messages/index.ts";
import type { Archive } from "../content/model.ts";
import type { SiteConfig } from "./config.ts";
import { articleData, manifest } from "./data.ts";
import { DATA_PATHS, eventUrl } from "../lib/routes.ts";
import { eventCard } from "./cards.ts";
import { eventPages } from "./event-pages.ts";

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
  const known = new Set(expected.map(key));
  // a name from the site, as it may be printed: an id, or else quoted with its control characters escaped
  const shown = (k: string): string => (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(k) ? k : JSON.stringify(k));

  // 1. the manifest: the same articles, with the same fingerprints
  const listed = entries(parse<{ articles?: unknown }>(await read(DATA_PATHS.manifest))?.articles);
  if (listed === undefined) differences.push({ file: DATA_PATHS.manifest, problem: msg("verify.no-manifest") });
  else {
    const got = new Map(listed.map((x) => [key(x), x.sha256]));
    for (const x of expected) {
      const sha = got.get(key(x));
      const file = fileOf.get(key(x)) ?? key(x);
      if (sha === undefined) differences.push({ file, problem: msg("verify.not-in-manifest") });
      else if (sha !== x.sha256)
        differences.push({
          file,
          problem: msg("verify.manifest-differs", { expected: x.sha256, got: /^[0-9a-f]{64}$/.test(sha) ? sha : JSON.stringify(sha) }),
        });
    }
    for (const x of listed) if (!known.has(key(x))) differences.push({ file: shown(key(x)), problem: msg("verify.not-in-archive") });
  }

  // 2. the data file: each article as the archive gives it (its address on the site aside, which depends on where it is published)
  const data = parse<{ events?: unknown }>(await read(DATA_PATHS.json));
  const events = Array.isArray(data?.events) ? (data.events as { id?: unknown; articles?: unknown }[]) : undefined;
  if (events === undefined) differences.push({ file: DATA_PATHS.json, problem: msg("verify.no-data") });
  else {
    const inData = new Map<string, unknown>();
    for (const e of events)
      for (const a of Array.isArray(e?.articles) ? (e.articles as { id?: unknown }[]) : []) inData.set(`${String(e?.id)}/${String(a?.id)}`, a);
    // an article nested deeper than any the archive writes differs without being walked (no recursion the site can exhaust)
    const withoutAddress = (a: unknown): string => (nestedDeeperThan(a, 8) ? "" : JSON.stringify({ ...(a as object), siteUrl: undefined }));
    for (const e of archive.events) {
      for (const a of e.articles) {
        const got = inData.get(`${e.id}/${a.id}`);
        if (got === undefined) differences.push({ file: a.file, problem: msg("verify.not-in-data") });
        else if (withoutAddress(got) !== withoutAddress(articleData(site, e, a))) differences.push({ file: a.file, problem: msg("verify.data-differs") });
      }
    }
    for (const k of inData.keys()) if (!known.has(k)) differences.push({ file: shown(k), problem: msg("verify.not-in-archive-data") });
  }

  // 3. the pages: each article, with its heading and its text as the build renders them, on its event page
  // only the event pages: the rest of the site (lists, feeds, data and citation files) is not needed here
  for (const page of eventPages(site, archive, eventCard)) {
    const path = `${eventUrl(page.id)}index.html`;
    const html = await read(path);
    for (const a of page.articles) {
      const file = fileOf.get(`${page.id}/${a.id}`) ?? a.id;
      const heading = `<h3 id="judul_${a.id}"`;
      const at = html?.indexOf(`<article class="article" id="${a.id}"`) ?? -1;
      if (html === undefined) differences.push({ file, problem: msg("verify.no-page", { path }) });
      else if (at < 0 || !html.includes(heading) || !html.includes(`>${asTemplatePrints(a.heading)}</h3>`) || !html.includes(a.html) || !html.includes(a.rest))
        differences.push({ file, problem: msg("verify.page-differs", { path }) });
    }
  }
  return { checked: expected.length, differences };
}

/** Whether `value` holds arrays or objects more than `depth` levels deep: walked with a list, not by recursion. */
export function nestedDeeperThan(value: unknown, depth: number): boolean {
  const todo: [unknown, number][] = [[value, 0]];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const [v, d] = next;
    if (typeof v !== "object" || v === null) continue;
    if (d >= depth) return true;
    for (const child of Object.values(v)) todo.push([child, d + 1]);
  }
  return false;
}

/** Text as the templates print it (Nunjucks' autoescape). */
function asTemplatePrints(text: string): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** The manifest's list, when it is one: entries with string event, article and sha256; undefined for anything else. */
function entries(list: unknown): { event: string; article: string; sha256: string }[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const ok = list.every(
    (x) => typeof x === "object" && x !== null && ["event", "article", "sha256"].every((k) => typeof (x as Record<string, unknown>)[k] === "string"),
  );
  return ok ? (list as { event: string; article: string; sha256: string }[]) : undefined;
}

function parse<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
