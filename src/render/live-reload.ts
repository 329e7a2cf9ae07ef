/**
 * The live preview's reload: every page the preview renders loads a small script that listens for
 * the end of a rebuild (server-sent events) and reloads the page. Served by the preview's own host
 * (serve.ts), under the site's path prefix; a published build has neither the script nor the route.
 *
 * Each message is the preview's version: the server's start and how many rebuilds it has finished.
 * A page reloads when the version it hears differs from the first one it heard, so a page also
 * reloads after the server restarts (a change to the code). A hidden tab closes its stream and
 * checks the version again when shown: browsers open at most six connections to one host, and an
 * editor's many preview tabs must not use them all up.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { posix } from "node:path";
import { PREVIEW } from "../lib/routes.ts";

const { dirname, relative } = posix;
const EVENTS = JSON.stringify(relative(dirname(PREVIEW.script), PREVIEW.events));

/** The script every preview page loads (the pages' Content-Security-Policy allows scripts and connections to 'self'). */
const CLIENT = `(() => {
  const url = new URL(${EVENTS}, document.currentScript.src);
  let seen;
  let source;
  const open = () => {
    source = new EventSource(url);
    source.onmessage = (e) => {
      if (seen === undefined) seen = e.data;
      else if (e.data !== seen) location.reload();
    };
  };
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) {
      source?.close();
      source = undefined;
    } else if (!source) open();
  });
  if (!document.hidden) open();
})();
`;

export interface LiveReload {
  /** answer a request for the script or the event stream (`path` below the site's prefix); false for any other path */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  /** tell every open page to reload */
  reload(): void;
  /** end every open stream */
  close(): void;
}

export function liveReload(started = Date.now()): LiveReload {
  const streams = new Set<ServerResponse>();
  let rebuilds = 0;
  const version = (): string => `${started}-${rebuilds}`;
  return {
    handle(req, res, path) {
      if (path !== PREVIEW.script && path !== PREVIEW.events) return false;
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" });
        res.end();
        return true;
      }
      if (path === PREVIEW.script) {
        res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
        res.end(req.method === "HEAD" ? undefined : CLIENT);
        return true;
      }
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
      if (req.method === "HEAD") {
        res.end();
        return true;
      }
      res.write(`data: ${version()}\n\n`);
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return true;
    },
    reload() {
      rebuilds++;
      for (const res of streams) res.write(`data: ${version()}\n\n`);
    },
    close() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
