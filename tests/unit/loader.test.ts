import { readdirSync } from "node:fs";
import { join } from "node:path";
import { renderMarkdown } from "../../src/site/markdown.ts";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/content/loader.ts";
import { FURNITURE, HEADER_LINES, ROOT, SEED_ARTICLES } from "../support/helpers.ts";

const { archive, problems } = loadArchive(SEED_ARTICLES, { displayRoot: ROOT });

describe("the seed archive", () => {
  it("loads without problems", () => {
    expect(problems).toEqual([]);
    expect(archive).toBeDefined();
  });

  it("has four events, newest first, and five articles", () => {
    expect(archive?.events.map((e) => [e.date.iso, e.id])).toEqual([
      ["2024-03-21", "2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning"],
      ["2023-07-27", "2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong"],
      ["2021-03-22", "2021-03-22-kim-xi-bertukar-pesan"],
      ["2017-11-02", "2017-11-02-xi-jinping-balas-pesan-kim-jong-un"],
    ]);
    expect(archive?.articleCount).toBe(5);
    expect(archive?.drafts).toEqual({ events: 0, articles: 0 });
  });

  it("gathers the Kontan and Warta Ekonomi coverage on the 2021 event", () => {
    const e = archive?.events.find((x) => x.id === "2021-03-22-kim-xi-bertukar-pesan");
    expect(e?.articles.map((a) => [a.id, a.outlet, a.editor, a.via ?? null, a.title ?? null])).toEqual([
      ["kontan", "Kontan", "Barratut Taqiyyah Rafie", "AP", null],
      [
        "warta-ekonomi",
        "Warta Ekonomi",
        "Muhammad Syahrianto",
        null,
        "Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS",
      ],
    ]);
    expect(renderMarkdown(e?.articles[1]?.body ?? "")).toContain("<h3>AS perkuat sekutu</h3>");
  });

  it("records what the SINDOnews text establishes, and no invented URL anywhere", () => {
    const a = archive?.events.find((x) => x.date.iso === "2017-11-02")?.articles[0];
    expect(a).toMatchObject({ outlet: "SINDOnews", title: "Korut Klaim China Ingin Meningkatkan Hubungan", via: "CNN" });
    expect(a?.published).toMatchObject({ kind: "datetime", iso: "2017-11-02T15:23:00+07:00" });
    expect(archive?.events.flatMap((e) => e.articles).filter((x) => x.url !== undefined)).toEqual([]);
  });

  it("leaves out the outlet and headline where the source has none", () => {
    const a = archive?.events.find((x) => x.date.iso === "2024-03-21")?.articles[0];
    expect(a?.outlet).toBeUndefined();
    expect(a?.title).toBeUndefined();
  });

  it("merges an event's own tags with its articles' tags, in vocabulary order", () => {
    const e = archive?.events.find((x) => x.id === "2021-03-22-kim-xi-bertukar-pesan");
    const ids = e?.tags.map((t) => t.id) ?? [];
    expect(ids).toContain("song-tao");
    expect(ids).toContain("antony-blinken"); // from the articles only
    expect(new Set(ids).size).toBe(ids.length);
    const kinds = e?.tags.map((t) => t.kind) ?? [];
    expect(kinds).toEqual([...kinds].sort((a, b) => ["tokoh", "lembaga", "tempat", "topik"].indexOf(a) - ["tokoh", "lembaga", "tempat", "topik"].indexOf(b)));
  });

  it("lists each tag's events", () => {
    const kim = archive?.tags.find((t) => t.id === "kim-jong-un");
    expect(kim?.events.map((e) => e.date.iso)).toEqual(["2023-07-27", "2021-03-22", "2017-11-02"]);
  });

  it("keeps every article file of the seed folder in the model", () => {
    const files = readdirSync(SEED_ARTICLES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(SEED_ARTICLES, d.name))
          .filter((f) => f !== "index.md")
          .map((f) => `articles/${d.name}/${f}`),
      )
      .sort();
    expect(archive?.events.flatMap((e) => e.articles.map((a) => a.file)).sort()).toEqual(files);
  });

  it("keeps no site furniture in any body", () => {
    const bodies = archive?.events.flatMap((e) => [e.body, ...e.articles.map((a) => a.body)]).join("\n") ?? "";
    for (const furniture of [...FURNITURE, ...HEADER_LINES]) expect(bodies).not.toContain(furniture);
  });
});
