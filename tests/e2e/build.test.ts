/** Build-output tests: the real build command and Eleventy config, on the seed archive and on fixtures. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlValidationErrors } from "../support/site-checks.ts";
import {
  buildSite,
  copySeedArchive,
  runCli,
  FIXTURE_TAGS,
  FURNITURE,
  listFiles,
  makeArchive,
  readPage,
  ROOT,
  SEED_ARTICLES,
  VALID_ARTICLE,
  VALID_EVENT,
  withCoverage,
} from "../support/helpers.ts";

const EV2021 = "2021-03-22-kim-xi-bertukar-pesan";
const SEED_EVENTS = [
  "2017-11-02-xi-jinping-balas-pesan-kim-jong-un",
  EV2021,
  "2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong",
  "2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning",
];

describe("building the seed archive", () => {
  let out = "";
  let html: string[] = [];
  beforeAll(async () => {
    const r = await buildSite(SEED_ARTICLES);
    // the default site URL is fine for a look, not for publishing: one line says so
    expect(r.stderr).toBe(
      "warning: ARSIP_SITE_URL is not set, so feeds, canonical links and the sitemap point to http://localhost:8080; set it to the published address, e.g. ARSIP_SITE_URL=https://arsip.example.org npm run build\n",
    );
    expect(r.status).toBe(0);
    out = r.out;
    expect(r.stdout).toMatch(/Built _site\/: 4 events, 5 articles, \d+ tags, 0 drafts skipped, \d+ pages written, [\d.]+ s/);
    html = listFiles(out).filter((f) => f.endsWith(".html"));
  });

  it("writes the same site, byte for byte and the search index included, when built again", async () => {
    const again = await buildSite(SEED_ARTICLES);
    expect(again.status).toBe(0);
    const files = listFiles(out);
    expect(listFiles(again.out)).toEqual(files);
    expect(files.filter((f) => /^pagefind\/\d{4}\/filter\//.test(f)).length).toBeGreaterThan(3);
    const differ = files.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(again.out, f))));
    expect(differ).toEqual([]);
  });

  it("writes one page per event, the comparison of a twice-covered event's texts, the home page and tag pages", async () => {
    expect(html.filter((f) => f.startsWith("peristiwa/") && !f.endsWith("/banding/index.html"))).toEqual(SEED_EVENTS.map((id) => `peristiwa/${id}/index.html`));
    // only the 2021 event has two articles
    expect(html.filter((f) => f.endsWith("/banding/index.html"))).toEqual(["peristiwa/2021-03-22-kim-xi-bertukar-pesan/banding/index.html"]);
    expect(html).toContain("index.html");
    expect(html).toContain("topik/index.html");
    expect(html).toContain("topik/kim-jong-un/index.html");
  });

  it("writes every page of the reader's site", async () => {
    const files = listFiles(out);
    for (const f of [
      "index.html",
      "topik/index.html",
      "topik/kim-jong-un/feed.xml",
      "arsip/index.html",
      "arsip/2017/index.html",
      "arsip/2021/index.html",
      "arsip/2023/index.html",
      "arsip/2024/index.html",
      "sumber/index.html",
      "sumber/kontan/index.html",
      "sumber/warta-ekonomi/index.html",
      "sumber/sindonews/index.html",
      "sumber/purna-warta/index.html",
      "sumber/tidak-diketahui/index.html",
      "feed.xml",
      "sitemap.xml",
      "robots.txt",
      "404.html",
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files).not.toContain("arsip/2019/index.html");
    expect(readPage(out, "sumber/tidak-diketahui/index.html")).toContain("<h1>Sumber tidak diketahui</h1>");
  });

  it("publishes each asset once, under a name holding the hash of its bytes, and the pages name those", async () => {
    const sources = readdirSync(join(ROOT, "templates", "assets")).sort();
    const published = listFiles(out).filter((f) => f.startsWith("assets/"));
    expect(published).toHaveLength(sources.length);
    for (const name of sources) {
      const bytes = readFileSync(join(ROOT, "templates", "assets", name));
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
      const file = `assets/${name.replace(/(\.[a-z]+)$/, `.${hash}$1`)}`;
      expect(published, name).toContain(file);
      expect(readFileSync(join(out, file)).equals(bytes)).toBe(true);
    }
    const home = readPage(out, "index.html");
    expect(home).toMatch(/<link rel="stylesheet" href="\/assets\/style\.[0-9a-f]{10}\.css">/);
    expect(readPage(out, "cari/index.html")).toMatch(/<script src="\/assets\/search\.[0-9a-f]{10}\.js" type="module">/);
    // every asset a page names exists
    for (const f of html) for (const m of readPage(out, f).matchAll(/"\/assets\/([^"]+)"/g)) expect(published, f).toContain(`assets/${m[1]}`);
  });

  it("links each event page to its neighbours, related events and a citation", async () => {
    const page = readPage(out, `peristiwa/${EV2021}/index.html`);
    expect(page).toContain('<a href="/peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/" rel="prev">');
    expect(page).toContain('<a href="/peristiwa/2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong/" rel="next">');
    expect(page).toContain('<h2 id="kutip_halaman">Kutip</h2>');
    expect(page).toContain(`/peristiwa/${EV2021}/</span>`);
    expect(page).toContain('<h2 id="peristiwa_terkait">Peristiwa terkait</h2>');
  });

  it("puts every page in Indonesian", async () => {
    for (const f of html) expect(readPage(out, f)).toContain('<html lang="id">');
  });

  it("gathers the Kontan and the Warta Ekonomi article, in full, on the 2021 event page", async () => {
    const page = readPage(out, `peristiwa/${EV2021}/index.html`);
    expect(page).toContain('<article class="article" id="kontan"');
    expect(page).toContain('<article class="article" id="warta-ekonomi"');
    expect(page).toContain('<dd><a href="/sumber/kontan/"><bdi>Kontan</bdi></a></dd>');
    expect(page).toContain('<dd><a href="/sumber/warta-ekonomi/"><bdi>Warta Ekonomi</bdi></a></dd>');
    // first and last paragraphs of both bodies are there
    expect(page).toContain("KONTAN.CO.ID - SEOUL. Para pemimpin China dan Korea Utara");
    expect(page).toContain("sebagai ganti Pyongyang meninggalkan program senjata nuklirnya.");
    expect(page).toContain("Pemimpin Korea Utara (Korut) Kim Jong-un dan Presiden China Xi Jinping saling bertukar pesan");
    expect(page).toContain("Yang Jiechi dan Anggota Dewan Negara Wang Yi di Anchorage.");
    expect(page).toContain('<time datetime="2021-03-22">Senin, 22 Maret 2021</time>');
  });

  it("shows the SINDOnews publication time in Indonesian, with the machine date", async () => {
    const page = readPage(out, "peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/index.html");
    expect(page).toContain('<time datetime="2017-11-02T15:23:00+07:00">Kamis, 2 November 2017 15.23 WIB</time>');
    expect(page).toContain("<dt>Penulis</dt><dd><bdi>ian</bdi></dd>");
  });

  it("lists events newest first on the home page with Indonesian dates, summaries and tags", async () => {
    const home = readPage(out, "index.html");
    const order = SEED_EVENTS.map((id) => home.indexOf(`href="/peristiwa/${id}/"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(home).toContain("Kamis, 21 Maret 2024");
    expect(home).toContain("Kamis, 27 Juli 2023");
    expect(home).toContain('href="/topik/kim-jong-un/"');
    expect(home).toContain("2 artikel: <bdi>Kontan</bdi>, <bdi>Warta Ekonomi</bdi>");
    expect(home).toContain("1 artikel: <bdi>Sumber tidak diketahui</bdi>");
  });

  it("lists a tag's events on its page", async () => {
    const page = readPage(out, "topik/song-tao/index.html");
    expect(page).toContain(`href="/peristiwa/${EV2021}/"`);
    expect(page).not.toContain('href="/peristiwa/2017-11-02');
  });

  it("has no site furniture anywhere", async () => {
    const all = html.map((f) => readPage(out, f)).join("\n");
    for (const f of FURNITURE) expect(all).not.toContain(f);
  });

  it("shows every non-draft article file on exactly one event page", async () => {
    const files = listFiles(SEED_ARTICLES).filter((f) => f.endsWith(".md") && !f.endsWith("index.md"));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const [event, file] = f.split("/");
      const marker = `<article class="article" id="${(file ?? "").replace(/\.md$/, "")}"`;
      // every page that shows an article shows it as a section with its id; only its event's page does
      const pages = html.filter((p) => readPage(out, p).includes(marker) && p.startsWith(`peristiwa/${event}/`));
      expect(
        html.filter((p) => readPage(out, p).includes(marker)).every((p) => p.startsWith("peristiwa/")),
        f,
      ).toBe(true);
      expect(pages, f).toEqual([`peristiwa/${event}/index.html`]);
      expect(readPage(out, pages[0] ?? "").split(marker).length - 1, f).toBe(1);
    }
  });
});

describe("building fixture archives", () => {
  it("escapes hostile text in titles, summaries, labels and bodies; bodies are never templates", async () => {
    const { articles } = makeArchive({
      "tags.yaml": 'evil:\n  label: "</a><script>alert(1)</script>"\n  kind: topik\n',
      "2021-01-01-x/index.md":
        '---\ntitle: "Judul </title><script>alert(1)</script> & \\"kutip\\""\ndate: 2021-01-01\nsummary: "Ringkas\\" onmouseover=\\"alert(1)"\ntags: [evil]\n---\n',
      "2021-01-01-x/a.md": '---\noutlet: "<b>Media</b>"\n---\n<script>alert(1)</script>\n\n{{ site.title }} {% raw %}\n\n[x](javascript:alert(1))\n',
    });
    const r = await buildSite(articles);
    expect(r.status).toBe(0);
    const page = readPage(r.out, "peristiwa/2021-01-01-x/index.html");
    expect(page).not.toContain("<script>");
    expect(page).not.toContain('" onmouseover="');
    expect(page).toContain("Judul &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;");
    expect(page).toContain("<title>Judul &lt;/title&gt;");
    expect(page).toContain('content="Ringkas&quot; onmouseover=&quot;alert(1)"');
    expect(page).toContain("&lt;b&gt;Media&lt;/b&gt;");
    expect(page).toContain("{{ site.title }} {% raw %}");
    expect(page).not.toContain('href="javascript:');
    expect(readPage(r.out, "topik/evil/index.html")).toContain("<h1>&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)?.[1] ?? "";
    expect((JSON.parse(ld) as { "@graph": { name?: string }[] })["@graph"][0]?.name).toBe('Judul </title><script>alert(1)</script> & "kutip"');
    const feed = readPage(r.out, "feed.xml");
    expect(feed).toContain("<title>Judul &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;</title>");
    expect(feed).toContain('<category term="&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;"/>');
  });

  it("paginates tag and outlet pages past 50 and keeps the home page to the newest 30 events", async () => {
    const files: Record<string, string> = { "tags.yaml": FIXTURE_TAGS };
    for (let i = 0; i < 60; i++) {
      const d = new Date(Date.UTC(2000, 0, 1 + i * 40)).toISOString().slice(0, 10);
      files[`${d}-peristiwa-${i}/index.md`] = `---\ntitle: Peristiwa nomor ${i}\ndate: ${d}\nsummary: Ringkasan ${i}.\ntags: [nuklir]\n---\n`;
      files[`${d}-peristiwa-${i}/kontan.md`] = "---\noutlet: Kontan\n---\nIsi.\n";
      files[`${d}-peristiwa-${i}/kontan-2.md`] = "---\noutlet: Kontan\n---\nIsi lagi.\n";
    }
    const { articles } = makeArchive(files);
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    const cards = (html: string) => html.split('class="event-card"').length - 1;
    expect(cards(readPage(r.out, "topik/nuklir/index.html"))).toBe(50);
    const page2 = readPage(r.out, "topik/nuklir/2/index.html");
    expect(cards(page2)).toBe(10);
    expect(page2).toContain("<title>Nuklir (halaman 2 dari 2) · Arsip Berita China–Korea Utara</title>");
    expect(page2).toContain('<a href="/topik/nuklir/" rel="prev">');
    expect(listFiles(r.out).filter((f) => f.startsWith("sumber/kontan/"))).toEqual([
      "sumber/kontan/2/index.html",
      "sumber/kontan/3/index.html",
      "sumber/kontan/feed.json",
      "sumber/kontan/feed.xml",
      "sumber/kontan/index.html",
    ]);
    const home = readPage(r.out, "index.html");
    expect(cards(home)).toBe(30);
    expect(home).toContain("Menampilkan 30 peristiwa terbaru dari 60.");
    expect(home).toContain('href="/arsip/2000/"');
    const feed = readPage(r.out, "topik/nuklir/feed.xml");
    expect(feed.split("<entry>").length - 1).toBe(50);
  });

  it("article ids never collide with the page's own ids, and equal headlines stay valid HTML", async () => {
    const files: Record<string, string> = { "tags.yaml": FIXTURE_TAGS, "2021-03-22-a/index.md": VALID_EVENT };
    for (const id of ["isi", "kutip", "terkait", "liputan", "latar-belakang", "judul"])
      files[`2021-03-22-a/${id}.md`] = "---\ntitle: Judul yang sama\noutlet: Kontan\n---\nIsi.\n";
    const { articles } = makeArchive(files);
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    expect(await htmlValidationErrors(r.out, ["peristiwa/2021-03-22-a/index.html"])).toEqual([]);
  });

  it("a new event folder with one article shows up on its page, the home page and its tags' pages", async () => {
    const { articles } = copySeedArchive();
    const id = "2025-01-10-kunjungan-baru";
    mkdirSync(join(articles, id));
    writeFileSync(
      join(articles, id, "index.md"),
      "---\ntitle: Kunjungan baru ke Beijing\ndate: 2025-01-10\nsummary: Sebuah kunjungan baru.\ntags: [beijing]\n---\n",
    );
    writeFileSync(join(articles, id, "antara.md"), "---\noutlet: Antara\npublished: 2025-01-11\ntags: [nuklir]\n---\nIsi berita baru.\n");
    const r = await buildSite(articles);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("5 events, 6 articles");
    expect(readPage(r.out, `peristiwa/${id}/index.html`)).toContain("Isi berita baru.");
    const home = readPage(r.out, "index.html");
    expect(home.indexOf(`/peristiwa/${id}/`)).toBeGreaterThan(0);
    expect(home.indexOf(`/peristiwa/${id}/`)).toBeLessThan(home.indexOf("/peristiwa/2024-03-21"));
    expect(readPage(r.out, "topik/beijing/index.html")).toContain(`/peristiwa/${id}/`);
    expect(readPage(r.out, "topik/nuklir/index.html")).toContain(`/peristiwa/${id}/`);
  });

  it("leaves drafts out of the site and counts them", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "2021-03-22-a/index.md": VALID_EVENT,
      "2021-03-22-a/kontan.md": VALID_ARTICLE,
      "2021-03-22-a/rahasia.md": "---\ndraft: true\n---\nDRAFT-ARTICLE-TEXT\n",
      "2022-01-01-draf/index.md": VALID_EVENT.replace("---\n", "---\ndraft: true\n"),
    });
    const r = await buildSite(articles);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 event, 1 article, 4 tags, 2 drafts skipped (1 event, 1 article)");
    const files = listFiles(r.out);
    expect(files).not.toContain("peristiwa/2022-01-01-draf/index.html");
    expect(files.filter((f) => f.endsWith(".html")).some((f) => readPage(r.out, f).includes("DRAFT-ARTICLE-TEXT"))).toBe(false);
  });

  it("stops on invalid content, names file and field, and writes nothing", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "2021-03-22-a/index.md": VALID_EVENT.replace("2021-03-22", "2021-02-30") });
    const r = await buildSite(articles);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("articles/2021-03-22-a/index.md:3 date: 2021-02-30 is not a real date");
    expect(existsSync(r.out)).toBe(false);
  });

  it("rebuilds from scratch: pages of a deleted event do not linger", async () => {
    const { articles } = makeArchive(
      withCoverage({
        "tags.yaml": FIXTURE_TAGS,
        "2021-03-22-a/index.md": VALID_EVENT,
        "2021-03-22-a/kontan.md": VALID_ARTICLE,
        "2022-05-01-b/index.md": VALID_EVENT.replace("2021-03-22", "2022-05-01"),
      }),
    );
    const first = await buildSite(articles);
    expect(listFiles(first.out)).toContain("peristiwa/2022-05-01-b/index.html");
    rmSync(join(articles, "2022-05-01-b"), { recursive: true });
    const again = await runCli("build", ["--output", first.out], { ARSIP_ARTICLES_DIR: articles });
    expect(again.status, again.stderr).toBe(0);
    expect(listFiles(first.out)).not.toContain("peristiwa/2022-05-01-b/index.html");
    expect(listFiles(first.out)).not.toContain("arsip/2022/index.html");
    expect(listFiles(join(first.out, "..")).filter((f) => f.startsWith(".build-"))).toEqual([]);
  });

  it("a failed build leaves the previous site untouched", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "2021-03-22-a/index.md": VALID_EVENT, "2021-03-22-a/kontan.md": VALID_ARTICLE });
    const first = await buildSite(articles);
    expect(first.status).toBe(0);
    const before = readPage(first.out, "index.html");
    writeFileSync(join(articles, "2021-03-22-a/kontan.md"), "---\ntags: [nope]\n---\nx\n");
    const again = await buildSite(articles);
    expect(again.status).toBe(1);
    expect(readFileSync(join(first.out, "index.html"), "utf8")).toBe(before);
  });
});
