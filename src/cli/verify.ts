/**
 * `npm run verify -- <folder or URL of a built site> [--whole] [--articles DIR] [--max-mib N] [--deadline S]`:
 * recompute every article's fingerprint from the articles folder and check the site's manifest,
 * data file and event pages against it (src/site/verify.ts); with `--whole`, build the site from
 * the articles folder into a temporary folder (with the same ARSIP_SITE_URL and ARSIP_PATH_PREFIX)
 * and compare every file, byte for byte: builds are byte-identical, so a script added to a page is
 * found as surely as a changed word. Every read is limited: no file larger than --max-mib, nothing
 * after --deadline seconds; either ends the check with its own message. Exit 0 when everything
 * matches, 1 on any difference or limit, 2 on a wrong command line.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadArchive } from "../content/loader.ts";
import { walkFiles } from "../lib/files.ts";
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { siteConfig } from "../site/config.ts";
import { verifySite, type Difference } from "../site/verify.ts";
import { articlesDirOf, command, fail, langOfIo, parseCommandLine, pathArg, runIfMain, show, wholeNumber } from "./run.ts";
import { ARTICLES_OPTION, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const VERIFY = {
  name: "npm run verify",
  args: { id: "<folder atau URL situs yang sudah dibangun>", en: "<folder or URL of a built site>" },
  positionals: 1,
  options: {
    whole: {
      type: "boolean",
      help: {
        id: "bangun ulang situs dari folder artikel dan bandingkan setiap file, byte demi byte",
        en: "build the site again from the articles folder and compare every file, byte for byte",
      },
    },
    articles: ARTICLES_OPTION,
    "max-mib": {
      type: "string",
      value: { id: "N", en: "N" },
      help: { id: "ukuran terbesar satu file, dalam MiB (bawaan: 512)", en: "the largest size of one file, in MiB (default: 512)" },
    },
    deadline: {
      type: "string",
      value: { id: "DETIK", en: "SECONDS" },
      help: { id: "batas waktu membaca seluruh situs (bawaan: 900)", en: "the time allowed for reading the whole site (default: 900)" },
    },
  },
  notes: {
    id: "Menghitung ulang sidik jari (SHA-256) setiap artikel dari folder artikel dan membandingkannya dengan\nmanifest, file data dan halaman peristiwa situs itu; keluar dengan kode 1 jika ada yang berbeda.",
    en: "Recomputes every article's fingerprint (SHA-256) from the articles folder and compares it with that\nsite's manifest, data file and event pages; exits 1 on any difference.",
  },
} as const satisfies CommandSpec;

/** A limit reached while reading the site: the check stops with this message. */
class LimitReached extends Error {
  constructor(readonly why: Msg) {
    super("limit reached");
  }
}

interface Limits {
  maxBytes: number;
  seconds: number;
  signal: AbortSignal;
}

/** A file of the site by its root-relative path, as bytes; undefined when it is not there. */
type BytesReader = (path: string) => Promise<Buffer | undefined>;

export const verify = command(VERIFY, async (argv, io) => {
  const lang = langOfIo(io);
  const { values, positionals } = parseCommandLine(argv, VERIFY);
  const target = positionals[0];
  if (target === undefined) fail(2, msg("verify.no-site"));
  const mib = wholeNumber("--max-mib", values["max-mib"] ?? "512", 1);
  const seconds = wholeNumber("--deadline", values.deadline ?? "900", 1);
  const { archive, problems } = loadArchive(articlesDirOf(io, values.articles));
  if (!archive) fail(1, msg("verify.invalid-archive", { count: problems.filter((p) => p.severity === "error").length }));
  const site = siteConfig(io.env);
  const overWeb = /^https?:\/\//i.test(target);
  const root = overWeb ? "" : pathArg(io, target);
  // a site that cannot be read is said before anything is rebuilt
  if (overWeb && !URL.canParse(target)) fail(2, msg("verify.bad-url", { url: target }));
  if (!overWeb && !isFolder(root)) fail(2, msg("verify.no-folder", { folder: show(io, root) }));

  let rebuilt: string | undefined;
  try {
    // the rebuild comes first: its time is not the site's
    if (values.whole) {
      rebuilt = mkdtempSync(join(tmpdir(), "arsip-verify-"));
      const { writeBuild } = await import("../render/build.ts");
      await writeBuild(archive, site, join(rebuilt, "situs"));
    }
    const limits: Limits = { maxBytes: mib * 1024 * 1024, seconds, signal: AbortSignal.timeout(seconds * 1000) };
    const read = overWeb ? overHttp(target, limits) : fromFolder(root, limits);
    if (rebuilt !== undefined) {
      const differences = await compareFiles(join(rebuilt, "situs"), read, overWeb ? undefined : root);
      for (const d of differences) io.err(`${d.file}: ${say(d.problem, lang)}\n`);
      if (differences.length > 0) {
        io.err(`\n${say(msg("verify.whole-failed", { count: differences.length }), lang)}\n`);
        return 1;
      }
      io.out(`${say(msg("verify.whole-ok", { count: walkFiles(join(rebuilt, "situs")).length, site: overWeb ? target : show(io, root) }), lang)}\n`);
      return 0;
    }
    const { checked, differences } = await verifySite(archive, site, async (path) => (await read(path))?.toString("utf8"));
    for (const d of differences) io.err(`${d.file}: ${say(d.problem, lang)}\n`);
    if (differences.length > 0) {
      io.err(`\n${say(msg("verify.failed", { count: differences.length }), lang)}\n`);
      return 1;
    }
    io.out(`${say(msg("verify.ok", { count: checked, site: target }), lang)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof LimitReached)) throw e;
    io.err(`${say(e.why, lang)}\n`);
    return 1;
  } finally {
    if (rebuilt !== undefined) rmSync(rebuilt, { recursive: true, force: true });
  }
});

/** Every file of the rebuilt site against the site read by `read`; with the site's folder, also the files the rebuild does not have. */
async function compareFiles(rebuilt: string, read: BytesReader, folder: string | undefined): Promise<Difference[]> {
  const differences: Difference[] = [];
  const files = walkFiles(rebuilt);
  for (const f of files) {
    const got = await read(`/${f.path}`);
    if (got === undefined) differences.push({ file: f.path, problem: msg("verify.file-missing") });
    else if (!got.equals(await readFile(f.abs))) differences.push({ file: f.path, problem: msg("verify.file-differs") });
  }
  if (folder !== undefined) {
    const known = new Set(files.map((f) => f.path));
    for (const f of walkFiles(folder)) if (!known.has(f.path)) differences.push({ file: f.path, problem: msg("verify.file-extra") });
  }
  return differences;
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function fromFolder(root: string, limits: Limits): BytesReader {
  return async (path) => {
    const abs = join(root, ...path.split("/").filter(Boolean));
    try {
      const st = statSync(abs);
      if (!st.isFile()) return undefined;
      if (st.size > limits.maxBytes) throw new LimitReached(msg("verify.too-large", { path, mib: limits.maxBytes / 1024 / 1024 }));
      return await readFile(abs, { signal: limits.signal });
    } catch (e) {
      if (e instanceof LimitReached) throw e;
      if ((e as Error).name === "AbortError") throw new LimitReached(msg("verify.timeout", { path, seconds: limits.seconds }));
      return undefined;
    }
  };
}

function overHttp(base: string, limits: Limits): BytesReader {
  const root = base.endsWith("/") ? base : `${base}/`;
  return async (path) => {
    try {
      const url = new URL(path.replace(/^\//, "").split("/").map(encodeURIComponent).join("/"), root);
      const r = await fetch(url, { signal: limits.signal });
      if (!r.ok || r.body === null) {
        await r.body?.cancel();
        return undefined;
      }
      const declared = Number(r.headers.get("content-length") ?? "0");
      const tooLarge = (): LimitReached => new LimitReached(msg("verify.too-large", { path, mib: limits.maxBytes / 1024 / 1024 }));
      if (declared > limits.maxBytes) {
        await r.body.cancel();
        throw tooLarge();
      }
      // read as it comes, counting: an answer that never ends stops at the limit, not in memory
      const chunks: Buffer[] = [];
      let size = 0;
      const reader = r.body.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        size += part.value.length;
        if (size > limits.maxBytes) {
          await reader.cancel();
          throw tooLarge();
        }
        chunks.push(Buffer.from(part.value));
      }
      return Buffer.concat(chunks);
    } catch (e) {
      if (e instanceof LimitReached) throw e;
      const name = (e as Error).name;
      if (name === "TimeoutError" || name === "AbortError" || limits.signal.aborted)
        throw new LimitReached(msg("verify.timeout", { path, seconds: limits.seconds }));
      throw new LimitReached(msg("verify.unreadable", { path, detail: (e as Error).message }));
    }
  };
}

runIfMain(import.meta.url, verify);
