/**
 * `npm start [-- --port N] [--output DIR] [--articles DIR]`: the live preview. Builds the site,
 * serves it, and rebuilds when anything in the articles folder changes. Content errors never stop
 * it: they are printed here and shown over every page until fixed (src/render/preview.ts).
 * Once it listens it prints `Preview: <url>` (the port moves up when the one asked for is taken).
 */
import { join } from "node:path";
import { siteConfig } from "../site/config.ts";
import { articlesDirOf, command, fail, parseCommandLine, pathArg, projectRoot, runIfMain } from "./run.ts";

const USAGE = `Usage: npm start [-- --port N] [--output DIR] [--articles DIR]
  --port       the port to serve on (default 8080; the next free one when it is taken)
  --output     the folder the preview is written to (default: _site)
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`;

export const start = command(USAGE, async (argv, io) => {
  const { values } = parseCommandLine(argv, { port: { type: "string" }, output: { type: "string" }, articles: { type: "string" } });
  const port = Number(values.port ?? "8080");
  if (!/^\d+$/.test(values.port ?? "8080") || port < 1 || port > 65535) fail(2, `--port must be a port number from 1 to 65535, not "${values.port ?? ""}".`);
  const articlesDir = articlesDirOf(io, values.articles);
  const output = values.output === undefined ? join(projectRoot, "_site") : pathArg(io, values.output);
  const site = siteConfig(io.env);
  const { previewLoader } = await import("../render/preview.ts");
  const { serveSite } = await import("../render/eleventy.ts");
  await serveSite(output, port, {
    site,
    archive: previewLoader(articlesDir, site, (line) => io.err(`${line}\n`)),
    watch: [`${articlesDir}/**`],
    server: {
      ready: (server: { getServerUrl(host: string): string }) => io.out(`Preview: ${server.getServerUrl("localhost")}\n`),
    },
  });
  // the server runs until the process is stopped
  return new Promise<number>(() => undefined);
});

runIfMain(import.meta.url, start);
