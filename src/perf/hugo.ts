/**
 * (h) A second reference: Hugo (Debian's `hugo` package) rendering the same article files as one
 * plain page each, like the floor (b): a minimal peer site with one layout, drafts included,
 * index.md and tags.yaml ignored, no lists, feeds or sitemap.
 *
 * Hugo reads the files as they are but for one key: it refuses a front-matter `url` holding a full
 * address ("URLs with protocol (http*) not supported"), since `url` is its own key for a page's
 * path. Its copy of an article therefore calls that key `source_url`; every other byte is the same.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The hugo command, installing Debian's package when it is missing and this process may (root, apt-get present); or why not. */
export function ensureHugo(log: (line: string) => void): { hugo: string; version: string } | { missing: string } {
  const version = (): string | undefined => {
    const r = spawnSync("hugo", ["version"], { encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  let v = version();
  if (v === undefined && process.getuid?.() === 0) {
    log("hugo is not installed: apt-get install -y hugo … ");
    let r = spawnSync("apt-get", ["install", "-y", "hugo"], { encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) {
      spawnSync("apt-get", ["update"], { encoding: "utf8" });
      r = spawnSync("apt-get", ["install", "-y", "hugo"], { encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    }
    log(r.status === 0 ? "done\n" : "failed\n");
    v = version();
  }
  return v === undefined ? { missing: "hugo is not installed (Debian package hugo; the bench installs it when run as root)" } : { hugo: "hugo", version: v };
}

/** An article file as Hugo's copy holds it: the front-matter key `url` renamed `source_url`. */
export function forHugo(text: string): string {
  const end = text.indexOf("\n---", 4);
  if (!text.startsWith("---") || end < 0) return text;
  return text.slice(0, end).replace(/^url:/m, "source_url:") + text.slice(end);
}

/** Copy the article files of `articlesDir` into the peer site in `dir` (or one more file later). */
export function copyArticleForHugo(dir: string, event: string, file: string, text: string): void {
  mkdirSync(join(dir, "content", event), { recursive: true });
  writeFileSync(join(dir, "content", event, file), forHugo(text));
}

/** Write the peer site into `dir`; returns the command that builds it into `out`. */
export function writeHugoSite(dir: string, articlesDir: string, out: string, hugo: string): string[] {
  mkdirSync(join(dir, "layouts", "_default"), { recursive: true });
  writeFileSync(
    join(dir, "config.toml"),
    `# The bench's Hugo peer: one plain page per article file, nothing else.
baseURL = "http://localhost/"
buildDrafts = true
# every article is a page: none is held back for a date in the future (Hugo reads "published" as its publish date)
buildFuture = true
buildExpired = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
ignoreFiles = ["index\\\\.md$"]
`,
  );
  writeFileSync(
    join(dir, "layouts", "_default", "single.html"),
    '<!doctype html><html lang="id"><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n',
  );
  for (const event of readdirSync(articlesDir, { withFileTypes: true })) {
    if (!event.isDirectory()) continue;
    for (const f of readdirSync(join(articlesDir, event.name))) {
      if (f.endsWith(".md") && f !== "index.md") copyArticleForHugo(dir, event.name, f, readFileSync(join(articlesDir, event.name, f), "utf8"));
    }
  }
  return [hugo, "--quiet", "--source", dir, "--destination", out];
}
