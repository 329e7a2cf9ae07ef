/**
 * `npm start [-- --port N] [--host H] [--output DIR] [--articles DIR]`: the live preview. Builds the
 * site into its own folder (never the deployable _site/), serves it, and rebuilds when anything in
 * the articles folder is added, changed, deleted or renamed; pages that no longer exist are removed
 * and answer 404. Content errors never stop it: they are printed here and shown over every page
 * until fixed (src/render/preview.ts). It listens on 127.0.0.1 unless --host says otherwise, and
 * once it listens prints `Preview: <url>` (the port moves up when the one asked for is taken).
 */
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { siteConfig } from "../site/config.ts";
import { articlesDirOf, command, fail, parseCommandLine, pathArg, projectRoot, runIfMain } from "./run.ts";

const USAGE = `Usage: npm start [-- --port N] [--host H] [--output DIR] [--articles DIR]
  --port       the port to serve on (default 8080; the next free one when it is taken)
  --host       the address to listen on (default 127.0.0.1: this machine only)
  --output     the preview's own folder (default: .cache/preview; never the site you publish)
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`;

export const start = command(USAGE, async (argv, io) => {
  const { values } = parseCommandLine(argv, { port: { type: "string" }, host: { type: "string" }, output: { type: "string" }, articles: { type: "string" } });
  const port = Number(values.port ?? "8080");
  if (!/^\d+$/.test(values.port ?? "8080") || port < 1 || port > 65535) fail(2, `--port must be a port number from 1 to 65535, not "${values.port ?? ""}".`);
  const host = values.host ?? "127.0.0.1";
  const articlesDir = articlesDirOf(io, values.articles);
  const output = values.output === undefined ? join(projectRoot, ".cache", "preview") : pathArg(io, values.output);
  const site = siteConfig(io.env);
  mkdirSync(output, { recursive: true });
  // /cari/ searches the index of the last npm run build, as the README says
  const builtIndex = join(projectRoot, "_site", "pagefind");
  if (existsSync(builtIndex)) cpSync(builtIndex, join(output, "pagefind"), { recursive: true });

  const { previewLoader, pruneStale } = await import("../render/preview.ts");
  const { serveSite } = await import("../render/eleventy.ts");
  await serveSite(output, host, port, {
    site,
    archive: previewLoader(articlesDir, site, (line) => io.err(`${line}\n`)),
    watch: [`${articlesDir}/**`],
    afterBuild: (written) => pruneStale(output, written),

    server: {
      ready: (server: { getServerUrl(host: string): string }) => io.out(`Preview: ${server.getServerUrl(host)}\n`),
    },
  });
  // the server runs until the process is stopped
  return new Promise<number>(() => undefined);
});

runIfMain(import.meta.url, start);
