/**
 * The editor's messages through the real commands: Indonesian by default (ARSIP_LANG unset), English
 * with ARSIP_LANG=en, the same codes in `check --json` either way; one message per mistake, each
 * naming file, line and field and saying what to do.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_TAGS, makeArchive, runCli, SEED_ARTICLES, VALID_ARTICLE, VALID_EVENT, type RunResult } from "../support/helpers.ts";

/** The Indonesian default: the test helpers ask for English unless told otherwise. */
const ID = { ARSIP_LANG: "" };
const EN = { ARSIP_LANG: "en" };

const problems = (r: RunResult): string[] => {
  // one entry per problem: an indented line continues the one above it
  const out: string[] = [];
  for (const l of r.stderr.split("\n")) {
    if (l === "") break;
    if (/^\s/.test(l) && out.length > 0) out[out.length - 1] += `\n${l}`;
    else out.push(l);
  }
  return out;
};

function archiveWith(files: Record<string, string>): string {
  return makeArchive({ "tags.yaml": FIXTURE_TAGS, ...files }).articles;
}

describe("messages in the editor's language", () => {
  it("a colon in a hand-typed headline: put the value in double quotes, with the corrected line", async () => {
    const articles = archiveWith({
      "e/index.md": VALID_EVENT.replace("title: Pertemuan di Beijing", "title: Kim Jong Un ke Beijing: Bertemu Xi"),
      "e/a.md": VALID_ARTICLE,
    });
    const id = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(id.status).toBe(1);
    expect(problems(id)).toEqual([
      'articles/e/index.md:2 title: nilai title memuat titik dua (:), yang dalam YAML memulai kolom baru; apit nilainya dengan tanda kutip ganda:\n    title: "Kim Jong Un ke Beijing: Bertemu Xi"',
    ]);
    expect(id.stderr).toContain("1 masalah ditemukan. Perbaiki, lalu jalankan npm run check lagi.");
    const en = await runCli("check", [], { ...EN, ARSIP_ARTICLES_DIR: articles });
    expect(problems(en)).toEqual([
      'articles/e/index.md:2 title: the value of title contains a colon, which YAML reads as the start of a new field; put the value in double quotes:\n    title: "Kim Jong Un ke Beijing: Bertemu Xi"',
    ]);
    // the corrected line is right: with it, the file is valid
    const fixed = archiveWith({
      "e/index.md": VALID_EVENT.replace("title: Pertemuan di Beijing", 'title: "Kim Jong Un ke Beijing: Bertemu Xi"'),
      "e/a.md": VALID_ARTICLE,
    });
    expect((await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: fixed })).status).toBe(0);
  });

  it("an unknown tag: the nearest ids, and the three lines to add to tags.yaml", async () => {
    const articles = archiveWith({ "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("kim-jong-un", "kim-jongun") });
    const r = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(problems(r)).toEqual([
      'articles/e/a.md:5 tags[0]: tag "kim-jongun" tidak dikenal. Tag terdekat: kim-jong-un. Jika ini tag baru, tambahkan tiga baris ini ke articles/tags.yaml (pilih satu kind):\n    kim-jongun:\n      label: Kim Jongun\n      kind: tokoh | lembaga | tempat | topik',
    ]);
  });

  it("a missing field: where the frontmatter ends, and the line to add there", async () => {
    const articles = archiveWith({ "e/index.md": VALID_EVENT.replace("summary: Dua pihak bertemu.\n", ""), "e/a.md": VALID_ARTICLE });
    const r = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(problems(r)).toEqual(['articles/e/index.md:5 summary: wajib diisi tetapi tidak ada; tambahkan baris "summary: …" di atas baris --- penutup ini']);
  });

  it("a misspelt field is one mistake and one message, with its line", async () => {
    const articles = archiveWith({ "e/index.md": VALID_EVENT.replace("summary:", "sumary:"), "e/a.md": VALID_ARTICLE });
    const r = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(problems(r)).toEqual([
      'articles/e/index.md:4 sumary: kolom "sumary" tidak dikenal; maksud Anda "summary"? Kolom yang boleh: title, date, place, summary, tags, draft',
    ]);
  });

  it("warns, in Indonesian, about an article published more than a year after its event, and still passes", async () => {
    const articles = archiveWith({ "e/index.md": VALID_EVENT, "e/a.md": VALID_ARTICLE.replace("published: 2021-03-23", "published: 2023-03-23") });
    const r = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(0);
    expect(problems(r).filter((l) => !l.includes("tags.yaml"))).toEqual([
      "peringatan: articles/e/a.md:4 published: terbit 2023-03-23, 731 hari sesudah tanggal peristiwanya 2021-03-22 (articles/e/index.md), lebih dari setahun kemudian; periksa tahunnya, atau apakah artikel ini milik peristiwa lain",
    ]);
    expect(r.stderr).toContain("3 peringatan: layak diperiksa, tetapi arsip tetap sah.");
  });

  it("check --json keeps stable codes beside the message, in either language", async () => {
    const articles = archiveWith({
      "e/index.md": VALID_EVENT.replace("2021-03-22", "2021-02-30"),
      "e/a.md": VALID_ARTICLE.replace("kim-jong-un", "kim-jongun"),
    });
    const report = async (env: Record<string, string>) =>
      JSON.parse((await runCli("check", ["--json"], { ...env, ARSIP_ARTICLES_DIR: articles })).stdout) as {
        lang: string;
        errors: { code: string; message: string }[];
      };
    const [id, en] = [await report(ID), await report(EN)];
    expect([id.lang, en.lang]).toEqual(["id", "en"]);
    expect(id.errors.map((e) => e.code)).toEqual(["tag.unknown", "date.days"]);
    expect(en.errors.map((e) => e.code)).toEqual(id.errors.map((e) => e.code));
    expect(id.errors[1]?.message).toBe("2021-02-30 bukan tanggal yang ada (bulan 2 tahun 2021 hanya 28 hari)");
    expect(en.errors[1]?.message).toBe("2021-02-30 is not a real date (month 2 of 2021 has 28 days)");
  });

  it("says what passed, in Indonesian: check, build, new and import", async () => {
    const check = await runCli("check", [], { ...ID, ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(check.stdout).toMatch(/^OK: 4 peristiwa, 5 artikel, \d+ tag, 0 draf dilewati, \d+,\d\d dtk\n$/);
    const { root, articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS });
    const created = await runCli("new", ["event", "2021-03-22-x", "--title", "X", "--date", "2021-03-22", "--summary", "S."], {
      ...ID,
      ARSIP_ARTICLES_DIR: articles,
    });
    expect(created.stdout).toContain(`Dibuat: ${join(articles, "2021-03-22-x", "index.md")}`);
    expect(created.stdout).toContain("Berikutnya: tambahkan artikel (npm run check gagal sampai peristiwa punya satu)");
    const wrong = await runCli("new", ["event", "2021-03-22-y", "--title", "Y", "--date", "22 Maret 2021"], { ...ID, ARSIP_ARTICLES_DIR: articles });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--date: "22 Maret 2021" bukan tanggal berbentuk YYYY-MM-DD (misalnya 2021-03-22)');
    expect(wrong.stderr).toContain("Pemakaian:");
    const unknown = await runCli("import", ["x.txt", "--evnt", "a"], ID);
    expect(unknown.stderr).toContain('Opsi "--evnt" tidak dikenal; maksud Anda "--event"?');
    const built = await runCli("build", ["--output", join(root, "_site")], { ...ID, ARSIP_ARTICLES_DIR: SEED_ARTICLES });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toContain("peringatan: ARSIP_SITE_URL belum diatur");
    expect(built.stdout).toMatch(/^Situs ditulis ke _site\/: 4 peristiwa, 5 artikel, /);
    expect(built.stdout).toMatch(/\nIndeks pencarian: 4 halaman, \d+ file, \d+ KiB, \d+,\d\d dtk\n$/);
  });
});
