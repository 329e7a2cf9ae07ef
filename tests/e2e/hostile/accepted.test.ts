/**
 * Hostile input that must load correctly: one fixture archive per case, run through the real
 * `npm run check` and `npm run build`, then the built site is read back (parsed, not grepped
 * where structure matters) to assert exactly what a reader gets.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, it } from "vitest";
import { parseFrontmatter } from "../../../src/content/frontmatter.ts";
import { loadArchive } from "../../../src/content/loader.ts";
import { en, FIXTURE_TAGS, listFiles, VALID_ARTICLE } from "../../support/helpers.ts";
import {
  articleText,
  accepted,
  activeContent,
  all,
  archive,
  attr,
  buildOnly,
  byClass,
  byTag,
  checkAndBuild,
  CLI_TEST_TIMEOUT,
  dom,
  htmlProblems,
  jsonLd,
  metaNamed,
  one,
  page,
  rebuild,
  SITE_URL,
  text,
  textFiles,
  xmlDom,
  type Element,
  type Files,
} from "./harness.ts";

const SITE_TITLE = "Arsip Berita China–Korea Utara";
const y = (s: string): string => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

/**
 * Files that differ between two built sites (missing on one side, or different bytes), the search
 * index (`pagefind/`) included: the build makes it the same for the same pages (src/render/pagefind-order.ts).
 */
function siteDiff(a: string, b: string): string[] {
  const files = (dir: string): string[] => listFiles(dir);
  const fa = files(a);
  const fb = files(b);
  const diff = [
    ...fa.filter((f) => !fb.includes(f)).map((f) => `only in the first: ${f}`),
    ...fb.filter((f) => !fa.includes(f)).map((f) => `only in the second: ${f}`),
  ];
  for (const f of fa.filter((x) => fb.includes(x))) if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diff.push(`differs: ${f}`);
  return diff;
}

const section = (doc: ReturnType<typeof dom>, id: string): Element => one(doc, (e) => e.name === "article" && e.attribs.id === id, `article#${id}`);
const articleBody = articleText;
/** The `<time>` elements of an article section's metadata. */
const timesIn = (s: Element): { datetime: string | undefined; label: string }[] =>
  all(one(s, byClass("article-meta"), "dl.article-meta"), byTag("time")).map((t) => ({ datetime: attr(t, "datetime"), label: text(t) }));

// ------------------------------------------------------------------------------------------------
// 4 and 20: the same archive, clean and dirty, must build the same site byte for byte

const CLEAN: Record<string, string> = {
  "tags.yaml": FIXTURE_TAGS,
  "2024-01-15-kunjungan/index.md":
    "---\ntitle: Kunjungan ke Pyongyang\ndate: 2024-01-15\nsummary: Delegasi China tiba di Pyongyang.\nplace: Pyongyang\ntags: [beijing, nuklir]\n---\nLatar belakang kunjungan.\n\n## Sejarah\n\nHubungan kedua negara\nsudah lama.\n",
  "2024-01-15-kunjungan/kontan.md":
    "---\ntitle: Delegasi China tiba\noutlet: Kontan\npublished: 2024-01-16T08:00:00+07:00\nauthor: Budi Santoso\ntags:\n  - kim-jong-un\n  - xi-jinping\n---\n" +
    "KONTAN.CO.ID - PYONGYANG. Delegasi tiba pagi ini.\n\nParagraf kedua dengan *penekanan* dan kata café.\n\n> Kutipan pejabat\n> yang panjang.\n",
  "2024-01-15-kunjungan/tempo.md": "---\noutlet: Tempo\npublished: 2024-01-16\n---\nIsi berita Tempo.\n\n- butir satu\n- butir dua\n",
  "2023-05-01-lain/index.md": "---\ntitle: Peristiwa lain\ndate: 2023-05-01\nsummary: Ringkasan lain.\n---\n",
  "2023-05-01-lain/antara.md": "---\noutlet: Antara\n---\nIsi Antara.\n",
};

const withBom = (files: Record<string, string>): Files => Object.fromEntries(Object.entries(files).map(([name, content]) => [name, `\uFEFF${content}`]));

/** BOM, CRLF line endings, and zero-width characters inside words of every file, keys and delimiters included. */
function dirty(files: Record<string, string>): Files {
  const invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
  let n = 0;
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const sprinkled = content.replace(/[A-Za-z-]/g, (ch) => (++n % 4 === 0 ? `${ch}${invisible[n % invisible.length] ?? ""}` : ch));
      return [name, `\uFEFF${sprinkled.replace(/\n/g, "\r\n")}`];
    }),
  );
}

let cleanSite: Promise<string> | undefined;
/** The clean archive's site, built once for both comparisons. */
function cleanBuild(): Promise<string> {
  cleanSite ??= buildOnly(archive(CLEAN).articles).then((r) => {
    if (r.status !== 0) throw new Error(`the clean reference archive did not build:\n${r.stderr}`);
    return r.out;
  });
  return cleanSite;
}

describe.concurrent("hostile input that loads correctly, through npm run check and npm run build", { timeout: CLI_TEST_TIMEOUT }, () => {
  it("4. a BOM before the opening --- gives the same site as clean input", async ({ expect }) => {
    const files = withBom(CLEAN);
    expect(Object.values(files).every((c) => typeof c === "string" && c.startsWith("\uFEFF"))).toBe(true);
    const [runs, clean] = await Promise.all([checkAndBuild(archive(files).articles), cleanBuild()]);
    expect(accepted(runs).failures).toEqual([]);
    expect(listFiles(runs.build.out).length).toBeGreaterThan(10);
    expect(siteDiff(clean, runs.build.out)).toEqual([]);
  });

  it("20. BOM, CRLF and zero-width characters give byte-identical output to clean input", async ({ expect }) => {
    const files = dirty(CLEAN);
    const joined = Object.values(files).join("");
    for (const ch of ["\r\n", "\u200B", "\u200C", "\u200D", "\u2060"]) expect(joined.includes(ch), JSON.stringify(ch)).toBe(true);
    // inside field names and tag ids too, not only in the text
    expect(joined).toMatch(/\n[a-z]+[\u200B-\u200D\u2060\uFEFF][a-z]*:/);
    expect(joined).toMatch(/\n {2}- [^\r\n]*[\u200B-\u200D\u2060\uFEFF]/);
    expect(joined).toMatch(/\n[^\r\n]*-[\u200B-\u200D\u2060\uFEFF]-[^\r\n]*-?\r\n/);
    const [runs, clean] = await Promise.all([checkAndBuild(archive(files).articles), cleanBuild()]);
    expect(accepted(runs).failures).toEqual([]);
    expect(siteDiff(clean, runs.build.out)).toEqual([]);
    // and the site is not trivially empty: the sprinkled words arrive whole
    expect(text(dom(page(runs.build.out, "peristiwa/2024-01-15-kunjungan/index.html")))).toContain("Paragraf kedua dengan penekanan dan kata café.");
  });

  it("10. a date-time without offset is Asia/Jakarta: 23:30 WIB stays on its day, whatever the machine's zone", async ({ expect }) => {
    const { articles } = archive({
      "2024-01-15-tengah-malam/index.md": "---\ntitle: Tengah malam\ndate: 2024-01-15\nsummary: Rapat larut malam.\n---\n",
      "2024-01-15-tengah-malam/malam.md": "---\noutlet: Kontan\npublished: 2024-01-15T23:30\n---\nRapat larut malam.\n",
      "2024-01-15-tengah-malam/utc.md": "---\noutlet: Tempo\npublished: 2024-01-15T23:30:00+00:00\n---\nSama jamnya, tetapi UTC.\n",
    });
    // built on a machine in UTC+14, where 23:30 WIB is already 06:30 the next day
    const runs = await checkAndBuild(articles, { TZ: "Pacific/Kiritimati" });
    expect(accepted(runs).failures).toEqual([]);
    const doc = dom(page(runs.build.out, "peristiwa/2024-01-15-tengah-malam/index.html"));
    expect(timesIn(section(doc, "malam"))).toEqual([{ datetime: "2024-01-15T23:30:00+07:00", label: "Senin, 15 Januari 2024 23.30 WIB" }]);
    const [utc] = timesIn(section(doc, "utc"));
    expect(utc?.label).toBe("Selasa, 16 Januari 2024 06.30 WIB");
    expect(Date.parse(utc?.datetime ?? "")).toBe(Date.parse("2024-01-15T23:30:00Z"));
    // earliest first: 23:30 WIB is 16:30 UTC, before 23:30 UTC
    expect(all(doc, (e) => e.name === "article" && byClass("article")(e)).map((s) => s.attribs.id)).toEqual(["malam", "utc"]);
    const ld = jsonLd(doc) as { hasPart: { datePublished: string }[] };
    expect(ld.hasPart.map((p) => p.datePublished)[0]).toBe("2024-01-15T23:30:00+07:00");
    const outlet = dom(page(runs.build.out, "sumber/kontan/index.html"));
    expect(all(outlet, byTag("time")).map((t) => [attr(t, "datetime"), text(t)])).toContainEqual([
      "2024-01-15T23:30:00+07:00",
      "Senin, 15 Januari 2024 23.30 WIB",
    ]);
  });

  it("11. numbers, booleans, nulls and octal-looking values where text is expected are shown exactly as written", async ({ expect }) => {
    const { articles } = archive({
      "2021-03-22-angka/index.md": "---\ntitle: 2024\ndate: 2021-03-22\nsummary: 1_000\nplace: 0x1F\n---\n",
      "2021-03-22-angka/a.md": "---\ntitle: 1e3\noutlet: no\nauthor: 012\neditor: 0o17\nvia: null\nlanguage: no\n---\nIsi artikel.\n",
      "2021-03-22-angka/b.md": "---\ntitle: ~\noutlet: yes\nauthor: .inf\nvia: false\n---\nIsi artikel.\n",
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const out = runs.build.out;
    const doc = dom(page(out, "peristiwa/2021-03-22-angka/index.html"));
    expect(text(one(doc, byTag("h1"), "h1"))).toBe("2024");
    expect(text(one(one(doc, byClass("event-header"), "event header"), byClass("summary"), "summary"))).toBe("1_000");
    expect(text(one(one(doc, byClass("event-header"), "event header"), byClass("meta"), "meta"))).toContain(" · 0x1F");
    const a = section(doc, "a");
    expect(text(one(a, byTag("h3"), "h3"))).toBe("1e3");
    expect(attr(a, "lang")).toBe("no");
    const dds = (s: Element): string[] => all(s, byTag("dd")).map(text);
    // a via kantor-berita.yaml does not list is shown as written, said to be unlisted
    expect(dds(a)).toEqual(expect.arrayContaining(["no", "012", "0o17", "null (sumber yang belum terdaftar)"]));
    const b = section(doc, "b");
    expect(text(one(b, byTag("h3"), "h3"))).toBe("~");
    expect(dds(b)).toEqual(expect.arrayContaining(["yes", ".inf", "false (sumber yang belum terdaftar)"]));
    const ld = jsonLd(doc) as { name: string; description: string; about: { location: { name: string } }; hasPart: Record<string, unknown>[] };
    expect([ld.name, ld.description, ld.about.location.name]).toEqual(["2024", "1_000", "0x1F"]);
    expect(ld.hasPart).toEqual([
      expect.objectContaining({
        headline: "1e3",
        inLanguage: "no",
        publisher: expect.objectContaining({ name: "no" }),
        author: expect.objectContaining({ name: "012" }),
        editor: expect.objectContaining({ name: "0o17" }),
        citation: expect.objectContaining({ publisher: expect.objectContaining({ name: "null" }) }),
      }),
      expect.objectContaining({
        headline: "~",
        publisher: expect.objectContaining({ name: "yes" }),
        author: expect.objectContaining({ name: ".inf" }),
        citation: expect.objectContaining({ publisher: expect.objectContaining({ name: "false" }) }),
      }),
    ]);
    for (const [slug, name] of [
      ["no", "no"],
      ["yes", "yes"],
    ]) {
      expect(text(one(dom(page(out, `sumber/${slug}/index.html`)), byTag("title"), "title"))).toBe(`Sumber: ${name} · ${SITE_TITLE}`);
    }
  });

  it("15. labels and outlet names whose slug would be empty still get distinct, valid pages", async ({ expect }) => {
    const { articles } = archive({
      "tags.yaml": `${FIXTURE_TAGS}kim-zh:\n  label: 金正恩\n  kind: tokoh\nxi-zh:\n  label: 习近平\n  kind: tokoh\n  aliases: [시진핑]\n`,
      "2021-03-22-tanpa-latin/index.md": "---\ntitle: Nama tanpa huruf Latin\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-tanpa-latin/a.md": `---\noutlet: ${y("!!!")}\ntags: [kim-zh]\n---\nIsi satu.\n`,
      "2021-03-22-tanpa-latin/b.md": `---\noutlet: ${y("???")}\ntags: [xi-zh]\n---\nIsi dua.\n`,
      "2021-03-22-tanpa-latin/c.md": `---\noutlet: ${y("«»")}\n---\nIsi tiga.\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const out = runs.build.out;
    const outletPages = listFiles(out).filter((f) => /^sumber\/[^/]+\/index\.html$/.test(f));
    const byName = new Map(outletPages.map((f) => [text(one(dom(page(out, f)), byTag("h1"), "h1")), f.split("/")[1] ?? ""]));
    const slugs = ["!!!", "???", "«»"].map((name) => byName.get(name));
    expect(slugs.every((s) => s !== undefined && /^sumber-[a-z0-9]+$/.test(s))).toBe(true);
    expect(new Set(slugs).size).toBe(3);
    expect(text(one(dom(page(out, "topik/kim-zh/index.html")), byTag("h1"), "h1"))).toBe("金正恩");
    expect(text(one(dom(page(out, "topik/xi-zh/index.html")), byTag("h1"), "h1"))).toBe("习近平");
  });

  it("16. drafts are left out everywhere and counted in the summary lines", async ({ expect }) => {
    const { articles } = archive({
      "2021-03-22-terbit/index.md": "---\ntitle: Peristiwa terbit\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-terbit/kontan.md": VALID_ARTICLE,
      "2021-03-22-terbit/rahasia.md": "---\ndraft: true\noutlet: Media Draf Rahasia\ntags: [xi-jinping]\n---\nTEKS-DRAF-ARTIKEL\n",
      "2022-01-01-draf/index.md": "---\ntitle: PERISTIWA-DRAF-JUDUL\ndate: 2022-01-01\nsummary: RINGKASAN-DRAF\ndraft: true\n---\n",
      "2022-01-01-draf/a.md": "---\noutlet: Kontan\n---\nTEKS-DRAF-PERISTIWA\n",
      "2022-01-01-draf/b.md": "---\ndraft: false\noutlet: Kontan\n---\nTEKS-DRAF-PERISTIWA-2\n",
    });
    const runs = await checkAndBuild(articles);
    const { failures, summary, checkSummary } = accepted(runs);
    expect(failures).toEqual([]);
    expect(checkSummary).toMatch(/^OK: 1 event, 1 article, 4 tags, 4 drafts skipped \(1 event, 3 articles\), \d+\.\d\d s$/);
    expect(summary).toMatch(/^Built _site\/: 1 event, 1 article, 4 tags, 4 drafts skipped \(1 event, 3 articles\), \d+ pages written, \d+\.\d\d s$/);
    const out = runs.build.out;
    const files = listFiles(out);
    expect(files).toContain("peristiwa/2021-03-22-terbit/index.html");
    expect(files.filter((f) => f.includes("2022-01-01-draf") || f.includes("media-draf-rahasia") || f.startsWith("arsip/2022/"))).toEqual([]);
    const leaks = textFiles(out).filter((f) => /TEKS-DRAF|PERISTIWA-DRAF|RINGKASAN-DRAF|Media Draf Rahasia/.test(page(out, f)));
    expect(leaks).toEqual([]);
    // the draft article's tag does not reach its event
    expect(all(dom(page(out, "topik/xi-jinping/index.html")), byClass("event-card"))).toHaveLength(0);
  });

  it("18. an event index.md with frontmatter only (no body, no final newline) builds without a background section", async ({ expect }) => {
    const { articles } = archive({
      "2021-03-22-tanpa-latar/index.md": "---\ntitle: Tanpa latar\ndate: 2021-03-22\nsummary: Ringkas.\n---",
      "2021-03-22-tanpa-latar/a.md": "---\noutlet: Kontan\n---\nSatu-satunya paragraf.",
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const doc = dom(page(runs.build.out, "peristiwa/2021-03-22-tanpa-latar/index.html"));
    expect(all(doc, byClass("background"))).toHaveLength(0);
    expect(text(articleBody(section(doc, "a"))).trim()).toBe("Satu-satunya paragraf.");
  });

  it("22. <script>, <img onerror>, <iframe> and other raw HTML in a body are shown as text, never as elements", async ({ expect }) => {
    const snippets = [
      '<script>alert("skrip")</script>',
      "<img src=x onerror=\"alert('gambar')\">",
      '<iframe src="https://evil.example/"></iframe>',
      'Teks <b onmouseover="alert(1)">tebal</b> dan <svg onload=alert(1)>.',
      "<style>body { display: none }</style>",
      '<a href="javascript:alert(1)">tautan</a> <!-- komentar -->',
      "<details open ontoggle=alert(1)>x</details>",
      '<base href="https://evil.example/"><form action="https://evil.example/"><input name=q></form>',
    ];
    const { articles } = archive({
      "2021-03-22-html/index.md": "---\ntitle: HTML mentah\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-html/a.md": `---\noutlet: Kontan\n---\n${snippets.join("\n\n")}\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const html = page(runs.build.out, "peristiwa/2021-03-22-html/index.html");
    const doc = dom(html);
    const body = articleBody(section(doc, "a"));
    expect(all(body, byTag("p")).map(text)).toEqual(snippets);
    // the only elements are the paragraphs, and the web addresses in the text made into plain links (linkify)
    expect(all(body, (e) => e.name !== "p").map((e) => [e.name, e.attribs.href, e.attribs.rel])).toEqual(
      Array.from({ length: 3 }, () => ["a", "https://evil.example/", "external noopener noreferrer"]),
    );
    expect(activeContent(doc)).toEqual([]);
    expect(await htmlProblems(html, "case-22.html")).toEqual([]);
  });

  it("23. javascript:, data:, vbscript:, file: and protocol-relative links and images in a body are not links", async ({ expect }) => {
    const lines = [
      "[satu](javascript:alert(1)) [dua](JaVaScRiPt:alert(2)) [tiga](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)",
      "<javascript:alert(4)> [lima][r] [tujuh](vbscript:msgbox(7)) [delapan](file:///etc/passwd) [sembilan](//evil.example/9)",
      "![sepuluh](data:image/svg+xml,<svg onload=alert(10)>) ![sebelas](https://evil.example/pixel.gif) //evil.example/12",
    ];
    const { articles } = archive({
      "2021-03-22-tautan/index.md": "---\ntitle: Tautan berbahaya\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-tautan/a.md": `---\noutlet: Kontan\n---\n${lines.join("\n\n")}\n\n[r]: javascript:alert(5)\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const html = page(runs.build.out, "peristiwa/2021-03-22-tautan/index.html");
    const doc = dom(html);
    const body = articleBody(section(doc, "a"));
    expect(all(body, (e) => e.name !== "p").map((e) => e.name)).toEqual([]);
    expect(all(body, byTag("p")).map(text)).toEqual([
      lines[0],
      "<javascript:alert(4)> [lima][r] [tujuh](vbscript:msgbox(7)) [delapan](file:///etc/passwd) [sembilan](//evil.example/9)",
      // a valid image is shown as its alt text: nothing is fetched
      "![sepuluh](data:image/svg+xml,<svg onload=alert(10)>) sebelas //evil.example/12",
      // an unsafe reference definition is no definition: it stays text
      "[r]: javascript:alert(5)",
    ]);
    expect(activeContent(doc)).toEqual([]);
    expect(all(doc, (e) => /^\s*\/\//.test(e.attribs.href ?? e.attribs.src ?? ""))).toEqual([]);
    expect(await htmlProblems(html, "case-23.html")).toEqual([]);
  });

  it("24. {{ }} and {% %} in a body, title, summary and outlet print literally", async ({ expect }) => {
    const body = '{{ 7 * 7 }} dan {{ site.title }} dan {% include "base.njk" %} dan {%- raw %} dan {# komentar #} dan ${7 * 7} dan {{ archive | dump }}';
    const title = "{{ 7 * 7 }} dan {% raw %}x{% endraw %}";
    const summary = "{{ site.title }} {% if true %}ya{% endif %}";
    const outlet = "{% include 'base.njk' %}";
    const { articles } = archive({
      "2021-03-22-templat/index.md": `---\ntitle: ${y(title)}\ndate: 2021-03-22\nsummary: ${y(summary)}\n---\n`,
      "2021-03-22-templat/a.md": `---\noutlet: ${y(outlet)}\n---\n${body}\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const doc = dom(page(runs.build.out, "peristiwa/2021-03-22-templat/index.html"));
    expect(text(articleBody(section(doc, "a"))).trim()).toBe(body);
    expect(text(one(doc, byTag("h1"), "h1"))).toBe(title);
    expect(attr(one(doc, metaNamed("description"), "meta description"), "content")).toBe(summary);
    expect(all(section(doc, "a"), byTag("dd")).map(text)).toContain(outlet);
    const home = dom(page(runs.build.out, "index.html"));
    expect(all(home, byClass("event-title")).map(text)).toEqual([title]);
  });

  it("25. </script>, quotes and < in titles, summaries, outlets and tag labels are escaped in HTML, attributes, meta tags, feeds and JSON-LD", async ({
    expect,
  }) => {
    const T = `Judul </script><script>alert(1)</script> "kutip" 'satu' & <b>tebal</b> <!-- ]]> -->`;
    const S = `Ringkas" onmouseover="alert(2)" </script> & <i>x</i>`;
    const O = `Media "Kutip" <Sini> & </script>`;
    const L = `</a><script>alert(3)</script> "Label" & &amp;`;
    const AT = `Artikel </title><script>alert(4)</script>`;
    const { articles } = archive({
      "tags.yaml": `${FIXTURE_TAGS}evil:\n  label: ${y(L)}\n  kind: topik\n`,
      "2021-03-22-kutip/index.md": `---\ntitle: ${y(T)}\ndate: 2021-03-22\nsummary: ${y(S)}\nplace: ${y(O)}\ntags: [evil]\n---\n`,
      "2021-03-22-kutip/a.md": `---\ntitle: ${y(AT)}\noutlet: ${y(O)}\npublished: 2021-03-23\n---\nIsi.\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const out = runs.build.out;

    const eventHtml = page(out, "peristiwa/2021-03-22-kutip/index.html");
    const ev = dom(eventHtml);
    expect(text(one(ev, byTag("h1"), "h1"))).toBe(T);
    expect(text(one(ev, byTag("title"), "title"))).toBe(`${T} · ${SITE_TITLE}`);
    expect(attr(one(ev, metaNamed("description"), "meta description"), "content")).toBe(S);
    expect(attr(one(ev, metaNamed("og:title"), "og:title"), "content")).toBe(T);
    expect(attr(one(ev, metaNamed("og:description"), "og:description"), "content")).toBe(S);
    expect(text(one(section(ev, "a"), byTag("h3"), "h3"))).toBe(AT);
    expect(all(section(ev, "a"), byTag("dd")).map(text)).toContain(O);
    expect(all(ev, (e) => e.name === "a" && e.attribs.href === "/topik/evil/").map(text)).toContain(`Topik: ${L}`);
    const ld = jsonLd(ev) as {
      name: string;
      description: string;
      keywords: string;
      about: { name: string; location: { name: string } };
      hasPart: { headline: string; publisher: { name: string } }[];
    };
    expect([ld.name, ld.description, ld.about.name, ld.about.location.name, ld.keywords]).toEqual([T, S, T, O, L]);
    expect([ld.hasPart[0]?.headline, ld.hasPart[0]?.publisher.name]).toEqual([AT, O]);
    const ldRaw = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(eventHtml)?.[1] ?? "";
    expect(ldRaw).not.toMatch(/[<>]/);

    const outletPages = listFiles(out).filter((f) => /^sumber\/[^/]+\/index\.html$/.test(f) && text(one(dom(page(out, f)), byTag("h1"), "h1")) === O);
    expect(outletPages).toHaveLength(1);
    const paths = {
      event: "peristiwa/2021-03-22-kutip/index.html",
      home: "index.html",
      tag: "topik/evil/index.html",
      outlet: outletPages[0] ?? "",
      year: "arsip/2021/index.html",
      topics: "topik/index.html",
      outlets: "sumber/index.html",
    };
    const pages = Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, dom(page(out, path))]));
    for (const [name, path] of Object.entries(paths)) {
      const raw = page(out, path);
      const doc = dom(raw);
      expect(activeContent(doc), name).toEqual([]);
      // every "<script" in the raw page is a script element the parser also sees: no text opened one
      expect(raw.split("<script").length - 1, name).toBe(all(doc, byTag("script")).length);
      expect(await htmlProblems(raw, `case-25-${name}.html`), name).toEqual([]);
    }
    if (!pages.home || !pages.tag) throw new Error("pages missing");
    expect(all(pages.home, byClass("event-title")).map(text)).toEqual([T]);
    expect(all(pages.home, byClass("summary")).map(text)).toEqual([S]);
    expect(text(one(pages.tag, byTag("h1"), "h1"))).toBe(L);
    expect(text(one(pages.tag, byTag("title"), "title"))).toBe(`${L} · ${SITE_TITLE}`);

    for (const [path, feedTitle] of [
      ["feed.xml", SITE_TITLE],
      ["topik/evil/feed.xml", `${L} · ${SITE_TITLE}`],
    ] as const) {
      const xml = page(out, path);
      // read strictly as XML (entities decoded once): the exact texts come back
      const doc = xmlDom(xml);
      const feedEl = one(doc, byTag("feed"), `${path} feed`);
      const child = (parent: Element, name: string): Element => one(parent, (e) => e.name === name && e.parent === parent, `${path} ${name}`);
      expect(text(child(feedEl, "title")), path).toBe(feedTitle);
      const entry = one(doc, byTag("entry"), `${path} entry`);
      expect(text(child(entry, "title")), path).toBe(T);
      expect(attr(child(entry, "category"), "term"), path).toBe(L);
      expect(text(child(entry, "summary")), path).toBe(`${S} Liputan: ${O}.`);
      // the markup in the texts stayed text: the XML has exactly the Atom elements
      expect(
        all(entry, () => true)
          .map((e) => e.name)
          .sort(),
        path,
      ).toEqual(["author", "category", "content", "id", "link", "name", "published", "summary", "title", "updated"]);
      // the content is HTML escaped once for XML: read as HTML, the hostile texts are text in it, never markup
      const content = dom(text(child(entry, "content")));
      expect(
        all(content, (e) => ["script", "b", "i", "img"].includes(e.name)),
        path,
      ).toEqual([]);
      expect(text(content), path).toContain(S);
      expect(text(content), path).toContain(O);
      expect(
        all(doc, (e) => ["script", "b", "i", "a"].includes(e.name)),
        path,
      ).toEqual([]);
      // and a real feed reader reads it (it decodes titles twice, so only the structure is compared here)
      const feed = parseFeed(xml);
      expect(
        feed.items.map((i) => i.url),
        path,
      ).toEqual([`${SITE_URL}/peristiwa/2021-03-22-kutip/`]);
      expect(
        feed.items[0]?.categories.map((c) => c.term),
        path,
      ).toEqual([L]);
    }
    expect((jsonLd(ev) as { url: string }).url).toBe(`${SITE_URL}/peristiwa/2021-03-22-kutip/`);
  });

  it("27. 70,000 * and 50,000 [ in a body render whole (a hang would fail the test timeout)", async ({ expect }) => {
    const stars = "*".repeat(70_000);
    const brackets = "[".repeat(50_000);
    const { articles } = archive({
      "2021-03-22-redos/index.md": "---\ntitle: Masukan patologis\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-redos/a.md": `---\noutlet: Kontan\n---\na${stars}b\n\n${brackets}\n\n${"*a".repeat(20_000)}\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const paragraphs = all(articleBody(section(dom(page(runs.build.out, "peristiwa/2021-03-22-redos/index.html")), "a")), byTag("p")).map(text);
    expect(paragraphs[0]).toBe(`a${stars}b`);
    expect(paragraphs[1]).toBe(brackets);
    expect(paragraphs[2]?.replace(/\*/g, "")).toBe("a".repeat(20_000));
  });

  it("30. a 1 MB article body builds and appears whole, in order, on its page", async ({ expect }) => {
    const paragraphs = Array.from(
      { length: 11_000 },
      (_, i) => `Paragraf ${String(i + 1).padStart(5, "0")}: para pemimpin China dan Korea Utara menegaskan kembali aliansi tradisional mereka.`,
    );
    const body = paragraphs.join("\n\n");
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    const { articles } = archive({
      "2021-03-22-panjang/index.md": "---\ntitle: Artikel panjang\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-panjang/a.md": `---\noutlet: Kontan\n---\n${body}\n`,
    });
    const runs = await checkAndBuild(articles);
    expect(accepted(runs).failures).toEqual([]);
    const rendered = all(articleBody(section(dom(page(runs.build.out, "peristiwa/2021-03-22-panjang/index.html")), "a")), byTag("p")).map(text);
    expect(rendered.length).toBe(paragraphs.length);
    expect(rendered).toEqual(paragraphs);
  });

  it("31. an event with 200 articles builds and its page lists and shows all 200", async ({ expect }) => {
    const ids = Array.from({ length: 200 }, (_, i) => `artikel-${String(i + 1).padStart(3, "0")}`);
    const files: Files = { "2021-03-22-ramai/index.md": "---\ntitle: Peristiwa ramai\ndate: 2021-03-22\nsummary: Banyak liputan.\n---\n" };
    ids.forEach((id, i) => {
      const minute = String(i % 60).padStart(2, "0");
      const hour = String(8 + Math.floor(i / 60)).padStart(2, "0");
      files[`2021-03-22-ramai/${id}.md`] = `---\ntitle: Judul ${id}\noutlet: Media ${i % 7}\npublished: 2021-03-22T${hour}:${minute}\n---\nIsi ${id} saja.\n`;
    });
    const runs = await checkAndBuild(archive(files).articles);
    const { failures, summary } = accepted(runs);
    expect(failures).toEqual([]);
    expect(summary).toContain("1 event, 200 articles");
    const html = page(runs.build.out, "peristiwa/2021-03-22-ramai/index.html");
    const doc = dom(html);
    expect(all(doc, (e) => e.name === "article" && byClass("article")(e)).map((s) => s.attribs.id)).toEqual(ids);
    expect(
      all(one(doc, byClass("sources"), "ol.sources"), byTag("li")).map((li) =>
        attr(
          one(li, (e) => e.name === "a" && (e.attribs.href ?? "").startsWith("#"), "anchor"),
          "href",
        ),
      ),
    ).toEqual(ids.map((id) => `#${id}`));
    for (const id of ids) expect(text(articleBody(section(doc, id))).trim()).toBe(`Isi ${id} saja.`);
    expect((jsonLd(doc) as { hasPart: unknown[] }).hasPart).toHaveLength(200);
    expect(text(one(dom(page(runs.build.out, "index.html")), byClass("coverage"), "coverage"))).toMatch(/^200 artikel: /);
    expect(await htmlProblems(html, "case-31.html")).toEqual([]);
  });

  it("32. deleting an article and rebuilding removes it everywhere: pages, feeds, sitemap", async ({ expect }) => {
    const files: Files = {
      "2021-03-22-hapus/index.md": "---\ntitle: Peristiwa dengan artikel terhapus\ndate: 2021-03-22\nsummary: Ringkas.\n---\n",
      "2021-03-22-hapus/kontan.md": "---\noutlet: Kontan\ntags: [nuklir]\n---\nIsi Kontan.\n",
      "2021-03-22-hapus/hilang.md":
        "---\ntitle: JUDUL-YANG-DIHAPUS\noutlet: Media Unik Hapus\npublished: 2021-03-25T10:00\ntags: [xi-jinping]\n---\nTEKS-YANG-DIHAPUS\n",
    };
    const { articles } = archive(files);
    const first = await checkAndBuild(articles);
    expect(accepted(first).failures).toEqual([]);
    const out = first.build.out;
    const marks = /JUDUL-YANG-DIHAPUS|TEKS-YANG-DIHAPUS|Media Unik Hapus|media-unik-hapus|#hilang|2021-03-25/;
    // before: the article is on its event page, its outlet page, the sitemap, the feeds and its tag's pages
    const before = textFiles(out).filter((f) => marks.test(page(out, f)));
    expect(before).toEqual(
      expect.arrayContaining([
        "peristiwa/2021-03-22-hapus/index.html",
        "sumber/media-unik-hapus/index.html",
        "sitemap.xml",
        "feed.xml",
        "topik/xi-jinping/feed.xml",
      ]),
    );
    expect(all(dom(page(out, "topik/xi-jinping/index.html")), byClass("event-card"))).toHaveLength(1);

    rmSync(join(articles, "2021-03-22-hapus/hilang.md"));
    const reduced = archive(Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith("hilang.md"))));
    const [again, fresh] = await Promise.all([rebuild(articles, out), buildOnly(reduced.articles)]);
    expect([again.status, fresh.status], again.stderr + fresh.stderr).toEqual([0, 0]);
    expect(textFiles(out).filter((f) => marks.test(page(out, f)))).toEqual([]);
    expect(listFiles(out).filter((f) => f.startsWith("sumber/media-unik-hapus/"))).toEqual([]);
    expect(all(dom(page(out, "topik/xi-jinping/index.html")), byClass("event-card"))).toHaveLength(0);
    expect(parseFeed(page(out, "topik/xi-jinping/feed.xml")).items).toHaveLength(0);
    // the rebuilt site is exactly the site of the archive that never had the article
    expect(siteDiff(fresh.out, out)).toEqual([]);
  });

  it.todo("32. deleting an article and rebuilding removes it from the search index too (the search index is being added in another change)");
});

describe("21. no state shared between parses or loads", () => {
  it("mutating a parse result or a loaded archive does not change the next one", ({ expect }) => {
    const text1 = "---\ntitle: Judul\ntags: [nuklir]\n---\nIsi.\n";
    const first = parseFrontmatter(text1);
    if (!first.ok) throw new Error("fixture must parse");
    const snapshot = structuredClone({ data: first.file.data, body: first.file.body });
    (first.file.data.tags as string[]).push("disisipkan");
    first.file.data.title = "diubah";
    first.file.body = "diganti";
    const second = parseFrontmatter(text1);
    expect(second.ok && { data: second.file.data, body: second.file.body }).toEqual(snapshot);

    const { root, articles } = archive({
      "2021-03-22-a/index.md": CLEAN["2024-01-15-kunjungan/index.md"]?.replace("2024-01-15", "2021-03-22") ?? "",
      "2021-03-22-a/kontan.md": CLEAN["2024-01-15-kunjungan/kontan.md"] ?? "",
    });
    const load = () => loadArchive(articles, { displayRoot: root });
    const a = load();
    expect(a.problems).toEqual([]);
    const before = JSON.stringify(a);
    const ev = a.archive?.events[0];
    if (!ev) throw new Error("fixture must load");
    ev.title = "diubah";
    ev.articles.pop();
    a.archive?.tags.splice(0);
    expect(JSON.stringify(load())).toBe(before);
  });

  it("the same broken text, parsed twice in one process, fails twice", ({ expect }) => {
    const broken = "---\noutlet: 'Kontan\n---\nIsi.\n";
    const once = ["2 outlet frontmatter.yaml the frontmatter is not valid YAML: Missing closing 'quote"];
    const problems = (r: ReturnType<typeof parseFrontmatter>) => (r.ok ? ["ok"] : r.problems.map((p) => `${p.line} ${p.field} ${p.code} ${en(p)}`));
    expect([problems(parseFrontmatter(broken)), problems(parseFrontmatter(broken))]).toEqual([once, once]);
  });
});
