/**
 * Output gates over whole built sites:
 * - the Content-Security-Policy meta, with the exact policy, on every page, before anything it governs;
 * - no URL to another host in any src or href, except the articles' original links (`url`);
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { buildSite, FIXTURE_TAGS, listFiles, makeArchive, SEED_ARTICLES, seedSite, SITE_URL } from "../support/helpers.ts";

/** The policy every page carries, to the character. */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
/** The search page runs Pagefind's WebAssembly, and only it may. */
const SEARCH_PAGES = new Set(["cari/index.html"]);
const SEARCH_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

type Doc = ReturnType<typeof parseDocument>;
type El = ReturnType<typeof DomUtils.findAll>[number];
const elements = (doc: Doc): El[] => DomUtils.findAll(() => true, doc.children);

/** What is wrong with a page's CSP: it must be one meta in <head>, with the exact policy, before any script, style or link. */
function cspProblems(html: string, file: string): string[] {
  const doc = parseDocument(html);
  const metas = elements(doc).filter((e) => e.name === "meta" && (e.attribs["http-equiv"] ?? "").toLowerCase() === "content-security-policy");
  if (metas.length !== 1) return [`${file}: ${metas.length} CSP meta elements`];
  const meta = metas[0] as El;
  const problems: string[] = [];
  const expected = SEARCH_PAGES.has(file) ? SEARCH_POLICY : POLICY;
  if (meta.attribs.content !== expected) problems.push(`${file}: policy is "${meta.attribs.content}"`);
  if ((meta.parent as El | null)?.name !== "head") problems.push(`${file}: the CSP meta is not in <head>`);
  const all = elements(doc);
  const first = all.findIndex((e) => ["script", "style", "link", "img", "iframe", "object", "embed", "base"].includes(e.name));
  if (first !== -1 && first < all.indexOf(meta)) problems.push(`${file}: <${all[first]?.name}> comes before the CSP meta`);
  return problems;
}

const URL_ATTRIBUTES = ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "ping", "background", "xlink:href", "manifest", "icon"];

/**
 * Every URL in an attribute of `html` that points away from the site: another host, or a scheme
 * other than http, https and mailto. Allowed: an `<a href>` that is exactly one of `originals`.
 */
function foreignUrls(html: string, file: string, originals: ReadonlySet<string>, xml = false): string[] {
  const site = new URL(SITE_URL);
  const pageUrl = new URL(file.replace(/index\.html$/, ""), `${SITE_URL}/`);
  const found: string[] = [];
  for (const e of elements(parseDocument(html, { xmlMode: xml }))) {
    for (const name of URL_ATTRIBUTES) {
      const raw = e.attribs[name];
      if (raw === undefined) continue;
      const values = name === "srcset" ? raw.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [raw];
      for (const value of values) {
        let url: URL;
        try {
          url = new URL(value, pageUrl);
        } catch {
          found.push(`${file}: <${e.name} ${name}="${value}"> is not a URL`);
          continue;
        }
        if (url.protocol === "mailto:") continue;
        const away = (url.protocol !== "http:" && url.protocol !== "https:") || url.host !== site.host;
        if (!away) continue;
        if (e.name === "a" && name === "href" && originals.has(value)) continue;
        found.push(`${file}: <${e.name} ${name}="${value}">`);
      }
    }
  }
  return found;
}

/** The `url` of every published article: the only links to other hosts a page may carry. */
function originalLinks(articlesDir: string): Set<string> {
  const { archive } = loadArchive(articlesDir);
  if (!archive) throw new Error(`${articlesDir} does not load`);
  return new Set(archive.events.flatMap((e) => e.articles.flatMap((a) => (a.url === undefined ? [] : [a.url]))));
}

/** Articles with original links on other hosts, and bodies that try to reach other hosts without one. */
const LINKS_FIXTURE = {
  "tags.yaml": FIXTURE_TAGS,
  "2021-03-22-tautan/index.md":
    "---\ntitle: Tautan asli\ndate: 2021-03-22\nsummary: Artikel dengan tautan ke situs aslinya.\ntags: [beijing]\n---\nLatar <img src=//evil.example/latar.gif>.\n",
  "2021-03-22-tautan/kontan.md":
    '---\noutlet: Kontan\nurl: "https://internasional.kontan.co.id/news/kim-xi?utm_source=x&q=\\"kutip\\"#bagian"\ntags: [nuklir]\n---\nIsi ![foto](https://evil.example/pixel.gif) dan [rel](//evil.example/rel).\n\n<img src="//evil.example/raw.png"> <script src=//evil.example/x.js></script>\n',
  "2021-03-22-tautan/sindonews.md":
    "---\noutlet: SINDOnews\nurl: http://international.sindonews.com/read/1253019/40/xi-jinping\n---\nIsi kedua ![](//evil.example/kosong.png).\n",
  "2021-03-22-tautan/asing.md": "---\noutlet: Media Asing\nurl: https://例え.テスト/パス?a=1\n---\nIsi ketiga.\n",
  "2020-01-01-lain/index.md": "---\ntitle: Peristiwa lain\ndate: 2020-01-01\nsummary: Tanpa tautan asli.\n---\n",
  "2020-01-01-lain/antara.md": "---\noutlet: Antara\n---\n[tautan dalam](/topik/) dan [jangkar](#antara).\n",
};

describe("output gates on the seed site and on a fixture with original links", () => {
  const sites: { name: string; out: string; articles: string }[] = [];
  beforeAll(async () => {
    const fixture = makeArchive(LINKS_FIXTURE);
    const links = await buildSite(fixture.articles, { ARSIP_SITE_URL: SITE_URL });
    expect(links.status, links.stderr).toBe(0);
    sites.push({ name: "seed", out: seedSite(), articles: SEED_ARTICLES }, { name: "links fixture", out: links.out, articles: fixture.articles });
  });

  it("puts the CSP meta with the exact policy in the head of every page, before anything it governs", () => {
    for (const { name, out } of sites) {
      const pages = listFiles(out).filter((f) => f.endsWith(".html"));
      expect(pages.length, name).toBeGreaterThan(10);
      expect(
        pages.flatMap((f) => cspProblems(readFileSync(join(out, f), "utf8"), f)),
        name,
      ).toEqual([]);
    }
  });

  it("links to no other host in any src or href, except the articles' original links", () => {
    const fixture = sites.find((s) => s.name === "links fixture");
    if (!fixture) throw new Error("fixture not built");
    const originals = originalLinks(fixture.articles);
    expect(originals).toEqual(
      new Set([
        "https://internasional.kontan.co.id/news/kim-xi?utm_source=x&q=%22kutip%22#bagian",
        "http://international.sindonews.com/read/1253019/40/xi-jinping",
        "https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9?a=1",
      ]),
    );
    // the original links are there, each on its article
    const event = readFileSync(join(fixture.out, "peristiwa/2021-03-22-tautan/index.html"), "utf8");
    const hrefs = elements(parseDocument(event))
      .filter((e) => e.name === "a")
      .map((e) => e.attribs.href);
    for (const url of originals) expect(hrefs, url).toContain(url);

    for (const { name, out, articles } of sites) {
      const allowed = originalLinks(articles);
      const files = listFiles(out).filter((f) => /\.(?:html|xml)$/.test(f));
      expect(
        files.flatMap((f) => foreignUrls(readFileSync(join(out, f), "utf8"), f, allowed, f.endsWith(".xml"))),
        name,
      ).toEqual([]);
    }
  });

  it("the gate checks are live: they catch a missing or changed policy and a foreign resource", () => {
    const fixture = sites.find((s) => s.name === "links fixture");
    const html = readFileSync(join(fixture?.out ?? "", "index.html"), "utf8");
    expect(cspProblems(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""), "index.html")).toEqual(["index.html: 0 CSP meta elements"]);
    expect(cspProblems(html.replace("object-src 'none'", "object-src *"), "index.html")).toHaveLength(1);
    expect(cspProblems(html.replace("<head>", '<head><link rel="stylesheet" href="/x.css">'), "index.html")).toEqual([
      "index.html: <link> comes before the CSP meta",
    ]);
    const injected = html.replace("</main>", '<img src="https://evil.example/p.gif" alt=""><a href="//evil.example/">x</a><a href="javascript:x">y</a></main>');
    expect(foreignUrls(injected, "index.html", new Set())).toEqual([
      'index.html: <img src="https://evil.example/p.gif">',
      'index.html: <a href="//evil.example/">',
      'index.html: <a href="javascript:x">',
    ]);
  });
});
