/**
 * Content that would be published wrong is refused or warned about, with file, line and field:
 * impossible offsets, the reserved "no outlet" name, outlet spellings that merge, markdown nested
 * past what the parser shows, unbounded tag lists, and dates before 1900 or in the future.
 */
import { describe, expect, it } from "vitest";
import { outletSlug } from "../../src/content/outlets.ts";
import { FIXTURE_TAGS, makeArchive, runCli, VALID_ARTICLE, VALID_EVENT, withCoverage } from "../support/helpers.ts";

async function check(files: Record<string, string>): Promise<{ status: number | null; errors: string[]; warnings: string[] }> {
  const { articles } = makeArchive(withCoverage({ "tags.yaml": FIXTURE_TAGS, ...files }));
  const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
  const lines = r.stderr.split("\n").filter((l) => l.startsWith("articles/") || l.startsWith("warning: "));
  return {
    status: r.status,
    errors: lines.filter((l) => !l.startsWith("warning: ")),
    warnings: lines.filter((l) => l.startsWith("warning: ") && !l.includes("no event or article uses it")),
  };
}

describe("refused", () => {
  it("an offset outside -12:00…+14:00", async () => {
    const r = await check({ "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("published: 2021-03-23", "published: 2021-03-23T10:00:00+25:00") });
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^articles\/e\/a\.md:4 published: .*offsets on Earth run from -12:00 to \+14:00/)]);
  });

  it.each(["Tidak Diketahui", "Sumber tidak diketahui"])("the outlet name %s, which the site gives articles without one", async (name) => {
    const r = await check({ "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("outlet: Kontan", `outlet: ${name}`) });
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^articles\/e\/a\.md:3 outlet: .*leave outlet out instead/)]);
  });

  it("a line nested deeper than markdown shows, which would lose its text", async () => {
    const r = await check({ "e/index.md": VALID_EVENT, "e/a.md": `---\noutlet: Kontan\n---\nPembuka.\n\n${"> ".repeat(100)}teks\n` });
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^articles\/e\/a\.md:6 body: this line is nested 100 levels deep/)]);
    const lists = await check({ "e/index.md": VALID_EVENT, "e/a.md": `---\noutlet: Kontan\n---\n${"- ".repeat(50)}teks\n` });
    expect(lists.errors).toEqual([expect.stringMatching(/^articles\/e\/a\.md:4 body: this line is nested 50 levels deep/)]);
    // a list nested by indentation counts its levels too; a thematic break nests nothing
    const indented = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- tingkat ${i}`).join("\n");
    const deep = await check({ "e/index.md": VALID_EVENT, "e/a.md": `---\noutlet: Kontan\n---\n${indented}\n\nAKHIR.\n` });
    expect(deep.errors).toEqual([expect.stringMatching(/^articles\/e\/a\.md:\d+ body: this line is nested 21 levels deep/)]);
    const rule = await check({ "e/index.md": VALID_EVENT, "e/a.md": `---\noutlet: Kontan\n---\nAwal.\n\n${"- ".repeat(21)}\n\nAkhir.\n` });
    expect(rule.errors).toEqual([]);
  });

  it("more tags than a page can list, per file and per event", async () => {
    const many = Array.from({ length: 70 }, (_, i) => `t${i}:\n  label: Tag ${i}\n  kind: topik\n`).join("");
    const ids = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `t${from + i}`).join(", ");
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS + many,
      "e/index.md": VALID_EVENT.replace("tags: [beijing]", `tags: [${ids(0, 31)}]`),
      "f/index.md": VALID_EVENT.replace("tags: [beijing]", `tags: [${ids(0, 30)}]`),
      "f/a.md": VALID_ARTICLE.replace("tags: [kim-jong-un]", `tags: [${ids(30, 60)}]`),
      "f/b.md": VALID_ARTICLE.replace("tags: [kim-jong-un]", `tags: [${ids(60, 70)}]`),
    });
    const r = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^articles\/e\/index\.md:\d+ tags: lists more than 30 tags/m);
    expect(r.stderr).toMatch(/^articles\/f\/index\.md:\d+ tags: the event and its articles carry 70 different tags; at most 60/m);
  });
});

describe("warned about", () => {
  it("one outlet spelled in several ways, naming the files that differ", async () => {
    const r = await check({
      "e/index.md": VALID_EVENT,
      "e/a.md": VALID_ARTICLE,
      "e/b.md": VALID_ARTICLE,
      "e/c.md": VALID_ARTICLE.replace("outlet: Kontan", "outlet: KONTAN"),
    });
    expect(r.status).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/^warning: articles\/e\/c\.md:3 outlet: outlet "KONTAN" is shown as "Kontan"/)]);
  });

  it("an event date before 1900 or a publication date after today", async () => {
    const r = await check({
      "e/index.md": VALID_EVENT.replace("date: 2021-03-22", "date: 0202-03-22"),
      "f/index.md": VALID_EVENT,
      "f/a.md": VALID_ARTICLE.replace("published: 2021-03-23", "published: 2999-01-01"),
    });
    expect(r.status).toBe(0);
    expect(r.warnings).toEqual([
      expect.stringMatching(/^warning: articles\/e\/index\.md:3 date: the event date 0202-03-22 is before 1900; is the year mistyped\?/),
      expect.stringMatching(/^warning: articles\/f\/a\.md:4 published: the publication date 2999-01-01 is after today/),
    ]);
  });
});

describe("outlet pages", () => {
  it("give names without Latin letters pages of their own, never a shared hash", () => {
    const names = ["金正恩", "金正日", "朝鲜中央通讯社", "조선중앙통신", "كونتان", "???", "!!!"];
    expect(new Set(names.map(outletSlug)).size).toBe(names.length);
    expect(outletSlug("Tidak Diketahui")).not.toBe(outletSlug(undefined));
  });
});
