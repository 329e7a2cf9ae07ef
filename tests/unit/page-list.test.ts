/** Pages and their fingerprints (src/site/page-list.ts): what decides that a page from the previous build can be kept. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { TEMPLATES_DIR } from "../../src/render/eleventy.ts";
import { siteConfig } from "../../src/site/config.ts";
import { withBodyHtml } from "../../src/site/markdown.ts";
import { COLLECTIONS, fingerprintOf, onlyPages, pageEntries } from "../../src/site/page-list.ts";
import { siteData } from "../../src/site/pages.ts";
import { copySeedArchive } from "../support/helpers.ts";
import { SEED_ARTICLES } from "../support/paths.ts";

const SITE = siteConfig({ ARSIP_SITE_URL: "https://arsip.example.org" });

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".njk"))
    .map((e) => join(e.parentPath, e.name));
}

describe("the page list", () => {
  const { archive } = loadArchive(SEED_ARTICLES);
  if (!archive) throw new Error("the seed archive does not load");
  const data = siteData(archive, SITE);

  it("knows every collection a template paginates, and templates read nothing else of the archive but the preview's errors", () => {
    const paginated = new Set<string>();
    for (const file of templateFiles(TEMPLATES_DIR)) {
      const text = readFileSync(file, "utf8");
      const data = /^\s*data: archive\.(\w+)$/m.exec(text)?.[1];
      if (data) paginated.add(data);
      const others = [...text.matchAll(/archive\.(\w+)/g)].map((m) => m[1]).filter((k) => k !== data && k !== "errors");
      expect(others, file).toEqual([]);
    }
    expect([...paginated].sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it("gives every page its own address", () => {
    const urls = pageEntries(data).map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain("/");
    expect(urls).toContain("/peristiwa/2021-03-22-kim-xi-bertukar-pesan/");
    expect(urls).toContain("/feed.xml");
    expect(urls).toContain("/404.html");
  });

  it("fingerprints what a lazily rendered body is made of, without rendering it", () => {
    const view = (body: string) => withBodyHtml({ id: "a" }, body);
    expect(fingerprintOf(view("Satu *dua*."))).toBe(fingerprintOf(view("Satu *dua*.")));
    expect(fingerprintOf(view("Satu *dua*."))).not.toBe(fingerprintOf(view("Satu *tiga*.")));
    // what is hashed holds the markdown, not the HTML (which would have to be rendered first)
    const json = JSON.stringify(view("Satu *dua*."));
    expect(json).toContain("Satu *dua*.");
    expect(json).not.toContain("<em>");
  });

  it("fingerprints an event's card once, and every page listing it changes with it", () => {
    const card = data.eventPages[0]?.related[0];
    if (!card) throw new Error("the first event has no related events");
    // as JSON a card is its fingerprint: the pages listing it hash 64 characters, not the card again
    expect(JSON.stringify(card)).toMatch(/^\{"fingerprint":"[0-9a-f]{64}"\}$/);
    expect(JSON.stringify(card)).toBe(JSON.stringify(card));
    const { articles } = copySeedArchive();
    const index = join(articles, card.id, "index.md");
    writeFileSync(index, readFileSync(index, "utf8").replace(/^summary: .*$/m, "summary: Ringkasan yang diubah."));
    const { archive: edited } = loadArchive(articles);
    if (!edited) throw new Error("the edited archive does not load");
    const before = new Map(pageEntries(data).map((e) => [e.url, e.fingerprint]));
    const changed = pageEntries(siteData(edited, SITE))
      .filter((e) => before.get(e.url) !== e.fingerprint)
      .map((e) => e.url);
    // the pages listing the edited event's card: its related events' pages, its tags', year's and outlets' lists, the home page
    expect(changed).toContain(`/peristiwa/${data.eventPages[0]?.id}/`);
    expect(changed).toContain("/");
    for (const t of card.tags) expect(changed).toContain(`/topik/${t.id}/`);
  });

  it("keeps only the pages asked for, in their order", () => {
    const entries = pageEntries(data);
    const only = onlyPages(data, (e) => e.collection === "eventPages" && e.index > 0, entries);
    expect(only.eventPages.map((p) => p.id)).toEqual(data.eventPages.slice(1).map((p) => p.id));
    expect(only.home).toEqual([]);
    expect(only.files).toBe(data.files);
  });
});
