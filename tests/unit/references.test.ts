/** The on-page references (src/site/references.ts): written by citeproc-js from the citation item, in Indonesian, every value as the source printed it. */
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { cslItem, type CslItem } from "../../src/site/citations.ts";
import { siteConfig } from "../../src/site/config.ts";
import { references, REFERENCE_STYLES } from "../../src/site/references.ts";
import type { Cache } from "../../src/lib/cache.ts";
import { articleItem, SEED_ARTICLES } from "../support/helpers.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });

const itemOf = (article: string): CslItem => articleItem(article, SITE);

/** The tags of a reference: the processor's own formatting only. */
const tagsOf = (html: string): string[] => [...html.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((m) => m[1] ?? "");

describe("references", () => {
  it("cites a signed, dated article in APA 7 and Chicago with Indonesian dates, the outlet as the newspaper and the original address", () => {
    const item = itemOf(
      "---\noutlet: Kontan\ntitle: Kim dan Xi bertukar pesan\nauthor: Barratut Taqiyyah Rafie\neditor: Editor Meja\npublished: 2021-03-23\nurl: https://example.com/berita/1\n---\nIsi.\n",
    );
    const r = references(item);
    expect(r.apa).toBe(
      "Barratut Taqiyyah Rafie. (2021, Maret 23). Kim dan Xi bertukar pesan. <i>Kontan</i>. Arsip Berita China–Korea Utara. https://example.com/berita/1",
    );
    expect(r.chicago).toBe(
      "Barratut Taqiyyah Rafie. “Kim dan Xi bertukar pesan.” <i>Kontan</i>, 23 Maret 2021. https://arsip.example.org/peristiwa/e/#a. Arsip Berita China–Korea Utara. https://example.com/berita/1.",
    );
    for (const html of Object.values(r)) expect(html).not.toContain("Editor Meja");
  });

  it("describes an untitled, undated article in brackets with no date (t.t.) and never capitalises the archive's address", () => {
    const r = references(itemOf("---\noutlet: Kontan\n---\nIsi.\n"));
    expect(r.apa).toMatch(/^\[Berita Kontan tanpa judul tentang peristiwa: .*\]\. \(t\.t\.\)\. <i>Kontan<\/i>\./);
    expect(r.chicago).toContain(" https://arsip.example.org/peristiwa/e/#a.");
    expect(r.chicago).not.toContain("Https://");
  });

  it("shows tags a title or a name prints as text, and escapes everything else", () => {
    const item = itemOf(
      '---\noutlet: "Kompas & <b>Co</b>"\ntitle: "Judul <i>miring</i> <script>alert(1)</script> <span class=\\"nocase\\">x</span>"\nauthor: "Budi <sup>2</sup>"\n---\nIsi.\n',
    );
    for (const html of Object.values(references(item))) {
      expect(html).toContain("Judul &#60;i&#62;miring&#60;/i&#62; &#60;script&#62;alert(1)&#60;/script&#62;");
      expect(html).toContain("Budi &#60;sup&#62;2&#60;/sup&#62;");
      expect(html).toContain("Kompas &#38; &#60;b&#62;Co&#60;/b&#62;");
      expect(tagsOf(html).every((t) => t === "i")).toBe(true);
    }
  });

  it("renders every article of the included archive with only the processor's formatting, and keeps each in the cache", () => {
    const { archive } = loadArchive(SEED_ARTICLES);
    const store = new Map<string, unknown>();
    const cache: Cache = { get: <T>(k: string) => store.get(k) as T | undefined, set: (k, v) => void store.set(k, v), keep: () => undefined };
    let n = 0;
    for (const e of archive?.events ?? [])
      for (const a of e.articles) {
        const r = references(cslItem(SITE, e, a), cache);
        expect(Object.keys(r)).toEqual(REFERENCE_STYLES.map((s) => s.key));
        for (const html of Object.values(r)) {
          expect(tagsOf(html).every((t) => t === "i")).toBe(true);
          if (a.outlet !== undefined) expect(html).toContain(a.outlet);
          if (a.editor !== undefined) expect(html).not.toContain(a.editor);
        }
        n++;
      }
    expect(n).toBe(5);
    expect(store.size).toBe(5);
  });
});

describe("references of unusual items", () => {
  it("keeps an address as printed: no typographic quote put into it", () => {
    const r = references(articleItem("---\noutlet: Kontan\nurl: https://news.example/Kontan/kim's-visit\n---\nIsi.\n", SITE));
    for (const html of Object.values(r)) expect(html).toContain("https://news.example/Kontan/kim&#39;s-visit");
  });
});
