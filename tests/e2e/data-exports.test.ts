/**
 * The archive as data (src/site/data.ts) and the verifiable record (src/site/verify.ts), on the built
 * seed site: JSON checked against its published JSON Schema with ajv, the CSV read back with a CSV
 * parser, every published article exactly once with its full text, drafts never, and
 * `npm run verify` passing a fresh build and catching a changed byte in a page or in the manifest.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/content/fingerprint.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { CSV_COLUMNS, csvField } from "../../src/site/data.ts";
import { buildSite, FIXTURE_TAGS, makeArchive, runCli, SEED_ARTICLES, seedSite, VALID_ARTICLE, VALID_EVENT } from "../support/helpers.ts";

interface ArticleData {
  id: string;
  siteUrl: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
  editor?: string;
  via?: string;
  language: string;
  tags: { id: string }[];
  known: { url: boolean; published: "datetime" | "date" | "none" };
  sha256: string;
  markdown: string;
  text: string;
}
interface ArchiveData {
  schema: { version: string; url: string };
  events: { id: string; title: string; date: string; articles: ArticleData[] }[];
}

const read = (out: string, path: string): string => readFileSync(join(out, path), "utf8");

describe("the archive as data", () => {
  const out = seedSite();
  const { archive } = loadArchive(SEED_ARTICLES);
  if (!archive) throw new Error("the included archive does not load");
  const data = JSON.parse(read(out, "data/arsip.json")) as ArchiveData;

  it("publishes arsip.json that its own JSON Schema (arsip.schema.json) accepts, checked with ajv", () => {
    const schema = JSON.parse(read(out, "data/arsip.schema.json")) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.schema.url).toBe("https://arsip.example.org/data/arsip.schema.json");
    // and the schema is not a formality: a broken file fails it
    const broken = structuredClone(data);
    delete (broken.events[0]?.articles[0] as Partial<ArticleData>).sha256;
    expect(validate(broken)).toBe(false);
  });

  it("holds every published article exactly once, with its full text and fingerprint", () => {
    const got = data.events.flatMap((e) => e.articles.map((a) => ({ key: `${e.id}/${a.id}`, a })));
    const want = archive.events.flatMap((e) => e.articles.map((a) => ({ key: `${e.id}/${a.id}`, a })));
    expect(got.map((x) => x.key).sort()).toEqual(want.map((x) => x.key).sort());
    expect(new Set(got.map((x) => x.key)).size).toBe(got.length);
    for (const { key, a } of want) {
      const d = got.find((x) => x.key === key)?.a;
      expect(d?.markdown, key).toBe(a.body);
      expect(d?.sha256, key).toBe(fingerprint(a.body));
      expect(d?.title, key).toBe(a.title);
      expect(d?.outlet, key).toBe(a.outlet);
      expect(d?.via, key).toBe(a.via);
      // the plain text keeps every word of the body, without markdown syntax
      expect(d?.text.replace(/\s+/g, " "), key).toContain(
        a.body
          .split("\n")
          .find((l) => l.length > 80 && !/[#*_[\]]/.test(l))
          ?.slice(0, 60) ?? "",
      );
    }
  });

  it("publishes artikel.csv (RFC 4180, UTF-8, a header row) that a CSV parser reads back to the frontmatter", () => {
    const csv = read(out, "data/artikel.csv");
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parse(csv, { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(archive.articleCount);
    for (const e of archive.events) {
      for (const a of e.articles) {
        const row = rows.find((r) => r.event_id === e.id && r.article_id === a.id);
        expect(row, `${e.id}/${a.id}`).toMatchObject({
          event_title: e.title,
          event_date: e.date.iso,
          title: a.title ?? "",
          outlet: a.outlet ?? "",
          author: a.author ?? "",
          editor: a.editor ?? "",
          via: a.via ?? "",
          url: a.url ?? "",
          tags: a.tags.map((t) => t.id).join(";"),
          sha256: fingerprint(a.body),
        });
      }
    }
  });

  it("answers the site's own question in artikel.csv: filtering it by any tag gives the articles of the events the site lists for that tag", () => {
    const rows = parse(read(out, "data/artikel.csv"), { columns: true }) as Record<string, string>[];
    expect(archive.tags.length).toBeGreaterThan(20);
    for (const tag of archive.tags) {
      // the events the tag's pages list (every page of it)
      const listed = new Set<string>();
      for (let n = 1, more = true; more; n++) {
        const path = `topik/${tag.id}/${n === 1 ? "" : `${n}/`}index.html`;
        let html = "";
        try {
          html = read(out, path);
        } catch {
          more = false;
          continue;
        }
        for (const m of html.matchAll(/<article class="event-card"[\s\S]*?<a href="\/peristiwa\/([^/]+)\/">/g)) listed.add(m[1] ?? "");
      }
      const filtered = rows.filter((r) => (r.event_tags ?? "").split(";").includes(tag.id));
      expect(new Set(filtered.map((r) => r.event_id)), tag.id).toEqual(listed);
      const articles = archive.events.filter((e) => listed.has(e.id)).reduce((n, e) => n + e.articles.length, 0);
      expect(filtered, tag.id).toHaveLength(articles);
    }
    // an article's own tags stay in their own column: kim-jong-un is no tag of Kontan's article, but of its event
    const kontan = rows.find((r) => r.article_id === "kontan");
    expect(kontan?.tags?.split(";")).not.toContain("kim-jong-un");
    expect(kontan?.event_tags?.split(";")).toContain("kim-jong-un");
  });

  it("says per article how complete its record is: the original address and the publication time known or not", () => {
    for (const e of archive.events)
      for (const a of e.articles) {
        const d = data.events.find((x) => x.id === e.id)?.articles.find((x) => x.id === a.id);
        expect(d?.known, `${e.id}/${a.id}`).toEqual({ url: a.url !== undefined, published: a.published?.kind ?? "none" });
      }
    expect(new Set(data.events.flatMap((e) => e.articles.map((a) => a.known.published)))).toEqual(new Set(["datetime", "none"]));
  });

  it("quotes every CSV field and keeps a spreadsheet from running a cell as a formula", () => {
    expect(csvField('Kata "aset", lalu\r\nbaris')).toBe('"Kata ""aset"", lalu\r\nbaris"');
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("-2+3")).toBe(`"'-2+3"`);
    expect(csvField("Kim Jong Un")).toBe('"Kim Jong Un"');
  });

  it("leaves drafts out of every data file", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": VALID_EVENT,
      "e/a.md": VALID_ARTICLE,
      "e/konsep.md": VALID_ARTICLE.replace("title: Judul media", "title: Judul draf rahasia\ndraft: true"),
      "f/index.md": VALID_EVENT.replace("title: Pertemuan di Beijing", "title: Peristiwa draf rahasia\ndraft: true"),
    });
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ["data/arsip.json", "data/artikel.csv", "data/manifest.json"]) {
      const text = read(r.out, f);
      expect(text, f).not.toContain("draf rahasia");
      expect(text, f).not.toContain("konsep");
    }
  });
});

describe("npm run verify", () => {
  const copy = (): string => {
    const dir = join(mkdtempSync(join(tmpdir(), "arsip-verify-")), "site");
    cpSync(seedSite(), dir, { recursive: true });
    return dir;
  };

  it("passes a fresh build of the included archive", async () => {
    const r = await runCli("verify", [seedSite()], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^OK: 5 articles in .* match the archive \(manifest, data and pages\)\.\n$/);
  });

  it("catches a changed byte in an event page, naming the article", async () => {
    const site = copy();
    const page = join(site, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("Kantor berita resmi Korut", "Kantor berita resmi Korut."));
    const r = await runCli("verify", [site], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "articles/2021-03-22-kim-xi-bertukar-pesan/warta-ekonomi.md: its heading or text on /peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html differs from the archive",
    );
    expect(r.stderr).not.toContain("kontan.md");
  });

  it("catches a changed outlet in the data file, a page without one of its articles, and refuses a manifest of the wrong shape without a stack trace", async () => {
    const site = copy();
    const json = join(site, "data/arsip.json");
    writeFileSync(json, readFileSync(json, "utf8").replace('"outlet": "Purna Warta"', '"outlet": "Purna Warta Palsu"'));
    writeFileSync(join(site, "data/manifest.json"), '{"articles":{"\u001b[31m":1}}');
    const page = join(site, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace('<h3 id="judul_kontan"', '<h3 id="judul_lain"'));
    const r = await runCli("verify", [site], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/data/manifest.json: is missing or cannot be read");
    expect(r.stderr).toContain("purna-warta.md: its text or fields in the site's data/arsip.json differ");
    expect(r.stderr).toContain("kontan.md: its heading or text on /peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html differs");
    expect(r.stderr).not.toContain(String.fromCharCode(27));
    expect(r.stderr).not.toMatch(/at \w+ \(/);
  });

  it("catches a changed byte in the manifest and in the data file, naming the article", async () => {
    const site = copy();
    const manifest = join(site, "data/manifest.json");
    const text = readFileSync(manifest, "utf8");
    const sha = /"sha256": "([0-9a-f]{64})"/.exec(text)?.[1] ?? "";
    writeFileSync(manifest, text.replace(sha, `${sha.slice(0, -1)}${sha.endsWith("0") ? "1" : "0"}`));
    const json = join(site, "data/arsip.json");
    writeFileSync(json, readFileSync(json, "utf8").replace("yang dipimpin oleh pejabat Politbiro", "yang dipimpin pejabat Politbiro"));
    const r = await runCli("verify", [site], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^articles\/2017-11-02-[^:]+\.md: its fingerprint in the site's manifest \([0-9a-f]{64}\) differs from the text in the archive/m);
    expect(r.stderr).toContain(
      "articles/2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong/purna-warta.md: its text or fields in the site's data/arsip.json differ",
    );
    expect(r.stderr).toContain("differences: this site does not hold the same texts as the archive.");
  });

  it("--whole proves every file: a script added to a page and a file added to the site are found, a fresh build passes", async () => {
    // the address the seed site was built for (tests/support/seed-site.ts): a rebuild for another one differs in every page
    const env = { ARSIP_ARTICLES_DIR: SEED_ARTICLES, ARSIP_SITE_URL: "https://arsip.example.org" };
    const fresh = await runCli("verify", [seedSite(), "--whole"], env);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stdout).toMatch(/^OK: \d+ files in .* are byte for byte the files a build of this archive writes\.\n$/);
    const site = copy();
    const home = join(site, "index.html");
    writeFileSync(home, readFileSync(home, "utf8").replace("</head>", '<script src="https://evil.example/x.js"></script></head>'));
    writeFileSync(join(site, "tambahan.html"), "<p>bukan dari arsip</p>");
    const r = await runCli("verify", [site, "--whole"], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("index.html: differs from a build of the archive");
    expect(r.stderr).toContain("tambahan.html: is in that site, though a build of the archive does not write it");
    expect(r.stderr).toContain("2 differences: this site is not exactly a build of this archive.");
  });

  it("stops at its limits with a message: a server that never stops sending, one that never answers", async () => {
    const endless = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1 << 16, 0x20);
      const push = (): void => {
        while (res.write(chunk));
        res.once("drain", push);
      };
      push();
      res.on("close", () => res.removeAllListeners("drain"));
    });
    const started = performance.now();
    const big = await runCli("verify", [endless.url, "--max-mib", "2"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    await endless.close();
    expect(big.status).toBe(1);
    expect(big.stderr).toBe("/data/manifest.json is larger than 2 MiB; the check stopped. Raise the limit with --max-mib if the file really is that large.\n");
    const silent = await listen(() => undefined);
    const slow = await runCli("verify", [silent.url, "--deadline", "2"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    await silent.close();
    expect(slow.status).toBe(1);
    expect(slow.stderr).toBe(
      "The 2 s deadline passed while reading /data/manifest.json; the check stopped. The site is slow or not answering; raise the limit with --deadline.\n",
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("reports an article nested 200,000 levels deep in the data file as a difference, and every other difference too", async () => {
    const site = copy();
    const json = join(site, "data/arsip.json");
    const data = JSON.parse(readFileSync(json, "utf8")) as { events: { articles: Record<string, unknown>[] }[] };
    const first = data.events[0]?.articles[0];
    if (!first) throw new Error("no article");
    writeFileSync(json, JSON.stringify(data).replace(JSON.stringify(first), `${"[".repeat(200_000)}${"]".repeat(200_000)}`));
    const page = join(site, "peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("Kantor berita resmi Korut", "Kantor berita resmi Korut."));
    const r = await runCli("verify", [site], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("warta-ekonomi.md: its heading or text on /peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html differs");
    expect(r.stderr).toMatch(/\.md: (its text or fields in the site's data\/arsip\.json differ|is not in the site's data\/arsip\.json)/);
    expect(r.stderr).not.toMatch(/RangeError|at \w+ \(/);
  });
});

/** A server on 127.0.0.1 at an OS-assigned port. */
async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe("npm run verify on a site it cannot read", () => {
  it("says so with exit 2 before rebuilding anything: an address that is not one, a folder that is not there", async () => {
    const url = await runCli("verify", ["http://[", "--whole"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(url.status).toBe(2);
    expect(url.stderr).toMatch(/^http:\/\/\[ is not a web address that can be read; give the whole address/);
    const folder = await runCli("verify", [join(tmpdir(), "arsip-tidak-ada"), "--whole"], { ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/arsip-tidak-ada is not a folder; give the folder of a built site, e\.g\. _site/);
    for (const r of [url, folder]) expect(r.stderr).not.toMatch(/at \w+ \(/);
  });
});
