/**
 * `npm run verify -- <folder or URL of a built site> [--articles DIR]`: recompute every article's
 * fingerprint from the articles folder and check the site's manifest, data file and event pages
 * against it (src/site/verify.ts). Exit 0 when they match, 1 on any difference (each named with
 * its article's file), 2 on a wrong command line.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadArchive } from "../content/loader.ts";
import { msg, say } from "../lib/messages/index.ts";
import { siteConfig } from "../site/config.ts";
import { verifySite, type SiteReader } from "../site/verify.ts";
import { articlesDirOf, command, fail, langOfIo, parseCommandLine, pathArg, runIfMain } from "./run.ts";
import { ARTICLES_OPTION, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const VERIFY = {
  name: "npm run verify",
  args: { id: "<folder atau URL situs yang sudah dibangun>", en: "<folder or URL of a built site>" },
  positionals: 1,
  options: { articles: ARTICLES_OPTION },
  notes: {
    id: "Menghitung ulang sidik jari (SHA-256) setiap artikel dari folder artikel dan membandingkannya dengan\nmanifest, file data dan halaman peristiwa situs itu; keluar dengan kode 1 jika ada yang berbeda.",
    en: "Recomputes every article's fingerprint (SHA-256) from the articles folder and compares it with that\nsite's manifest, data file and event pages; exits 1 on any difference.",
  },
} as const satisfies CommandSpec;

export const verify = command(VERIFY, async (argv, io) => {
  const lang = langOfIo(io);
  const { values, positionals } = parseCommandLine(argv, VERIFY);
  const target = positionals[0];
  if (target === undefined) fail(2, msg("verify.no-site"));
  const { archive, problems } = loadArchive(articlesDirOf(io, values.articles));
  if (!archive) fail(1, msg("verify.invalid-archive", { count: problems.filter((p) => p.severity === "error").length }));
  const read: SiteReader = /^https?:\/\//i.test(target) ? overHttp(target) : fromFolder(pathArg(io, target));
  const { checked, differences } = await verifySite(archive, siteConfig(io.env), read);
  for (const d of differences) io.err(`${d.file}: ${say(d.problem, lang)}\n`);
  if (differences.length > 0) {
    io.err(`\n${say(msg("verify.failed", { count: differences.length }), lang)}\n`);
    return 1;
  }
  io.out(`${say(msg("verify.ok", { count: checked, site: target }), lang)}\n`);
  return 0;
});

function fromFolder(root: string): SiteReader {
  return async (path) => {
    try {
      return await readFile(join(root, ...path.split("/").filter(Boolean)), "utf8");
    } catch {
      return undefined;
    }
  };
}

function overHttp(base: string): SiteReader {
  const root = base.endsWith("/") ? base : `${base}/`;
  return async (path) => {
    try {
      const r = await fetch(new URL(path.replace(/^\//, ""), root), { signal: AbortSignal.timeout(30_000) });
      return r.ok ? await r.text() : undefined;
    } catch {
      return undefined;
    }
  };
}

runIfMain(import.meta.url, verify);
