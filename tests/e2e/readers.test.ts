/**
 * What readers of this subject follow, on the built seed site: where each report comes from (the
 * sourcing line, the agencies' pages and the chart of sources per year), the storyline of the Kim–Xi
 * message exchanges, a tag's events per year and the names that share its events, and the feeds
 * beside every page that has one (Atom read by python3-feedparser, JSON Feed 1.1 checked against its
 * specification and against the Atom feed beside it). The lists an agency's page must show, a tag's
 * counts per year and its companions, and the site feed's entries are computed here from the article
 * files themselves, not from the code that made the pages; the sourcing line, the chart's rows and
 * the storyline's texts are written out as they must read for the included archive.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/content/frontmatter.ts";
import { slugify } from "../../src/content/ids.ts";
import { buildSite, FIXTURE_TAGS, listFiles, makeArchive, runCli, SEED_ARTICLES, seedSite, VALID_EVENT } from "../support/helpers.ts";
import { JSON_FEED_1_1 } from "../support/jsonfeed.ts";
import { all, attr, byClass, byTag, dom, one, text } from "./hostile/harness.ts";

const site = seedSite();
const read = (path: string): string => readFileSync(join(site, path), "utf8");
const page = (path: string) => dom(read(path));
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const read2 = (out: string, path: string): string => readFileSync(join(out, path), "utf8");

/** Every article of the seed archive as its file says: event, id and `via`. */
const articles = readdirSync(SEED_ARTICLES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(SEED_ARTICLES, d.name))
      .filter((f) => f.endsWith(".md") && f !== "index.md")
      .map((f) => {
        const parsed = parseFrontmatter(readFileSync(join(SEED_ARTICLES, d.name, f), "utf8"));
        if (!parsed.ok) throw new Error(`${d.name}/${f} does not parse`);
        const via = parsed.file.data.via;
        return { event: d.name, id: f.slice(0, -3), via: typeof via === "string" ? via : undefined };
      }),
  );
/** kantor-berita.yaml as written: each name (label or alias, by its slug) → agency id. */
const vocabulary = parseYaml(readFileSync(join(SEED_ARTICLES, "kantor-berita.yaml"), "utf8")) as Record<
  string,
  { label: string; kind: string; aliases?: string[] }
>;
const agencyOfName = new Map(Object.entries(vocabulary).flatMap(([id, a]) => [a.label, ...(a.aliases ?? [])].map((n) => [slugify(n), id] as const)));

describe("where the news comes from", () => {
  it("names the source of each article of the 2021 event above its source strip", () => {
    const doc = page("peristiwa/2021-03-22-kim-xi-bertukar-pesan/index.html");
    const strip = one(doc, byClass("coverage-strip"), "source strip");
    const line = one(strip, byClass("sourcing"), "sourcing line");
    expect(squash(text(line))).toBe("Asal berita: 1 artikel mengutip AP · 1 artikel tanpa keterangan sumber");
    expect(all(line, byTag("a")).map((a) => attr(a, "href"))).toEqual(["/kantor-berita/ap/"]);
    // above the list of sources
    expect(strip.children.filter((c) => c.type === "tag").map((c) => (c as { name: string }).name)).toEqual(["h2", "p", "p", "ol", "section"]);
  });

  it("has a page for every agency the archive cites, listing exactly the articles whose via names it", () => {
    const cited = new Map<string, string[]>();
    for (const a of articles) {
      const id = a.via === undefined ? undefined : agencyOfName.get(slugify(a.via));
      if (id) cited.set(id, [...(cited.get(id) ?? []), `/peristiwa/${a.event}/#${a.id}`]);
    }
    expect([...cited.keys()].sort()).toEqual(expect.arrayContaining(["ap", "cnn", "kcna", "xinhua"]));
    for (const [id, expected] of cited) {
      const list = one(page(`kantor-berita/${id}/index.html`), byClass("outlet-items"), `${id}'s list`);
      const links = all(list, byTag("li")).map((li) => attr(all(li, byTag("a"))[0] as never, "href"));
      expect(links.sort(), id).toEqual(expected.sort());
    }
    // agencies no article cites have no page
    const withPages = readdirSync(join(site, "kantor-berita"), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(withPages.map((d) => d.name).sort()).toEqual([...cited.keys()].sort());
    // the index lists each with its count, by kind
    const index = squash(text(page("kantor-berita/index.html")));
    expect(index).toContain("Media pemerintah Korea Utara KCNA (1 artikel)");
    expect(index).toContain("Media pemerintah China Xinhua (1 artikel)");
    expect(index).toContain("Kantor berita internasional AP (1 artikel)");
    expect(index).toContain(`${articles.filter((a) => a.via === undefined).length} artikel tanpa keterangan sumber yang dikutip.`);
  });

  it("charts the share of articles per year by kind of source on /arsip/, each year a link with its values printed", () => {
    const chart = one(page("arsip/index.html"), byClass("source-chart"), "source chart");
    const rows = all(one(chart, byTag("tbody"), "tbody"), byTag("tr")).map((tr) => squash(text(tr)));
    expect(rows).toEqual([
      "2024 China 1 (100%) 1",
      "2023 Korea Utara 1 (100%) 1",
      "2021 Internasional 1 (50%) · Tanpa keterangan 1 (50%) 2",
      "2017 Media lain 1 (100%) 1",
    ]);
    expect(all(chart, byTag("a")).map((a) => attr(a, "href"))).toEqual(["/kantor-berita/", "/arsip/2024/", "/arsip/2023/", "/arsip/2021/", "/arsip/2017/"]);
    // the 2021 bar: two halves, drawn without script or inline style
    const bar = all(chart, byClass("source-bar"))[2];
    expect(all(bar as never, byTag("rect")).map((r) => [attr(r, "class"), attr(r, "x"), attr(r, "width")])).toEqual([
      ["k-internasional", "0", "50"],
      ["k-tanpa", "50", "50"],
    ]);
  });

  it("carries the agency's id and kind in the data", () => {
    const data = JSON.parse(read("data/arsip.json")) as { events: { id: string; articles: { id: string; agency?: { id: string; kind: string } }[] }[] };
    const kontan = data.events.find((e) => e.id === "2021-03-22-kim-xi-bertukar-pesan")?.articles.find((a) => a.id === "kontan");
    expect(kontan?.agency).toEqual({ id: "ap", label: "AP", kind: "internasional" });
    const csv = read("data/artikel.csv").split("\r\n");
    expect(csv[0]?.endsWith('"agency_id","agency_kind"')).toBe(true);
    expect(csv.find((l) => l.includes('"kontan"'))?.endsWith('"ap","internasional"')).toBe(true);
  });
});

describe("storylines", () => {
  const STORY = "rangkaian/pertukaran-pesan-kim-xi/index.html";
  const E2017 = "/peristiwa/2017-11-02-xi-jinping-balas-pesan-kim-jong-un/";
  const E2021 = "/peristiwa/2021-03-22-kim-xi-bertukar-pesan/";

  it("tells the Kim–Xi message exchanges in order, 2017 then 2021, with their coverage", () => {
    const timeline = one(page(STORY), byClass("storyline"), "timeline");
    const items = all(timeline, byTag("li"));
    expect(items.map((li) => attr(one(li, byClass("event-title"), "title").children[0] as never, "href"))).toEqual([E2017, E2021]);
    expect(items.map((li) => squash(text(one(li, byClass("coverage"), "coverage"))))).toEqual(["1 artikel: SINDOnews", "2 artikel: Kontan, Warta Ekonomi"]);
    expect(squash(text(page(STORY)))).toContain("Peristiwa ke-1 · Kamis, 2 November 2017");
  });

  it("links both event pages to the storyline and to each other through it", () => {
    for (const [path, place, other, label] of [
      [E2017, "peristiwa ke-1 dari 2", E2021, "Berikutnya dalam rangkaian"],
      [E2021, "peristiwa ke-2 dari 2", E2017, "Sebelumnya dalam rangkaian"],
    ] as const) {
      const nav = one(page(`${path.slice(1)}index.html`), byClass("storyline-place"), "storyline");
      expect(squash(text(nav))).toContain(`Bagian dari rangkaian Pertukaran pesan Kim Jong Un dan Xi Jinping: ${place}.`);
      expect(squash(text(nav))).toContain(label);
      expect(all(nav, byTag("a")).map((a) => attr(a, "href"))).toEqual(["/rangkaian/pertukaran-pesan-kim-xi/", other]);
    }
  });

  it("lists the storyline on its index, in the sitemap and in its feeds", () => {
    expect(squash(text(page("rangkaian/index.html")))).toContain("Pertukaran pesan Kim Jong Un dan Xi Jinping (2 peristiwa, 2017–2021)");
    const sitemap = read("sitemap.xml");
    for (const path of ["rangkaian/", "rangkaian/pertukaran-pesan-kim-xi/", "kantor-berita/", "kantor-berita/ap/"])
      expect(sitemap).toContain(`https://arsip.example.org/${path}<`);
    expect(existsSync(join(site, "rangkaian/pertukaran-pesan-kim-xi/feed.xml"))).toBe(true);
  });
});

describe("names in time", () => {
  /** Each event's tags as its files list them (its own and its articles'), and its year. */
  const events = readdirSync(SEED_ARTICLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const tags = new Set<string>();
      for (const f of readdirSync(join(SEED_ARTICLES, d.name)).filter((x) => x.endsWith(".md"))) {
        const parsed = parseFrontmatter(readFileSync(join(SEED_ARTICLES, d.name, f), "utf8"));
        const list = parsed.ok ? parsed.file.data.tags : undefined;
        if (Array.isArray(list)) for (const t of list) tags.add(String(t));
      }
      return { id: d.name, year: Number(d.name.slice(0, 4)), tags };
    });

  it("charts a tag's events per year and lists the five names that most often share an event with it", () => {
    const tag = "kim-jong-un";
    const mine = events.filter((e) => e.tags.has(tag));
    const perYear = new Map<number, number>();
    for (const e of mine) perYear.set(e.year, (perYear.get(e.year) ?? 0) + 1);
    const doc = page(`topik/${tag}/index.html`);
    const chart = one(doc, byClass("chart-bars"), "chart");
    const bars = all(chart, byTag("li")).map((li) => squash(text(li)));
    expect(bars.filter((b) => !b.endsWith(": 0 peristiwa"))).toEqual([...perYear.entries()].sort(([a], [b]) => a - b).map(([y, n]) => `${y}: ${n} peristiwa`));
    // each year with events a link to the year's newest event in the tag's own list, at its card
    const newest = new Map<number, string>();
    for (const e of [...mine].sort((a, b) => b.id.localeCompare(a.id))) if (!newest.has(e.year)) newest.set(e.year, e.id);
    const links = all(chart, byTag("a")).map((a) => attr(a, "href") ?? "");
    expect(links).toEqual([...perYear.keys()].sort().map((y) => `/topik/${tag}/#kartu-${newest.get(y)}`));
    for (const link of links) expect(read(`topik/${tag}/index.html`)).toContain(`id="${link.split("#")[1]}"`);

    const shared = new Map<string, number>();
    for (const e of mine) for (const t of e.tags) if (t !== tag) shared.set(t, (shared.get(t) ?? 0) + 1);
    const listed = all(one(doc, byClass("companions"), "companions"), byTag("li")).map((li) => ({
      id: /\/topik\/([^/]+)\//.exec(attr(one(li, byTag("a"), "link"), "href") ?? "")?.[1] ?? "",
      n: Number(/\((\d+) peristiwa bersama\)/.exec(text(li))?.[1]),
    }));
    expect(listed).toHaveLength(Math.min(5, shared.size));
    // each with the number of events it shares, most first, and no name left out that shares more than the last listed
    for (const l of listed) expect(l.n, l.id).toBe(shared.get(l.id));
    expect(listed.map((l) => l.n)).toEqual([...listed.map((l) => l.n)].sort((a, b) => b - a));
    const last = listed.at(-1)?.n ?? 0;
    expect([...shared.entries()].filter(([id, n]) => n > last && !listed.some((l) => l.id === id))).toEqual([]);
  });
});

const PYTHON = "/usr/bin/python3";
const hasFeedparser = spawnSync(PYTHON, ["-c", "import feedparser"]).status === 0;
if (!hasFeedparser && process.env.CI === "true") throw new Error("python3-feedparser is missing (apt-get install python3-feedparser)");

describe("feeds for every way readers follow", () => {
  const atoms = listFiles(site).filter((f) => f.endsWith("feed.xml"));

  it("has an Atom feed and a JSON Feed for the site, each tag, outlet, agency and storyline, linked from their pages", () => {
    for (const prefix of ["", "topik/kim-jong-un/", "sumber/kontan/", "kantor-berita/ap/", "rangkaian/pertukaran-pesan-kim-xi/"]) {
      expect(atoms).toContain(`${prefix}feed.xml`);
      const head = read(`${prefix}index.html`).split("</head>")[0] ?? "";
      expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${prefix}feed\\.xml">`));
      expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/feed\\+json" title="[^"]+" href="/${prefix}feed\\.json">`));
    }
    for (const atom of atoms) expect(existsSync(join(site, atom.replace(/feed\.xml$/, "feed.json"))), atom).toBe(true);
  });

  it.skipIf(!hasFeedparser)("every Atom feed parses in python3-feedparser, and every JSON Feed is valid JSON Feed 1.1 with the same entries", () => {
    const script = `
import json, sys, feedparser
out = {}
for path in sys.argv[1:]:
    f = feedparser.parse(path)
    if f.bozo: raise SystemExit(f"{path}: {f.bozo_exception}")
    out[path] = {"version": f.version, "title": f.feed.title, "entries": [[e.id, e.title, e.link, e.published, e.updated] for e in f.entries]}
print(json.dumps(out))
`;
    const r = spawnSync(PYTHON, ["-c", script, ...atoms.map((a) => join(site, a))], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout) as Record<string, { version: string; title: string; entries: string[][] }>;
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(JSON_FEED_1_1);
    for (const atom of atoms) {
      const a = parsed[join(site, atom)];
      expect(a?.version, atom).toBe("atom10");
      const json = JSON.parse(read(atom.replace(/feed\.xml$/, "feed.json"))) as {
        title: string;
        items: { id: string; title: string; url: string; date_published: string; date_modified: string }[];
      };
      expect(validate(json), `${atom}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(json.title).toBe(a?.title);
      expect(json.items.map((i) => [i.id, i.title, i.url, i.date_published, i.date_modified])).toEqual(a?.entries);
    }
    // and the site's entries are the events as their index.md files give them, newest first
    const events = readdirSync(SEED_ARTICLES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => {
        const parsed = parseFrontmatter(readFileSync(join(SEED_ARTICLES, d.name, "index.md"), "utf8"));
        if (!parsed.ok) throw new Error(d.name);
        return { id: d.name, title: String(parsed.file.data.title), date: String(parsed.file.data.date) };
      })
      .sort((a, b) => b.date.localeCompare(a.date));
    const siteFeed = JSON.parse(read("feed.json")) as { items: { url: string; title: string; date_published: string }[] };
    expect(siteFeed.items.map((i) => [i.url, i.title, i.date_published.slice(0, 10)])).toEqual(
      events.map((e) => [`https://arsip.example.org/peristiwa/${e.id}/`, e.title, e.date]),
    );
    // and the schema is no formality
    expect(validate({ version: "https://jsonfeed.org/version/1", title: "x", items: [] })).toBe(false);
    expect(validate({ version: "https://jsonfeed.org/version/1.1", title: "x", items: [{ id: "1" }] })).toBe(false);
  });
});

describe("archived originals", () => {
  const ORIGINAL = "https://www.kontan.co.id/news/kim-xi";
  const COPY = "https://web.archive.org/web/20210323081500/https://www.kontan.co.id/news/kim-xi";
  const { articles } = makeArchive({
    "tags.yaml": FIXTURE_TAGS,
    "kantor-berita.yaml": "ap:\n  label: AP\n  kind: internasional\n",
    "2021-03-22-e/index.md": VALID_EVENT,
    "2021-03-22-e/kontan.md": `---\noutlet: Kontan\nurl: ${ORIGINAL}\narchive_url: ${COPY}\narchive_date: 2021-03-23\nvia: AP\n---\nIsi.\n`,
    "2021-03-22-e/lain.md": "---\noutlet: Lain\nurl: https://lain.example/berita\n---\nIsi lain.\n",
  });

  it("renders the original and its archived copy as Robust Links, with the three values", async () => {
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    const doc = dom(readFileSync(join(r.out, "peristiwa/2021-03-22-e/index.html"), "utf8"));
    const links = all(doc, (e) => e.name === "a" && attr(e, "data-versionurl") !== undefined);
    expect(links.map((a) => [attr(a, "href"), attr(a, "data-originalurl"), attr(a, "data-versionurl"), attr(a, "data-versiondate")])).toEqual([
      [ORIGINAL, ORIGINAL, COPY, "2021-03-23"],
      [COPY, ORIGINAL, COPY, "2021-03-23"],
    ]);
    expect(squash(text(doc))).toContain("Salinan arsip");
    // the other article has no archived copy, and none is made up for it
    expect(read2(r.out, "peristiwa/2021-03-22-e/index.html").match(/data-versionurl=/g)).toHaveLength(2);

    // the data and its published JSON Schema carry the copy and the agency; ajv accepts them
    const data = JSON.parse(read2(r.out, "data/arsip.json")) as { events: { articles: Record<string, unknown>[] }[] };
    const kontan = data.events[0]?.articles.find((a) => a.id === "kontan");
    expect(kontan).toMatchObject({ url: ORIGINAL, archive_url: COPY, archive_date: "2021-03-23", agency: { id: "ap", label: "AP", kind: "internasional" } });
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(read2(r.out, "data/arsip.schema.json")) as object);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(data);
    (broken.events[0]?.articles.find((a) => a.id === "kontan") as Record<string, unknown>).archive_date = "kemarin";
    expect(validate(broken)).toBe(false);
    (broken.events[0]?.articles.find((a) => a.id === "kontan") as Record<string, unknown>).archive_date = "2021-03-23";
    (broken.events[0]?.articles.find((a) => a.id === "kontan") as { agency: { kind: string } }).agency.kind = "resmi";
    expect(validate(broken)).toBe(false);
  });

  it("check warns for the article with an original address and no archived copy, naming its file and line", async () => {
    const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status, r.stderr).toBe(0);
    const lines = `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.includes("archived copy"));
    expect(lines).toEqual([
      expect.stringMatching(/^warning: articles\/2021-03-22-e\/lain\.md:3 archive_url: this article has an original address but no archived copy/) as string,
    ]);
  });
});
