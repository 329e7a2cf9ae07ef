/**
 * The live preview's reload: every page the preview renders loads a small script that listens for
 * the end of a rebuild (server-sent events) and reloads the page. Served by the preview's own host
 * (serve.ts), under the site's path prefix; a published build has neither the script nor the route.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { posix } from "node:path";
import { PREVIEW } from "../lib/routes.ts";

const { dirname, relative } = posix;

/** The script every preview page loads (the pages' Content-Security-Policy allows scripts and connections to 'self'). */
const CLIENT = `new EventSource(new URL(${JSON.stringify(relative(dirname(PREVIEW.script), PREVIEW.events))}, document.currentScript.src)).onmessage = () => location.reload();\n`;

export interface LiveReload {
  /** answer a request for the script or the event stream (`path` below the site's prefix); false for any other path */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  /** tell every open page to reload */
  reload(): void;
  /** end every open stream */
  close(): void;
}

export function liveReload(): LiveReload {
  const streams = new Set<ServerResponse>();
  return {
    handle(req, res, path) {
      if (path === PREVIEW.script) {
        res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
        res.end(req.method === "HEAD" ? undefined : CLIENT);
        return true;
      }
      if (path !== PREVIEW.events) return false;
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
      res.write(": terhubung\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return true;
    },
    reload() {
      for (const res of streams) res.write("data: muat-ulang\n\n");
    },
    close() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
