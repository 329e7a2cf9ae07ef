/** The importer on the five raw seed texts (tests/fixtures/seeds) and on hand-made variants. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter, type ParsedFile } from "../../src/content/frontmatter.ts";
import {
  articleIdFor,
  formatReport,
  importArticle,
  isSubheading,
  looksLikeTitle,
  readVocabulary,
  renderArticle,
  suggestTags,
  type ImportedFields,
  type ImportResult,
} from "../../src/editor/import/index.ts";
import { loadArchive } from "../../src/content/loader.ts";
import { copySeedArchive, FURNITURE, HEADER_LINES, ROOT, SEED_ARTICLES } from "../support/helpers.ts";
import { en } from "../support/helpers.ts";
import type { Msg } from "../../src/lib/messages/index.ts";

/** What an import says to check, as the report prints it in English: `field: note`. */
const checks = (r: { periksa: readonly { field: string; note: Msg }[] }): string[] => r.periksa.map((p) => `${p.field}: ${en(p.note)}`);

const SEEDS = join(ROOT, "tests/fixtures/seeds");
const seedText = (name: string): string => readFileSync(join(SEEDS, name), "utf8");
const vocabulary = readVocabulary(readFileSync(join(SEED_ARTICLES, "tags.yaml"), "utf8")).tags;

function parsed(path: string): ParsedFile {
  const r = parseFrontmatter(readFileSync(join(SEED_ARTICLES, path), "utf8"));
  if (!r.ok) throw new Error(`${path} does not parse`);
  return r.file;
}
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

interface SeedCase {
  seed: string;
  /** the hand-made article cleaned from this seed, `<event>/<id>.md` */
  article: string;
  fields: Omit<ImportedFields, "tags">;
  removed: string[];
  subheadings: string[];
  eventDates: string[];
  /** substrings, each of which must be in one periksa entry */
  periksa: string[];
}

const CASES: SeedCase[] = [
  {
    seed: "000_c1af2156c096401f.txt",
    article: "2021-03-22-kim-xi-bertukar-pesan/kontan.md",
    fields: { outlet: "Kontan", editor: "Barratut Taqiyyah Rafie", via: "AP" },
    removed: [
      "Sumber: Associate Press | Editor: Barratut Taqiyyah Rafie",
      "Baca Juga: Taiwan indikasikan siap perang dengan China, ini buktinya",
      "Baca Juga: Siap perang lawan China, Taiwan perkuat militer di Laut China Selatan",
      "Baca Juga: Hubungan putus, diplomat Korea Utara tinggalkan Malaysia",
      "Baca Juga: Diplomat Korut ramai-ramai hengkang dari Malaysia, begini ceritanya",
    ],
    subheadings: [],
    eventDates: ["2021-03-23"],
    periksa: [
      "title: no headline found",
      "published: no publication date stated; dates in the text: 2021-03-23",
      "author: not found",
      'via: "AP" was used (stated first); the text also gives "Xinhua"',
    ],
  },
  {
    seed: "001_1ad239291220d0ea.txt",
    article: "2024-03-21-delegasi-kim-song-nam-bertemu-wang-huning/kim-song-nam-di-beijing.md",
    fields: {},
    removed: ["+ There are no comments", "Add yours"],
    subheadings: [],
    eventDates: [],
    periksa: [
      "title: no headline found",
      "outlet: not found in the text",
      "published: no publication date stated",
      "via: no cited source",
      "agencies named in the text: Xinhua, KCNA, Yonhap",
    ],
  },
  {
    seed: "002_93465db8edf9e2a0.txt",
    article: "2023-07-27-kim-jong-un-terima-delegasi-li-hongzhong/purna-warta.md",
    fields: { title: "Korea Utara Janji Tingkatkan Hubungan dengan China", outlet: "Purna Warta" },
    removed: [
      "Korea Utara Janji Tingkatkan Hubungan dengan China",
      "Korea Utara Janji Tingkatkan Hubungan dengan China",
      "Baca Juga : Denmark Cari Cara Hukum Untuk Hentikan Penodaan Kitab Suci",
      "Baca Juga : Mencari Tahu, Cara Teknologi Pendingin Iran Kuno Bekerja",
      "Baca Juga : Wawancara: Pemimpin Arab Tahu Upaya untuk Menggulingkan Assad Gagal",
      "Baca Juga : Media-Media Mainstream AS yang Tidak Pernah Lelah dengan Kebohongan",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
    ],
    subheadings: [],
    eventDates: [],
    periksa: ["published: no publication date stated", "via: no cited source", "KCNA"],
  },
  {
    seed: "003_9a2fe5602f12e20f.txt",
    article: "2021-03-22-kim-xi-bertukar-pesan/warta-ekonomi.md",
    fields: {
      title: "Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS",
      outlet: "Warta Ekonomi",
      editor: "Muhammad Syahrianto",
    },
    removed: [
      "Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS",
      "Baca Juga: Tegas! Presiden Xi Jinping Keluar Tanduk, Peringatkan Alibaba Cs untuk Bersiap Aturan Ketat!",
      "Mau Berita Terbaru Lainnya dari Warta Ekonomi? Yuk Follow Kami di Google News dengan Klik Simbol Bintang.",
      "Editor: Muhammad Syahrianto",
      "Tag Terkait:",
    ],
    subheadings: ["AS perkuat sekutu"],
    eventDates: ["2021-03-22"],
    periksa: ["published: no publication date stated; dates in the text: 2021-03-22", "author: not found", "via: no cited source"],
  },
  {
    seed: "004_8833bccfbd4694dd.txt",
    article: "2017-11-02-xi-jinping-balas-pesan-kim-jong-un/sindonews.md",
    fields: {
      title: "Korut Klaim China Ingin Meningkatkan Hubungan",
      outlet: "SINDOnews",
      published: "2017-11-02T15:23:00+07:00",
      author: "ian",
      via: "CNN",
    },
    removed: [
      "Korut Klaim China Ingin Meningkatkan Hubungan",
      "Kamis, 02 November 2017 - 15:23 WIB",
      "Korut Klaim China Ingin...",
      "Korut Klaim China Ingin Meningkatkan Hubungan",
      "A A A",
      "(ian)",
      "Copyright © 2024 SINDOnews.com",
      "All Rights Reserved",
      "berita/ rendering in 0.0800 seconds (0.1#10.140)",
    ],
    subheadings: [],
    eventDates: ["2017-11-02"],
    periksa: ["editor: not found", 'via: "CNN" was used (stated first); the text also gives "KCNA"'],
  },
];

const FIELD_NAMES = ["title", "outlet", "published", "author", "editor", "via"] as const;

/** The raw seed's non-blank lines, trimmed, with their 1-based line numbers. */
function rawLines(text: string): { n: number; text: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
}

function withoutTags(fields: ImportedFields): Omit<ImportedFields, "tags"> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "tags"));
}

describe.each(CASES)("importing seed $seed", (c) => {
  const raw = seedText(c.seed);
  const eventDir = c.article.split("/")[0] ?? "";
  const eventTags = stringList(parsed(`${eventDir}/index.md`).data.tags);
  const result = importArticle({ text: raw, vocabulary, eventTags });
  const handMade = parsed(c.article);

  it("finds exactly the fields the text states", () => {
    expect(withoutTags(result.fields)).toEqual(c.fields);
  });

  it("produces the body that was cleaned by hand, byte for byte", () => {
    expect(result.body).toBe(handMade.body);
  });

  it("removes exactly the furniture, headline and byline lines", () => {
    expect(result.removed.map((r) => r.text)).toEqual(c.removed);
    const paragraphs = result.body.trimEnd().split("\n\n");
    for (const line of c.removed) expect(paragraphs).not.toContain(line);
    for (const marker of [...FURNITURE, ...HEADER_LINES]) expect(result.body).not.toContain(marker);
  });

  it("leaves every other line unchanged, in order, one paragraph each", () => {
    const removedLines = new Set(result.removed.map((r) => r.line));
    const expected = rawLines(raw)
      .filter((l) => !removedLines.has(l.n))
      .map((l) => l.text);
    const paragraphs = result.body.trimEnd().split("\n\n");
    expect(paragraphs.map((p) => p.replace(/^## /, ""))).toEqual(expected);
    expect(paragraphs.filter((p) => p.startsWith("## ")).map((p) => p.slice(3))).toEqual(c.subheadings);
    expect(result.subheadings.map((s) => s.text)).toEqual(c.subheadings);
  });

  it("lists dates in the prose as candidate event dates, never as the publication date", () => {
    expect(result.eventDates.map((d) => d.iso)).toEqual(c.eventDates);
    if (c.fields.published === undefined) expect(result.fields.published).toBeUndefined();
  });

  it("names what is missing or doubtful under periksa, and nothing that was found", () => {
    for (const expected of c.periksa)
      expect(
        checks(result).some((p) => p.includes(expected)),
        expected,
      ).toBe(true);
    for (const field of FIELD_NAMES) {
      const missing = checks(result).some((p) => p.startsWith(`${field}: not found`) || p.startsWith(`${field}: no `));
      expect(missing, field).toBe(c.fields[field] === undefined);
    }
  });

  it("suggests the tags the editor kept, and leaves out the event's own tags", () => {
    const suggested = result.fields.tags ?? [];
    expect(suggested).toEqual(result.tags.suggested);
    for (const tag of stringList(handMade.data.tags)) expect(suggested).toContain(tag);
    for (const tag of eventTags) expect(suggested).not.toContain(tag);
  });

  it("writes a file the loader accepts, with the same fields and body", () => {
    const { articles } = copySeedArchive();
    writeFileSync(join(articles, eventDir, "imported.md"), renderArticle(result.fields, result.body));
    const { archive, problems } = loadArchive(articles);
    expect(problems).toEqual([]);
    const article = archive?.events.find((e) => e.id === eventDir)?.articles.find((a) => a.id === "imported");
    expect(article?.body).toBe(handMade.body);
    for (const field of ["title", "outlet", "author", "editor", "via"] as const) expect(article?.[field]).toBe(c.fields[field]);
    expect(article?.published?.iso).toBe(c.fields.published);
    expect(article?.tags.map((t) => t.id).sort()).toEqual([...(result.fields.tags ?? [])].sort());
  });

  it("reports fields, every removed line, tags, dates, periksa and the path", () => {
    const report = formatReport(result, "articles/x/y.md", "en");
    for (const f of result.found) expect(report).toContain(`${f.field}:`.padEnd(11) + ` ${f.value}`);
    expect(report).toContain(`Lines removed (${c.removed.length}):`);
    for (const r of result.removed) expect(report).toContain(`line ${r.line} [${r.reason}] ${r.text}`);
    for (const d of c.eventDates) expect(report).toContain(d);
    for (const p of checks(result)) expect(report).toContain(`  - ${p}`);
    expect(report).toContain(result.tags.suggested.join(", "));
    expect(report.trimEnd().endsWith("Written: articles/x/y.md")).toBe(true);
  });
});

describe("variants of the seed texts", () => {
  const kontan = seedText("000_c1af2156c096401f.txt");
  const sindo = seedText("004_8833bccfbd4694dd.txt");
  const warta = seedText("003_9a2fe5602f12e20f.txt");
  const run = (text: string): ImportResult => importArticle({ text, vocabulary });

  it("reads CRLF line endings exactly like LF", () => {
    for (const text of [kontan, sindo, warta]) expect(run(text.replace(/\n/g, "\r\n"))).toEqual(run(text));
  });

  it("ignores extra blank lines and surrounding spaces", () => {
    const base = run(kontan);
    const spaced = run(`\n\n  ${kontan.replace(/\n/g, "  \n\n\n\t")}\n\n`);
    expect(spaced.body).toBe(base.body);
    expect(spaced.fields).toEqual(base.fields);
    expect(spaced.removed.map((r) => r.text)).toEqual(base.removed.map((r) => r.text));
  });

  it("without a dateline, leaves the outlet out and asks for it", () => {
    const text = kontan.replace("KONTAN.CO.ID - SEOUL. ", "");
    expect(text).not.toBe(kontan);
    const r = run(text);
    expect(r.fields.outlet).toBeUndefined();
    expect(checks(r)).toContain("outlet: not found in the text");
    expect(r.body.startsWith("Para pemimpin China dan Korea Utara")).toBe(true);
    expect(r.body).toBe(run(kontan).body.replace("KONTAN.CO.ID - SEOUL. ", ""));
  });

  it.each([
    ["15:23 WITA", "2017-11-02T15:23:00+08:00"],
    ["15:23 WIT", "2017-11-02T15:23:00+09:00"],
    ["15.23 WIB", "2017-11-02T15:23:00+07:00"],
  ])("reads a byline time %s as %s", (time, iso) => {
    const r = run(sindo.replace("15:23 WIB", time));
    expect(r.fields.published).toBe(iso);
    expect(checks(r).filter((p) => p.startsWith("published"))).toEqual([]);
  });

  it("writes only the date when the time has no zone, and says so", () => {
    const r = run(sindo.replace("15:23 WIB", "15:23"));
    expect(r.fields.published).toBe("2017-11-02");
    expect(checks(r).some((p) => p.startsWith("published:") && p.includes("15:23") && p.includes("without a time zone"))).toBe(true);
  });

  it("flags a weekday that does not match the date, keeping the date as stated", () => {
    const r = run(sindo.replace("Kamis, 02 November", "Jumat, 02 November"));
    expect(r.fields.published).toBe("2017-11-02T15:23:00+07:00");
    expect(checks(r).some((p) => p.startsWith("published:") && p.includes("Jumat") && p.includes("Kamis"))).toBe(true);
  });

  it("reads abbreviated months and a date without a time", () => {
    expect(run(sindo.replace("Kamis, 02 November 2017 - 15:23 WIB", "2 Nov 2017 15:23 WIB")).fields.published).toBe("2017-11-02T15:23:00+07:00");
    expect(run(sindo.replace("Kamis, 02 November 2017 - 15:23 WIB", "Kamis, 2 November 2017")).fields.published).toBe("2017-11-02");
  });

  it("does not take an update time for the publication date", () => {
    const r = run(sindo.replace("Kamis, 02 November 2017 - 15:23 WIB", "Diperbarui: Jumat, 03 November 2017 - 10:00 WIB"));
    expect(r.fields.published).toBeUndefined();
    expect(r.removed.map((x) => x.reason)).toContain("update time");
    expect(r.body).not.toContain("Diperbarui");
  });

  it("never takes a date in the prose for the publication date", () => {
    const r = run(sindo.replace("Kamis, 02 November 2017 - 15:23 WIB\n", ""));
    expect(r.fields.published).toBeUndefined();
    expect(checks(r)).toContain("published: no publication date stated; dates in the text: 2017-11-02");
  });

  it("reads author and editor from a byline with several segments", () => {
    const r = run(`Penulis: Budi Santoso | Editor: Ani | Kamis, 02 November 2017 15:23 WIB\n${kontan.split("\n").slice(1).join("\n")}`);
    expect(r.fields).toMatchObject({ author: "Budi Santoso", editor: "Ani", published: "2017-11-02T15:23:00+07:00" });
    expect(r.removed[0]?.reason).toBe("byline");
  });

  it("keeps initials that do not close the article as text", () => {
    const r = run(sindo.replace("(ian)\n", "").replace("PYONGYANG - Media", "(ian)\n\nPYONGYANG - Media"));
    expect(r.fields.author).toBeUndefined();
    expect(r.body.startsWith("(ian)\n\nPYONGYANG")).toBe(true);
  });

  it("uses the first outlet stated and lists the others", () => {
    const r = run(`${kontan}\nCopyright © 2021 SINDOnews.com`);
    expect(r.fields.outlet).toBe("Kontan");
    expect(checks(r)).toContain('outlet: "Kontan" was used (stated first); the text also gives "SINDOnews"');
  });

  it.each([
    "Baca juga: Kim Jong Un tiba di Beijing",
    "Simak berita lainnya di kanal kami",
    "Lihat juga: Video Kim Jong Un",
    "Ikuti kami di Google News",
    "ADVERTISEMENT",
    "Scroll to continue with content",
    "Copyright © 2023 Kontan. All Rights Reserved",
    "Hak Cipta © 2023 Warta Ekonomi",
    "Tags: korea utara, china",
    "Bagikan:",
    "A- A+",
  ])("removes the furniture line %j and nothing else", (line) => {
    const base = run(kontan);
    const lines = kontan.split("\n");
    lines.splice(4, 0, line);
    const r = run(lines.join("\n"));
    expect(r.removed.map((x) => x.text)).toContain(line);
    expect(r.body).toBe(base.body);
  });

  it.each(["PYONGYANG - Media", "KONTAN.CO.ID - SEOUL.", "Pyongyang, Purna Warta", "JAKARTA (ANTARA) -"])("keeps the dateline %j in the body", (dateline) => {
    const r = run(`${dateline} Kim Jong Un menerima delegasi China di ibu kota.\n\nParagraf kedua yang cukup panjang untuk menjadi teks artikel biasa.`);
    expect(r.body.startsWith(dateline)).toBe(true);
  });

  it("reads the outlet from datelines and copyright lines", () => {
    const outlet = (text: string): string | undefined => run(`${text}\n\nParagraf kedua.`).fields.outlet;
    expect(outlet("JAKARTA (ANTARA) - Kim tiba.")).toBe("ANTARA");
    expect(outlet("Jakarta, CNN Indonesia -- Kim tiba.")).toBe("CNN Indonesia");
    expect(outlet("Liputan6.com, Jakarta - Kim tiba.")).toBe("Liputan6.com");
    expect(outlet("PYONGYANG - Kim tiba.")).toBeUndefined();
    expect(run("Kim tiba di Beijing.\n\nCopyright © 2019 - 2024 Okezone.com").fields.outlet).toBe("Okezone");
  });

  it("reads via from the citation verbs and not from quoted people", () => {
    const via = (text: string): string | undefined => run(text).fields.via;
    expect(via("Kim tiba, dilansir dari Reuters, Senin (22/3/2021).")).toBe("Reuters");
    expect(via("Melansir Yonhap News, Kim tiba.")).toBe("Yonhap");
    expect(via("Melansir The Korea Herald, Kim tiba.")).toBe("The Korea Herald");
    expect(via("Kim tiba, mengutip Xinhua.")).toBe("Xinhua");
    expect(via("Kata media Rusia mengutip Shoigu.")).toBeUndefined();
    expect(via("Menurut KCNA, Kim tiba.")).toBeUndefined();
  });

  it("treats hostile text as data: markup and template syntax survive the round trip", () => {
    const text = "---\ntitle: disuntik\n{{ 7 * 7 }} {% include x %}\n<script>alert(1)</script>\n---";
    const r = run(text);
    const file = parseFrontmatter(renderArticle(r.fields, r.body));
    expect(file.ok && file.file.data).toEqual({});
    expect(file.ok && file.file.body).toBe(r.body);
    expect(r.body).toBe("---\n\ntitle: disuntik\n\n{{ 7 * 7 }} {% include x %}\n\n<script>alert(1)</script>\n\n---\n");
  });

  it("writes nothing from text that is only furniture", () => {
    const r = run("Baca Juga: sesuatu\nLeave a Reply\nAdd yours");
    expect(r.body).toBe("");
    expect(checks(r)).toContain("body: no article text left after removing site furniture");
  });
});

describe("headlines and subheadings", () => {
  it.each([
    ["Korut Klaim China Ingin Meningkatkan Hubungan", true],
    ["Ada yang Baru Nih! Kim Jong-un dan Xi Jinping Saling Berbalas Pesan, Waspada Balasan AS", true],
    ["Pejabat dari Beijing dan Pyongyang telah berjanji untuk meningkatkan hubungan strategis.", false],
    ["Pemimpin Korea Utara bertemu dengan delegasi di ibu kota", false],
    ["Kim Tiba", false],
  ])("looksLikeTitle(%j) is %s", (line, expected) => {
    expect(looksLikeTitle(line)).toBe(expected);
  });

  const para = "Pertukaran pesan antara Kim dan Xi terjadi ketika pemerintahan Presiden AS meningkatkan upaya.";
  it.each([
    ["a short line between two paragraphs", para, "AS perkuat sekutu", para, true],
    ["the first line", undefined, "AS perkuat sekutu", para, false],
    ["the last line", para, "AS perkuat sekutu", undefined, false],
    ["a line with final punctuation", para, "AS perkuat sekutu.", para, false],
    ["a caption with a colon", para, "Foto: Reuters", para, false],
    ["a single word", para, "Sekutu", para, false],
    ["a line after an unfinished sentence", para.replace(/\.$/, ","), "AS perkuat sekutu", para, false],
    ["a line before a short line", para, "AS perkuat sekutu", "Kim tiba.", false],
    ["a long line", para, "AS perkuat sekutu di Asia Timur dan Pasifik lewat latihan bersama", para, false],
  ])("isSubheading: %s", (_name, prev, line, next, expected) => {
    expect(isSubheading(prev, line, next)).toBe(expected);
  });

  it("takes a repeated first line for the headline even when it is not title-cased", () => {
    const r = importArticle({ text: "kim tiba di beijing\n\nkim tiba di beijing\n\nIsi artikel yang cukup panjang.", vocabulary: [] });
    expect(r.fields.title).toBe("kim tiba di beijing");
    expect(r.body).toBe("Isi artikel yang cukup panjang.\n");
  });

  it("never invents a headline for a text that has only one line", () => {
    expect(importArticle({ text: "Korut Klaim China Ingin Meningkatkan Hubungan", vocabulary: [] }).fields.title).toBeUndefined();
  });
});

describe("tag suggestions", () => {
  const tags = (text: string): string[] => suggestTags(text, vocabulary);

  it("matches labels and aliases as whole words, ignoring case", () => {
    expect(tags("Delegasi tiba di BEIJING.")).toEqual(["beijing"]);
    expect(tags("Kim Jong-un bertemu Jinping.")).toEqual(["kim-jong-un", "xi-jinping"]);
    expect(tags("Kantor Berita Pusat Korea melaporkan.")).toEqual(["kcna"]);
    expect(tags("Beijingnya dan Rusiawi bukan nama.")).toEqual([]);
  });

  it("matches short acronyms only in capitals", () => {
    expect(tags("Hubungan AS-China memburuk.")).toEqual(["amerika-serikat"]);
    expect(tags("He described it as routine.")).toEqual([]);
  });

  it("lists tags in vocabulary order", () => {
    const ids = vocabulary.map((t) => t.id);
    const found = tags("Rusia, Beijing, Kim Jong Un dan nuklir.");
    expect(found).toEqual([...found].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
    expect(found).toHaveLength(4);
  });

  it("reads the same vocabulary as the loader", () => {
    const { archive } = loadArchive(SEED_ARTICLES);
    expect(vocabulary.map((t) => t.id).sort()).toEqual(archive?.tags.map((t) => t.id).sort());
  });

  it("skips invalid entries and reports broken YAML", () => {
    expect(readVocabulary("ok:\n  label: Ok\n  kind: topik\nBad_Id:\n  label: X\n  kind: topik\nnokind:\n  label: Y\n").tags.map((t) => t.id)).toEqual(["ok"]);
    expect(en(readVocabulary("a: [").problem)).toMatch(/not valid YAML/);
  });
});

describe("article ids", () => {
  it("derives the id from the outlet, then artikel, adding -2, -3 when taken", () => {
    const taken = new Set(["warta-ekonomi", "artikel", "artikel-2"]);
    const isTaken = (id: string): boolean => taken.has(id);
    expect(articleIdFor("Kontan", isTaken)).toBe("kontan");
    expect(articleIdFor("Warta Ekonomi", isTaken)).toBe("warta-ekonomi-2");
    expect(articleIdFor(undefined, isTaken)).toBe("artikel-3");
    expect(articleIdFor("!!!", () => false)).toBe("artikel");
    expect(articleIdFor("Index", () => false)).toBe("artikel");
  });
});

describe("the importer keeps every sentence of prose", () => {
  const vocab = [] as const;
  const prose = "PYONGYANG - Kedua negara sepakat memperluas kerja sama di bidang perdagangan, pendidikan dan kebudayaan dalam pertemuan tingkat tinggi.";
  const run = (lines: string[]) => importArticle({ text: lines.join("\n"), vocabulary: vocab });

  it("keeps a sentence about copyright, and removes a copyright notice", () => {
    const sentence = "Hak cipta atas rekaman video itu dipegang oleh stasiun televisi pemerintah KRT.";
    const r = run([prose, sentence, "Copyright © 2021 Kontan. All Rights Reserved."]);
    expect(r.body).toContain(sentence);
    expect(r.body).not.toContain("Copyright");
    expect(r.removed.map((l) => l.reason)).toEqual(["copyright"]);
  });

  it("keeps reported speech that starts like a promo, and says so under Periksa", () => {
    const sentence = "Klik tautan resmi di aplikasi pemerintah untuk mendaftar, kata pejabat itu.";
    const r = run([prose, sentence]);
    expect(r.body).toContain(sentence);
    expect(checks(r)).toContainEqual(expect.stringMatching(/^body: line 2 .* starts like site furniture \(promo\) but reads as prose; kept in the body$/));
  });

  it("takes `via` only from a publication's name, never from a person", () => {
    const sentence = "Sumber: pejabat yang menolak disebutkan namanya";
    const r = run([prose, sentence]);
    expect(r.fields.via).toBeUndefined();
    expect(r.body).toContain(sentence);
    expect(run(["Sumber: Reuters | Editor: Ani", prose]).fields.via).toBe("Reuters");
    // web addresses, lower-case brands and lists of agencies are publications too
    expect(run(["Sumber: detik.com", prose]).fields.via).toBe("detikcom");
    expect(run(["Sumber: AP, Reuters, AFP, Xinhua, Yonhap, KCNA", prose]).removed.map((l) => l.reason)).toEqual(["byline"]);
    // in a byline with other fields, a Sumber that is no publication is left out and noted; the rest is read
    const byline = run(["Penulis: Ani | Sumber: pejabat yang menolak disebutkan namanya", prose]);
    expect(byline.fields).toMatchObject({ author: "Ani" });
    expect(byline.fields.via).toBeUndefined();
    expect(checks(byline)).toContainEqual(expect.stringMatching(/^via: "Sumber: pejabat yang menolak disebutkan namanya" does not name a publication/));
  });

  it("still removes promos and copyright notices that quote a name or say 'dilindungi oleh'", () => {
    const r = run([prose, 'Ikuti berita terkini dari "Tempo" di Google News', "Hak cipta © 2024 Tempo. Dilindungi oleh undang-undang."]);
    expect(r.removed.map((l) => l.reason)).toEqual(["promo", "copyright"]);
  });

  it("keeps the dates of a chronology in the text and never takes one as the publication date", () => {
    const r = run([
      prose,
      "Senin, 12 Juni 2023",
      "Delegasi tiba di Pyongyang dan disambut oleh pejabat tinggi partai di bandara internasional Sunan.",
      "Selasa, 13 Juni 2023",
    ]);
    expect(r.fields.published).toBeUndefined();
    expect(r.body).toContain("Senin, 12 Juni 2023");
    expect(r.body).toContain("Selasa, 13 Juni 2023");
    expect(checks(r)).toContainEqual(expect.stringMatching(/^published: line 2 "Senin, 12 Juni 2023" is a date inside the text/));
    // where a byline stands, above the prose, a date line still is the publication date
    expect(run(["Kamis, 02 November 2017 - 15:23 WIB", prose]).fields.published).toBe("2017-11-02T15:23:00+07:00");
  });
});
