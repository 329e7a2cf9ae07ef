/** (e) Page weights and (f) the search index size, from a built site. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { walkFiles } from "../lib/files.ts";
import { eventUrl, SECTIONS } from "../lib/routes.ts";

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

export function pageWeight(site: string, urlPath: string): PageWeight {
  const file = join(site, urlPath, "index.html");
  const html = readFileSync(file, "utf8");
  const size = (ref: string): number => {
    if (/^(?:[a-z]+:)?\/\//i.test(ref)) return 0; // another site's file is not part of this site's weight
    const clean = ref.split(/[?#]/)[0] ?? "";
    const path = clean.startsWith("/") ? join(site, clean) : join(dirname(file), clean);
    return existsSync(path) ? statSync(path).size : 0;
  };
  const refs = (re: RegExp): string[] => [...new Set([...html.matchAll(re)].map((m) => m[1] ?? ""))];
  const css = refs(/<link\b(?=[^>]*\brel="?stylesheet"?)[^>]*\bhref="([^"]+)"/gi).reduce((n, r) => n + size(r), 0);
  const js = refs(/<script\b[^>]*\bsrc="([^"]+)"/gi).reduce((n, r) => n + size(r), 0);
  const bytes = Buffer.byteLength(html);
  return { path: urlPath, html: bytes, css, js, total: bytes + css + js };
}

export function largestEventPage(site: string): string {
  let best = "";
  let bestSize = -1;
  const dir = join(site, SECTIONS.events);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const f = join(dir, e.name, "index.html");
    if (!existsSync(f)) continue;
    const s = statSync(f).size;
    if (s > bestSize) {
      bestSize = s;
      best = e.name;
    }
  }
  if (best === "") throw new Error(`no event pages under ${dir}`);
  return eventUrl(best);
}

export function folderBytes(dir: string): number {
  return walkFiles(dir).reduce((n, f) => n + f.size, 0);
}

export function countFiles(dir: string, suffix: string): number {
  return walkFiles(dir).filter((f) => f.path.endsWith(suffix)).length;
}
