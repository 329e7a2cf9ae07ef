/**
 * The built site for the browser tests, served by the project's own production server
 * (src/render/serve.ts, what `npm run serve` runs) on 127.0.0.1, on a port the OS picks: pages
 * compressed, assets cached, the site's 404 page, the path prefix.
 */
import { startSiteServer } from "../../src/render/serve.ts";

export interface StaticServer {
  origin: string;
  /** origin + prefix, ending in / */
  base: string;
  close(): Promise<void>;
}

export async function serve(root: string, prefix = "/"): Promise<StaticServer> {
  const site = await startSiteServer({ dir: root, prefix, host: "127.0.0.1", port: 0 });
  return { origin: new URL(site.url).origin, base: site.url, close: site.close };
}
