/**
 * Serving a built site as a production host serves it (`npm run serve`): the rules here are the
 * ones the nginx example in examples/nginx.conf writes down, and tests/e2e/publishing.test.ts holds
 * the two to the same answers.
 *
 * - Files are read by serve-static (Express's static middleware: ETag, Last-Modified, conditional
 *   and range requests, index.html for a folder, a redirect for a folder asked for without its
 *   slash, dotfiles hidden) and compressed by compression (Express's: brotli when the browser
 *   accepts it, else gzip, with Vary: Accept-Encoding). Both are small, long-maintained, and do
 *   exactly this; the server around them only adds this site's rules.
 * - Content types are this site's own (TYPES): Atom feeds as application/atom+xml, BibTeX and
 *   RIS citations, Pagefind's index files as bytes (they are gzip inside already, so they are
 *   never compressed again).
 * - Files whose name changes with their content (assets, Pagefind's index chunks) may be kept a
 *   year (`immutable`); everything else, pages first, is revalidated on every use (`no-cache`).
 * - A missing file gets the site's 404.html with status 404; the path prefix of a prefixed build
 *   is where the site lives, the bare root redirects there, and the prefix without its slash
 *   redirects (301) to it. An unsatisfiable range answers 416 and a failed precondition 412, with
 *   no body, as nginx does (a resumed download must never get the 404 page appended).
 * - A large file with a compressed copy beside it (precompressed.ts) is sent as that copy to a
 *   reader that accepts its encoding: no compressor is held for a reader, however slowly it reads.
 * - Every answer carries the security headers of SECURITY_HEADERS, as the nginx example's do.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join } from "node:path";
import compression from "compression";
import serveStatic from "serve-static";
import { FINGERPRINTED } from "./assets.ts";
import { chosenEncoding, ENCODINGS, PRECOMPRESS_MIN } from "./precompressed.ts";
import { FEED_FILE, folderOf, NOT_FOUND_PAGE, SECTIONS } from "../lib/routes.ts";

/** Content type and whether it is compressed on the way, by file extension. */
export const TYPES: Readonly<Record<string, { type: string; compress: boolean }>> = {
  ".html": { type: "text/html; charset=utf-8", compress: true },
  ".css": { type: "text/css; charset=utf-8", compress: true },
  ".js": { type: "text/javascript; charset=utf-8", compress: true },
  ".json": { type: "application/json; charset=utf-8", compress: true },
  ".xml": { type: "application/xml; charset=utf-8", compress: true },
  ".txt": { type: "text/plain; charset=utf-8", compress: true },
  ".csv": { type: "text/csv; charset=utf-8", compress: true },
  ".bib": { type: "application/x-bibtex; charset=utf-8", compress: true },
  ".ris": { type: "application/x-research-info-systems; charset=utf-8", compress: true },
  ".svg": { type: "image/svg+xml", compress: true },
  ".wasm": { type: "application/wasm", compress: true },
};
/** Atom feeds: `feed.xml` wherever it is (the site's and each tag's). */
export const FEED = { type: "application/atom+xml; charset=utf-8", compress: true } as const;
/** Anything else, Pagefind's index files included. */
export const BYTES = { type: "application/octet-stream", compress: false } as const;

/**
 * Headers every answer carries: no page of the site may be framed by another (the pages' own
 * Content-Security-Policy is a meta element, which cannot say frame-ancestors), addresses are not
 * handed to other sites beyond their origin, and no file is sniffed for another type.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
};

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The content type of a file of the site (path below the site's root). */
export function typeOf(path: string): { type: string; compress: boolean } {
  if (basename(path) === FEED_FILE) return FEED;
  return TYPES[extname(path).toLowerCase()] ?? BYTES;
}

/**
 * How long a browser may keep a file of the site (path below the site's root, starting with /):
 * a year for names that change with the content (our assets, Pagefind's fragments, word index and
 * filter chunks and its metadata files in each part of the index), otherwise revalidation every time.
 */
export function cacheControlOf(path: string): string {
  const inside = (section: string): string | undefined => (path.startsWith(section) ? path.slice(section.length) : undefined);
  const asset = inside(SECTIONS.assets);
  if (asset !== undefined && !asset.includes("/") && FINGERPRINTED.test(path)) return IMMUTABLE;
  const index = inside(SECTIONS.searchIndex);
  // in every part of the index (src/site/search-parts.ts): pagefind/2023/fragment/…
  if (index !== undefined && /^[^/]+\/(?:(?:fragment|index|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/.test(index)) return IMMUTABLE;
  return REVALIDATE;
}

export interface SiteServer {
  /** the site's address, ending in its path prefix: http://127.0.0.1:8080/ */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** the built site (a folder holding index.html) */
  dir: string;
  /** the path prefix the site was built for, with leading and trailing slash */
  prefix: string;
  host: string;
  /** 0: any free port */
  port: number;
  /** answers a request itself (path below the prefix), or returns false (the live preview's reload) */
  handle?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
}

/**
 * The path prefix a site in `dir` was built for, read from its home page's stylesheet link
 * (`/arsip-korut/assets/style.<hash>.css` → `/arsip-korut/`); undefined when `dir` holds no built site.
 */
const STYLESHEET_LINK = new RegExp(`<link rel="stylesheet" href="(/(?:[^"]*/)?)${folderOf(SECTIONS.assets)}/style\\.[0-9a-f]+\\.css">`);

export function builtPrefix(dir: string): string | undefined {
  let home: string;
  try {
    home = readFileSync(join(dir, "index.html"), "utf8");
  } catch {
    return undefined;
  }
  const m = STYLESHEET_LINK.exec(home);
  return m?.[1];
}

/**
 * Where `path` (below the site's root, as asked for) is on disk, and what is there; undefined for a
 * name this host does not serve from disk: a dot file or folder, a backslash, a bad escape.
 */
function onDisk(dir: string, path: string): { file: string; kind: "file" | "folder" | "none" } | undefined {
  let segments: string[];
  try {
    segments = path
      .split("/")
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  if (segments.some((s) => s.startsWith(".") || /[\\/]/.test(s))) return undefined;
  const file = join(dir, ...segments);
  return { file, kind: kindOf(file) };
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

const kindOf = (file: string): "file" | "folder" | "none" => {
  try {
    const st = statSync(file);
    return st.isFile() ? "file" : st.isDirectory() ? "folder" : "none";
  } catch {
    return "none";
  }
};

/** Start serving `dir`; resolves once listening (rejects when the port is taken). */
export async function startSiteServer({ dir, prefix, host, port, handle }: ServeOptions): Promise<SiteServer> {
  const compressible = new Set([...Object.values(TYPES), FEED].filter((t) => t.compress).map((t) => t.type));
  // a large file is never compressed on the way, whatever encoding the reader asks for (deflate): it
  // goes out as it is or as the copy the build wrote, and no compressor is held for a slow reader
  const large = new WeakSet<ServerResponse>();
  const middleware = compression({ filter: (_req, res) => !large.has(res) && compressible.has(String(res.getHeader("Content-Type") ?? "")) });
  // compression is typed for Express; it uses only what Node's own request and response have
  const compress = middleware as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const files = serveStatic(dir, {
    index: ["index.html"],
    // a folder without its slash is redirected here, with this site's headers (serve-static's own redirect sends its own CSP)
    redirect: false,
    dotfiles: "ignore",
    // errors come to the callback: a 416 or 412 is answered as such, anything else as not found
    fallthrough: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // a compressed copy is the file it copies, in another encoding
      const encoding = ENCODINGS.find((e) => e.name === res.getHeader("Content-Encoding"));
      const file = encoding && path.endsWith(encoding.suffix) ? path.slice(0, -encoding.suffix.length) : path;
      const site = `/${file
        .slice(dir.length)
        .split(/[\\/]+/)
        .filter(Boolean)
        .join("/")}`;
      res.setHeader("Content-Type", typeOf(file).type);
      res.setHeader("Cache-Control", cacheControlOf(site));
    },
  });

  const notFound = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": TYPES[".txt"]?.type ?? "text/plain" });
      res.end();
      return;
    }
    const page = join(dir, NOT_FOUND_PAGE);
    for (const name of ["Content-Encoding", "Content-Range", "Vary"]) res.removeHeader(name);
    res.statusCode = 404;
    res.setHeader("Content-Type", TYPES[".html"]?.type ?? "text/html");
    res.setHeader("Cache-Control", REVALIDATE);
    if (req.method === "HEAD" || !existsSync(page)) {
      res.end();
      return;
    }
    createReadStream(page).pipe(res);
  };

  /** A range that cannot be met (416) or a precondition that fails (412): the status, its headers, no body. */
  const refused = (res: ServerResponse, err: { status?: number; statusCode?: number; headers?: Record<string, string> }): boolean => {
    const status = err.status ?? err.statusCode;
    if (status !== 416 && status !== 412) return false;
    // a compressed copy's range answer keeps its encoding: the size it names is the copy's
    res.writeHead(status, { ...err.headers, "Content-Length": "0" });
    res.end();
    return true;
  };

  const server = createServer((req, res) => {
    // every answer is revalidated and typed strictly unless the file's own headers say otherwise (setHeaders)
    res.setHeader("Cache-Control", REVALIDATE);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    compress(req, res, () => {
      const url = req.url ?? "/";
      if (prefix !== "/" && (url === "/" || url.startsWith("/?"))) {
        res.writeHead(302, { Location: prefix });
        res.end();
        return;
      }
      // the prefix without its slash, as nginx answers a folder asked for without it
      const bare = prefix.slice(0, -1);
      if (prefix !== "/" && (url === bare || url.startsWith(`${bare}?`))) {
        res.writeHead(301, { Location: `${prefix}${url.slice(bare.length)}` });
        res.end();
        return;
      }
      if (!url.startsWith(prefix)) return notFound(req, res);
      const withoutQuery = url.replace(/[?#].*$/, "");
      const query = url.slice(withoutQuery.length);
      const path = `/${withoutQuery.slice(prefix.length)}`;
      if (handle?.(req, res, path)) return;
      req.url = `/${url.slice(prefix.length)}`;
      const found = path === "/" ? undefined : onDisk(dir, path);
      if (!path.endsWith("/") && found?.kind === "folder") {
        // slashes in a row are one (as nginx merges them): "//sumber" must never redirect to another host
        res.writeHead(301, { Location: `${withoutQuery.replace(/\/{2,}/g, "/")}/${query}` });
        res.end();
        return;
      }
      // a large file's compressed copy, when the build wrote one and the reader accepts its encoding
      const encoding = found?.kind === "file" ? chosenEncoding(req.headers["accept-encoding"]) : undefined;
      const copy = encoding && found && kindOf(`${found.file}${encoding.suffix}`) === "file" ? encoding : undefined;
      if (found?.kind === "file" && sizeOf(found.file) >= PRECOMPRESS_MIN) large.add(res);
      if (copy) {
        res.setHeader("Content-Encoding", copy.name);
        res.setHeader("Vary", "Accept-Encoding");
        req.url = `${path}${copy.suffix}${query}`;
      }
      files(req, res, (err?: unknown) => {
        if (err && typeof err === "object" && refused(res, err)) return;
        req.url = url;
        notFound(req, res);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}${prefix}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
