/**
 * Publishing: `npm run serve` answers as a production host (status, content type, compression,
 * cache lifetime) for a page, an asset, a Pagefind file, a feed, data files and a missing page, at
 * the root and under a path prefix; and nginx with examples/nginx.conf gives the same answers for
 * the same URLs (when nginx is installed: Debian's package, which CI installs).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/perf/processes.ts";
import { SECURITY_HEADERS } from "../../src/render/serve.ts";
import { ENCODINGS, PRECOMPRESS_MIN } from "../../src/render/precompressed.ts";
import { ROOT, runCli, seedSite, SITE_PREFIX } from "../support/helpers.ts";
import { startServe, type ServeProcess } from "../support/serve-process.ts";

const YEAR = "public, max-age=31536000, immutable";

interface Answer {
  status: number;
  type: string | null;
  encoding: string | null;
  cache: string | null;
  location: string | null;
  contentRange: string | null;
  /** the security headers every answer carries (SECURITY_HEADERS) */
  security: Record<string, string | null>;
  body: Buffer;
}

async function get(url: string, acceptEncoding = "br, gzip", headers: Record<string, string> = {}): Promise<Answer> {
  // fetch would decompress on its own: ask with node's http through a plain request instead
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    // a connection per request: a kept-alive socket the server closes as the next request goes out is a flaky "socket hang up"
    const req = request(url, { agent: false, headers: { "accept-encoding": acceptEncoding, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"] ?? null;
        const body = encoding === "br" ? brotliDecompressSync(raw) : encoding === "gzip" ? gunzipSync(raw) : raw;
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers["content-type"] ?? null,
          encoding,
          cache: res.headers["cache-control"] ?? null,
          location: res.headers.location ?? null,
          contentRange: res.headers["content-range"] ?? null,
          // (nginx repeats add_header values on a 416: the same value twice is that value)
          security: Object.fromEntries(
            Object.keys(SECURITY_HEADERS).map((h) => {
              const v = res.headers[h.toLowerCase()] as string | undefined;
              return [h, v === undefined ? null : [...new Set(v.split(", "))].join(", ")];
            }),
          ),
          body,
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** The URLs the tests ask for, found in the built site (hashed names differ from build to build of changed assets). */
function urlsOf(site: string): Record<string, string> {
  const home = readFileSync(join(site, "index.html"), "utf8");
  const style = /href="[^"]*\/(assets\/style\.[0-9a-f]{10}\.css)"/.exec(home)?.[1] ?? "";
  // the newest part of the search index, which the search page loads first (src/site/search-parts.ts)
  const part =
    (JSON.parse(/data-parts="([^"]*)"/.exec(readFileSync(join(site, "cari", "index.html"), "utf8"))?.[1]?.replaceAll("&quot;", '"') ?? "[]") as string[])[0] ??
    "";
  const fragment = readdirSync(join(site, "pagefind", part, "fragment"))[0] ?? "";
  const event = readdirSync(join(site, "peristiwa")).find((d) => existsSync(join(site, "peristiwa", d, "index.html"))) ?? "";
  const citation = readdirSync(join(site, "peristiwa", event)).find((f) => f.endsWith(".bib")) ?? "";
  return {
    home: "",
    event: `peristiwa/${event}/`,
    eventNoSlash: `peristiwa/${event}`,
    asset: style,
    fragment: `pagefind/${part}/fragment/${fragment}`,
    entry: `pagefind/${part}/pagefind-entry.json`,
    searchScript: `pagefind/${part}/pagefind.js`,
    feed: "feed.xml",
    sitemap: "sitemap.xml",
    csv: "data/artikel.csv",
    json: "data/arsip.json",
    bib: `peristiwa/${event}/${citation}`,
    missing: "tidak-ada/",
    marker: ".arsip-build",
  };
}

describe("the publishing guide (docs/publishing.md)", () => {
  it("links to examples/nginx.conf, and shows the commands npm run serve is started with here", () => {
    const guide = readFileSync(join(ROOT, "docs", "publishing.md"), "utf8");
    expect(guide).toContain("[`examples/nginx.conf`](../examples/nginx.conf)");
    expect(guide).not.toContain("```nginx");
    expect(guide).toContain("npm run build\nnpm run serve               # http://127.0.0.1:8080/ until Ctrl+C");
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.serve).toBe("tsx src/cli/serve.ts");
  });
});

describe("npm run serve", () => {
  let root: ServeProcess;
  let prefixed: ServeProcess;
  let urls: Record<string, string> = {};
  beforeAll(async () => {
    urls = urlsOf(seedSite());
    [root, prefixed] = await Promise.all([startServe(seedSite()), startServe(seedSite(true))]);
  });
  afterAll(async () => {
    await Promise.all([root?.stop(), prefixed?.stop()]);
  });

  it("prints where it serves, on 127.0.0.1, and stops on Ctrl+C with exit code 0", async () => {
    expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(root.output()).toContain("Serving ");
    const extra = await startServe(seedSite());
    expect(await extra.stop()).toBe(0);
  });

  it("sends pages compressed (brotli, else gzip) and revalidated, with the right types", async () => {
    for (const key of ["home", "event"]) {
      const a = await get(`${root.url}${urls[key]}`);
      expect([key, a.status, a.type, a.encoding, a.cache]).toEqual([key, 200, "text/html; charset=utf-8", "br", "no-cache"]);
      expect(a.body.toString()).toContain("<!DOCTYPE html>");
      const g = await get(`${root.url}${urls[key]}`, "gzip");
      expect(g.encoding).toBe("gzip");
      expect(g.body.equals(a.body)).toBe(true);
      const plain = await get(`${root.url}${urls[key]}`, "identity");
      expect(plain.encoding).toBeNull();
      expect(plain.body.equals(a.body)).toBe(true);
    }
  });

  it("lets browsers keep hashed assets and Pagefind's chunks a year; Pagefind's chunks are never compressed twice", async () => {
    const asset = await get(`${root.url}${urls.asset}`);
    expect([asset.status, asset.type, asset.encoding, asset.cache]).toEqual([200, "text/css; charset=utf-8", "br", YEAR]);
    const fragment = await get(`${root.url}${urls.fragment}`);
    expect([fragment.status, fragment.type, fragment.encoding, fragment.cache]).toEqual([200, "application/octet-stream", null, YEAR]);
    // names that do not change with the content are revalidated
    for (const key of ["entry", "searchScript"]) {
      const r = await get(`${root.url}${urls[key]}`);
      expect([r.status, r.cache]).toEqual([200, "no-cache"]);
    }
  });

  it("serves feeds as Atom, data files and citations with their own types", async () => {
    const cases: [string, string][] = [
      ["feed", "application/atom+xml; charset=utf-8"],
      ["sitemap", "application/xml; charset=utf-8"],
      ["csv", "text/csv; charset=utf-8"],
      ["json", "application/json; charset=utf-8"],
      ["bib", "application/x-bibtex; charset=utf-8"],
    ];
    for (const [key, type] of cases) {
      const a = await get(`${root.url}${urls[key]}`);
      expect([key, a.status, a.type, a.cache]).toEqual([key, 200, type, "no-cache"]);
    }
  });

  it("answers a missing page and the build's marker with the site's 404 page and status 404; a folder without its slash is redirected", async () => {
    for (const key of ["missing", "marker"]) {
      const a = await get(`${root.url}${urls[key]}`);
      expect([key, a.status, a.type, a.cache]).toEqual([key, 404, "text/html; charset=utf-8", "no-cache"]);
      expect(a.body.toString()).toContain("<h1>Halaman tidak ditemukan</h1>");
    }
    const r = await get(`${root.url}${urls.eventNoSlash}`);
    expect([r.status, r.location]).toEqual([301, `/${urls.event}`]);
  });

  it("serves a prefixed build under its prefix: the bare root redirects there, other paths are missing", async () => {
    expect(prefixed.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${SITE_PREFIX}$`));
    const origin = new URL(prefixed.url).origin;
    const home = await get(prefixed.url);
    expect([home.status, home.encoding]).toEqual([200, "br"]);
    expect(home.body.toString()).toContain(`href="${SITE_PREFIX}assets/style.`);
    expect(await get(`${origin}/`)).toMatchObject({ status: 302, location: SITE_PREFIX });
    expect((await get(`${origin}/${urls.event}`)).status).toBe(404);
    expect((await get(`${prefixed.url}${urls.event}`)).status).toBe(200);
    const r = await get(`${prefixed.url}${urls.eventNoSlash}`);
    expect([r.status, r.location]).toEqual([301, `${SITE_PREFIX}${urls.event}`]);
    const missing = await get(`${prefixed.url}${urls.missing}`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain(`${SITE_PREFIX}assets/style.`);
  });

  it("refuses a folder without a built site, and a port already taken, with a message", async () => {
    const empty = mkdtempSync(join(tmpdir(), "arsip-serve-"));
    const none = await runCli("serve", ["--dir", empty]);
    expect([none.status, none.stderr]).toEqual([1, expect.stringContaining("holds no built site (no index.html). Run npm run build first.")]);
    const port = new URL(root.url).port;
    const taken = await runCli("serve", ["--dir", seedSite(), "--port", port]);
    expect([taken.status, taken.stderr]).toEqual([1, `Port ${port} is already in use. Choose another, e.g. npm run serve -- --port 8090\n`]);
    rmSync(empty, { recursive: true, force: true });
  });
});

const nginx = spawnSync("nginx", ["-v"]).status === 0;
if (!nginx) console.log("nginx is not installed: the nginx example is not tested (apt-get install nginx)");
const underCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";

describe.skipIf(!nginx && !underCi)("the nginx example (examples/nginx.conf)", () => {
  let work = "";
  let child: ChildProcess | undefined;
  let serveRoot: ServeProcess;
  let servePrefixed: ServeProcess;
  let nginxUrl = "";
  let nginxPrefixed = "";
  let urls: Record<string, string> = {};

  beforeAll(async () => {
    expect(nginx, "CI installs nginx (.ci/run)").toBe(true);
    urls = urlsOf(seedSite());
    work = mkdtempSync(join(tmpdir(), "arsip-nginx-"));
    // nginx's workers run as another user: the site must be readable by anyone, as on a host
    chmodSync(work, 0o755);
    const docroot = join(work, "www");
    cpSync(seedSite(), docroot, { recursive: true });
    cpSync(seedSite(true), join(docroot, SITE_PREFIX.replace(/\//g, "")), { recursive: true });
    mkdirSync(join(work, "tmp"));
    const port = await freePort();
    const prefixedPort = await freePort();
    // the example as a user adapts it: their folder and port; and, for the prefixed copy, its 404 page
    const example = readFileSync(join(ROOT, "examples", "nginx.conf"), "utf8");
    const directive = (name: string, value: string): RegExp => new RegExp(`^(\\s+)${name} ${value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")};$`, "m");
    for (const [name, value] of [
      ["listen", "8080"],
      ["root", "/srv/arsip"],
      ["error_page", "404 /404.html"],
    ] as const)
      expect(example).toMatch(directive(name, value));
    const server = example.replace(directive("listen", "8080"), `$1listen 127.0.0.1:${port};`).replace(directive("root", "/srv/arsip"), `$1root ${docroot};`);
    const prefixedServer = server
      .replace(directive("listen", `127.0.0.1:${port}`), `$1listen 127.0.0.1:${prefixedPort};`)
      .replace(directive("error_page", "404 /404.html"), `$1error_page 404 ${SITE_PREFIX}404.html;`);
    writeFileSync(
      join(work, "nginx.conf"),
      `pid ${work}/nginx.pid;
error_log ${work}/error.log;
${process.getuid?.() === 0 ? "user root;" : ""}
events {}
http {
  access_log off;
  client_body_temp_path ${work}/tmp/body;
  proxy_temp_path ${work}/tmp/proxy;
  fastcgi_temp_path ${work}/tmp/fastcgi;
  uwsgi_temp_path ${work}/tmp/uwsgi;
  scgi_temp_path ${work}/tmp/scgi;
${server}
${prefixedServer}
}
`,
    );
    child = spawn("nginx", ["-p", work, "-c", join(work, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (log += d));
    nginxUrl = `http://127.0.0.1:${port}/`;
    nginxPrefixed = `http://127.0.0.1:${prefixedPort}${SITE_PREFIX}`;
    for (let i = 0; ; i++) {
      try {
        await get(nginxUrl);
        break;
      } catch {
        if (i > 100 || child.exitCode !== null)
          throw new Error(`nginx did not start:\n${log}${existsSync(join(work, "error.log")) ? readFileSync(join(work, "error.log"), "utf8") : ""}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    [serveRoot, servePrefixed] = await Promise.all([startServe(seedSite()), startServe(seedSite(true))]);
  });

  afterAll(async () => {
    child?.kill("SIGTERM");
    await Promise.all([serveRoot?.stop(), servePrefixed?.stop()]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // a redirect's own little page differs from server to server: its type is not compared
  const same = (a: Answer) => ({
    status: a.status,
    type: a.status === 301 || a.status === 416 || a.status === 412 ? "(no page)" : a.type,
    encoding: a.encoding,
    cache: a.status === 416 || a.status === 412 ? "(no page)" : a.cache,
    location: a.location,
    contentRange: a.contentRange,
    security: a.security,
  });

  it("answers a range it cannot meet with 416, a failed precondition with 412, the prefix without its slash with 301, as npm run serve does", async () => {
    const cases: [string, string, Record<string, string>][] = [
      ["range past the end", `${urls.json}`, { range: "bytes=999999999-" }],
      ["failed If-Match", `${urls.json}`, { "if-match": '"tidak-cocok"' }],
    ];
    for (const [name, path, headers] of cases) {
      const [n, s] = [await get(`${nginxUrl}${path}`, "identity", headers), await get(`${serveRoot.url}${path}`, "identity", headers)];
      expect({ name, ...same(n) }).toEqual({ name, ...same(s) });
      // no page of the site in the answer: nginx sends its own few lines, npm run serve nothing
      expect(s.body.length).toBe(0);
      expect(n.body.toString()).not.toContain("<!doctype html>");
    }
    expect(same(await get(`${nginxUrl}${urls.json}`, "identity", { range: "bytes=999999999-" })).status).toBe(416);
    const bare = SITE_PREFIX.slice(0, -1);
    const [n, s] = [await get(`${nginxPrefixed.slice(0, -SITE_PREFIX.length)}${bare}`), await get(`${servePrefixed.url.slice(0, -SITE_PREFIX.length)}${bare}`)];
    expect(same(s)).toEqual(same(n));
    expect([s.status, s.location]).toEqual([301, SITE_PREFIX]);
  });

  it("gives the answers npm run serve gives (status, type, gzip, cache, redirect) and the same bytes", async () => {
    for (const [key, path] of Object.entries(urls)) {
      const [n, s] = [await get(`${nginxUrl}${path}`, "gzip"), await get(`${serveRoot.url}${path}`, "gzip")];
      expect({ key, ...same(n) }).toEqual({ key, ...same(s) });
      if (n.status !== 301) expect(n.body.equals(s.body), key).toBe(true);
    }
  });

  it("does the same for the prefixed build copied under its prefix", async () => {
    for (const [key, path] of Object.entries(urls)) {
      const [n, s] = [await get(`${nginxPrefixed}${path}`, "gzip"), await get(`${servePrefixed.url}${path}`, "gzip")];
      expect({ key, ...same(n) }).toEqual({ key, ...same(s) });
      if (n.status !== 301) expect(n.body.equals(s.body), key).toBe(true);
    }
  });
});

describe("npm run serve with a large file", () => {
  it("sends the compressed copy the build wrote to a reader that accepts it, the file itself to others, and resumes a download to the whole file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "arsip-serve-large-"));
    cpSync(seedSite(), dir, { recursive: true });
    const big = Buffer.from(JSON.stringify({ teks: Array.from({ length: 60_000 }, (_, i) => `baris ${i} tentang Korea Utara`) }));
    expect(big.length).toBeGreaterThan(PRECOMPRESS_MIN);
    writeFileSync(join(dir, "data", "besar.json"), big);
    for (const e of ENCODINGS) writeFileSync(join(dir, "data", `besar.json${e.suffix}`), e.compress(big));
    const server = await startServe(dir);
    try {
      const br = await get(`${server.url}data/besar.json`, "gzip, deflate, br");
      expect([br.status, br.encoding, br.type]).toEqual([200, "br", "application/json; charset=utf-8"]);
      expect(br.body.equals(big)).toBe(true);
      const gz = await get(`${server.url}data/besar.json`, "gzip");
      expect([gz.encoding, gz.body.equals(big)]).toEqual(["gzip", true]);
      const plain = await get(`${server.url}data/besar.json`, "identity");
      expect([plain.encoding, plain.body.equals(big)]).toEqual([null, true]);
      // an encoding the build wrote no copy for: the file as it is, never compressed on the way
      const deflate = await get(`${server.url}data/besar.json`, "deflate");
      expect([deflate.encoding, deflate.body.equals(big)]).toEqual([null, true]);
      // slashes in a row never make a redirect to another host
      const doubled = await get(`${server.url.replace(/\/$/, "")}//data`);
      expect([doubled.status, doubled.location]).toEqual([301, "/data/"]);
      // curl -C - resumes a half-downloaded file to the whole file, and asks past its end for nothing more
      const file = join(dir, "unduhan.json");
      writeFileSync(file, big.subarray(0, 100_000));
      const curl = (): ReturnType<typeof spawnSync> => spawnSync("curl", ["-sS", "-f", "-C", "-", "-o", file, `${server.url}data/besar.json`]);
      expect(curl().status).toBe(0);
      expect(readFileSync(file).equals(big)).toBe(true);
      curl();
      expect(readFileSync(file).equals(big)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
