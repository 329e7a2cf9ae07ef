/**
 * The agencies articles relay (articles/kantor-berita.yaml) and storylines (articles/rangkaian.yaml):
 * read, resolved and checked by the real loader; an event's sourcing, the chart of sources per year
 * and each event's place in its storylines, from src/site/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import type { Archive } from "../../src/content/model.ts";
import { nameKey } from "../../src/content/vocabulary.ts";
import { unknownAgencies } from "../../src/editor/warnings.ts";
import { AGENCIES } from "../../src/editor/import/agencies.ts";
import { eventSourcing, sourceChart, unlistedSources } from "../../src/site/sourcing.ts";
import { shownStorylines, storylinesByEvent } from "../../src/site/storylines.ts";
import { en, FIXTURE_TAGS, makeArchive, SEED_ARTICLES } from "../support/helpers.ts";

const AGENCIES_YAML = `kcna:
  label: KCNA
  kind: korea-utara
  aliases: [Korean Central News Agency]
ap:
  label: AP
  kind: internasional
  aliases: [Associated Press]
afp:
  label: AFP
  kind: internasional
`;
const event = (date: string): string => `---\ntitle: Peristiwa ${date}\ndate: ${date}\nsummary: Ringkasan.\n---\n`;
const article = (via?: string): string => `---\noutlet: Kontan\n${via === undefined ? "" : `via: ${via}\n`}---\nIsi.\n`;

function load(files: Record<string, string>) {
  const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files });
  return loadArchive(articles);
}
function archiveOf(files: Record<string, string>): Archive {
  const r = load(files);
  if (!r.archive) throw new Error(r.problems.map((p) => `${p.file}:${p.line} ${en(p)}`).join("\n"));
  return r.archive;
}

describe("agencies", () => {
  const archive = archiveOf({
    "kantor-berita.yaml": AGENCIES_YAML,
    "2021-03-22-a/index.md": event("2021-03-22"),
    "2021-03-22-a/satu.md": article("associated press"),
    "2021-03-22-a/dua.md": article("AP"),
    "2021-03-22-a/tiga.md": article("Korean Central News Agency"),
    "2021-03-22-a/empat.md": article(),
    "2021-03-22-a/lima.md": article("Rodong"),
    "2017-01-01-b/index.md": event("2017-01-01"),
    "2017-01-01-b/satu.md": article("KCNA"),
  });

  it("resolves via by label or alias, in any case; keeps each agency's articles, newest event first", () => {
    const byId = new Map(archive.agencies.map((a) => [a.id, a.articles.map((x) => `${x.eventId}/${x.id}`)]));
    expect(Object.fromEntries(byId)).toEqual({
      kcna: ["2021-03-22-a/tiga", "2017-01-01-b/satu"],
      ap: ["2021-03-22-a/dua", "2021-03-22-a/satu"],
      afp: [],
    });
    // in the order of the kinds, then by label
    expect(archive.agencies.map((a) => a.id)).toEqual(["kcna", "afp", "ap"]);
  });

  it("counts an event's sources, most first, then the articles that name none", () => {
    const parts = eventSourcing(archive.events[0]!);
    expect(parts.map((p) => [p.count, p.via, p.url])).toEqual([
      [2, "AP", "/kantor-berita/ap/"],
      [1, "KCNA", "/kantor-berita/kcna/"],
      [1, "Rodong", undefined],
      [1, undefined, undefined],
    ]);
    expect(parts[2]?.kindLabel).toBe("sumber yang belum terdaftar");
  });

  it("counts an unlisted via as one source however its letters are written", () => {
    const other = archiveOf({
      "kantor-berita.yaml": AGENCIES_YAML,
      "2021-03-22-a/index.md": event("2021-03-22"),
      "2021-03-22-a/satu.md": article("Rodong Sinmun"),
      "2021-03-22-a/dua.md": article("RODONG SINMUN"),
    });
    expect(eventSourcing(other.events[0]!).map((p) => [p.count, p.via])).toEqual([[2, "RODONG SINMUN"]]);
    expect(unlistedSources(other.events)).toEqual({ none: 0, unlisted: [{ name: "RODONG SINMUN", count: 2 }] });
  });

  it("charts each year's articles by kind of source, the shares filling the bar", () => {
    const chart = sourceChart(archive.events);
    expect(chart.rows.map((r) => [r.year, r.total, r.segments.map((s) => [s.kind, s.count, s.percent, s.x, s.width])])).toEqual([
      [
        2021,
        5,
        [
          ["korea-utara", 1, 20, 0, 20],
          ["internasional", 2, 40, 20, 40],
          ["tidak-terdaftar", 1, 20, 60, 20],
          ["tanpa", 1, 20, 80, 20],
        ],
      ],
      [2017, 1, [["korea-utara", 1, 100, 0, 100]]],
    ]);
    expect(chart.kinds.map((k) => k.kind)).toEqual(["korea-utara", "internasional", "tidak-terdaftar", "tanpa"]);
  });

  it("warns once for a via that names no agency, with the ids it may have meant; not for a known one", () => {
    const found = unknownAgencies(archive, { tagsFile: "articles/tags.yaml", lineOf: () => 3 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", file: "articles/2021-03-22-a/lima.md", line: 3, field: "via" });
    expect(en(found[0])).toBe(
      'via "Rodong" is no label or alias of an agency in articles/kantor-berita.yaml, so this article counts for no agency; fix its spelling, or add its entry (or an alias) to articles/kantor-berita.yaml',
    );
    const typo = archiveOf({ "kantor-berita.yaml": AGENCIES_YAML, "2021-03-22-a/index.md": event("2021-03-22"), "2021-03-22-a/satu.md": article("KCAN") });
    expect(en(unknownAgencies(typo, { tagsFile: "articles/tags.yaml" })[0])).toContain("(did you mean: kcna)");
  });

  it("refuses an agency of an unknown kind and a name given to two agencies, naming file and line", () => {
    const r = load({
      "kantor-berita.yaml": "ap:\n  label: AP\n  kind: kawat\nreuters:\n  label: Reuters\n  kind: internasional\n  aliases: [AP]\n",
      "e/index.md": event("2021-03-22"),
      "e/a.md": article(),
    });
    expect(r.archive).toBeUndefined();
    expect(r.problems.map((p) => [p.file, p.line, p.field, en(p)])).toEqual([
      ["articles/kantor-berita.yaml", 3, "ap.kind", "must be one of korea-utara, china, internasional, lain"],
    ]);
    const taken = load({
      "kantor-berita.yaml": AGENCIES_YAML.replace("aliases: [Associated Press]", "aliases: [AFP]"),
      "e/index.md": event("2021-03-22"),
      "e/a.md": article(),
    });
    expect(taken.problems.map((p) => [p.line, en(p)])).toEqual([[9, '"AFP" is also a label or alias of agency "ap"; each name may point to one agency only']]);
  });

  it("says a kantor-berita.yaml that cannot be read cannot be read, naming it (a folder in its place)", () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": event("2021-03-22"), "e/a.md": article() });
    mkdirSync(join(articles, "kantor-berita.yaml"));
    const r = loadArchive(articles);
    expect(r.archive).toBeUndefined();
    expect(r.problems.map((p) => [p.file, en(p)])).toEqual([["articles/kantor-berita.yaml", "cannot be read (EISDIR); check that it is a file you may read"]]);
  });

  it("has, in the included archive, an entry for every agency the importer recognises", () => {
    const { archive: seed } = loadArchive(SEED_ARTICLES);
    const names = new Set(seed?.agencies.flatMap((a) => [a.label, ...a.aliases].map(nameKey)));
    expect(AGENCIES.flatMap(([display, spellings]) => [display, ...spellings]).filter((n) => !names.has(nameKey(n)))).toEqual([]);
    expect(readFileSync(join(SEED_ARTICLES, "kantor-berita.yaml"), "utf8")).toContain("kcna:");
  });
});

describe("storylines", () => {
  const STORY = "kisah:\n  title: Satu kisah\n  summary: Ringkas.\n  events:\n    - 2021-03-22-b\n    - 2017-01-01-a\n    - 2019-05-05-draf\n";
  const files = {
    "2017-01-01-a/index.md": event("2017-01-01"),
    "2017-01-01-a/x.md": article(),
    "2021-03-22-b/index.md": event("2021-03-22"),
    "2021-03-22-b/x.md": article(),
    "2019-05-05-draf/index.md": `${event("2019-05-05").replace("---\n", "---\ndraft: true\n")}`,
  };

  it("tells its published events in the order of their dates, whatever the list's order; a draft waits", () => {
    const archive = archiveOf({ ...files, "rangkaian.yaml": STORY });
    expect(archive.storylines.map((s) => [s.id, s.title, s.events.map((e) => e.id)])).toEqual([["kisah", "Satu kisah", ["2017-01-01-a", "2021-03-22-b"]]]);
    const places = storylinesByEvent(archive.storylines);
    expect(places.get("2017-01-01-a")).toEqual([
      {
        title: "Satu kisah",
        url: "/rangkaian/kisah/",
        position: 1,
        count: 2,
        place: "peristiwa ke-1 dari 2",
        next: expect.objectContaining({ url: "/peristiwa/2021-03-22-b/" }) as object,
      },
    ]);
    expect(places.get("2021-03-22-b")?.[0]).toMatchObject({ position: 2, count: 2, previous: { url: "/peristiwa/2017-01-01-a/" } });
    expect(places.get("2021-03-22-b")?.[0]).not.toHaveProperty("next");
  });

  it("gives an event in two storylines its place in each; one of a single event names no place; one of drafts alone is not shown", () => {
    const archive = archiveOf({
      ...files,
      "rangkaian.yaml": `${STORY}lain:\n  title: Kisah lain\n  summary: S.\n  events: [2021-03-22-b]\ndraf:\n  title: Belum\n  summary: S.\n  events: [2019-05-05-draf]\n`,
    });
    const places = storylinesByEvent(archive.storylines).get("2021-03-22-b") ?? [];
    expect(places.map((p) => [p.title, p.position, p.count, p.place])).toEqual([
      ["Satu kisah", 2, 2, "peristiwa ke-2 dari 2"],
      ["Kisah lain", 1, 1, undefined],
    ]);
    expect(shownStorylines(archive.storylines).map((s) => s.id)).toEqual(["kisah", "lain"]);
  });

  it("refuses an event it names that has no folder (with the ids meant), an event named twice and an empty list", () => {
    const r = load({ ...files, "rangkaian.yaml": STORY.replace("- 2021-03-22-b", "- 2021-03-22-bb").replace("- 2019-05-05-draf", "- 2017-01-01-a") });
    expect(r.problems.map((p) => [p.file, p.line, p.field, en(p)])).toEqual([
      [
        "articles/rangkaian.yaml",
        5,
        "kisah.events[0]",
        'there is no event folder "2021-03-22-bb" (did you mean: 2021-03-22-b); write the event\'s folder id exactly as the folder is named',
      ],
      ["articles/rangkaian.yaml", 7, "kisah.events[2]", 'event "2017-01-01-a" is listed twice in this storyline; remove one'],
    ]);
    const empty = load({ ...files, "rangkaian.yaml": "kisah:\n  title: T\n  summary: S\n  events: []\n" });
    expect(empty.problems.map((p) => [p.line, p.field, en(p)])).toEqual([
      [4, "kisah.events", "a storyline needs at least one event: list its event folder ids in events, e.g. [2021-03-22-kim-xi-bertukar-pesan]"],
    ]);
  });
});
