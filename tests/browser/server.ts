/**
 * A static file server on 127.0.0.1 for the built site, with an optional path prefix and the site's
 * 404 page. Text is sent gzip-compressed to a client that accepts it, as any production host does.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

export interface StaticServer {
  origin: string;
  /** origin + prefix, ending in / */
  base: string;
  close(): Promise<void>;
}

export async function serve(root: string, prefix = "/"): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname);
    const notFound = (): void => {
      const page = join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] ?? "text/html" });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end("not found");
    };
    if (!path.startsWith(prefix)) return notFound();
    path = `/${path.slice(prefix.length)}`;
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${prefix}${path.slice(1)}/` });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return notFound();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (/^(?:text\/|application\/(?:json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "Accept-Encoding" });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
