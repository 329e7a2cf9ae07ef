/**
 * `npm run serve [-- --dir DIR] [--port PORT]`: serve a built site on 127.0.0.1 as a production
 * host would (src/render/serve.ts: compression, cache lifetimes, content types, the 404 page, the
 * path prefix the site was built for). Runs until Ctrl+C (SIGINT) or SIGTERM, then exits 0.
 * Exit codes: 1 no built site or the port is taken, 2 usage error.
 */
import { join } from "node:path";
import { msg, say } from "../lib/messages/index.ts";
import { builtPrefix, startSiteServer } from "../render/serve.ts";
import { command, fail, langOfIo, parseCommandLine, pathArg, portOption, projectRoot, runIfMain, show } from "./run.ts";
import { FOLDER, type CommandSpec } from "../lib/options.ts";

export const HOST = "127.0.0.1";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const SERVE = {
  name: "npm run serve",
  options: {
    dir: {
      type: "string",
      value: FOLDER,
      help: { id: "situs yang sudah dibangun (bawaan: _site)", en: "the built site (default: _site)" },
    },
    port: {
      type: "string",
      value: { id: "PORT", en: "PORT" },
      help: { id: "port di 127.0.0.1 (bawaan: 8080; 0: port bebas mana saja)", en: "port on 127.0.0.1 (default: 8080; 0: any free port)" },
    },
  },
} as const satisfies CommandSpec;

export const serve = command(SERVE, async (argv, io) => {
  const { values } = parseCommandLine(argv, SERVE);
  const dir = values.dir === undefined ? join(projectRoot, "_site") : pathArg(io, values.dir);
  const port = portOption(values.port ?? "8080", 0);
  const prefix = builtPrefix(dir);
  if (prefix === undefined) fail(1, msg("serve.no-site", { shown: show(io, dir) }));
  let site;
  try {
    site = await startSiteServer({ dir, prefix, host: HOST, port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") fail(1, msg("serve.port-taken", { port }));
    throw e;
  }
  // listening for Ctrl+C before saying where to go, so that no signal can come in between; and
  // for good: under npm run it arrives twice (from the terminal and forwarded by npm), and a
  // second one during shutdown must not kill the process with an error
  const stopped = new Promise<void>((resolve) => {
    process.on("SIGINT", () => resolve());
    process.on("SIGTERM", () => resolve());
  });
  io.out(`${say(msg("serve.listening", { shown: show(io, dir), url: site.url }), langOfIo(io))}\n`);
  await stopped;
  await site.close();
  return 0;
});

runIfMain(import.meta.url, serve);
