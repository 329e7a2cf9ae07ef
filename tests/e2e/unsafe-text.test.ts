/**
 * Text fields accept text only: control characters, noncharacters, lone surrogates and unpaired
 * bidirectional controls are refused by check and build with file, line and field, instead of
 * breaking the feeds, crashing the search indexer or reversing the site's words around a name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, FIXTURE_TAGS, makeArchive, runCli, VALID_EVENT } from "../support/helpers.ts";

const article = (author: string, body = "Isi artikel."): string => `---\noutlet: Kontan\nauthor: "${author}"\n---\n${body}\n`;

describe("unsafe characters in text fields and bodies", () => {
  it.each([
    ["U+0001", "Bu\\x01di", /invisible control character U\+0001/],
    ["ESC", "Bu\\edi", /invisible control character U\+001B/],
    ["vertical tab", "Bu\\vdi", /invisible control character U\+000B/],
    ["NUL", "Bu\\0di", /invisible control character U\+0000/],
    ["NEL", "Bu\\Ndi", /invisible control character U\+0085/],
    ["U+FFFE", "Bu\\uFFFEdi", /noncharacter U\+FFFE/],
    ["a lone surrogate", "Bu\\uDC00di", /lone surrogate U\+DC00/],
    ["an unclosed right-to-left override", "Kontan \\u202E1202", /bidirectional control that is never closed/],
    ["a closer without opener", "Kontan \\u2069", /closes nothing/],
  ])("refuses %s in a field, naming file, line and field", async (_name, value, message) => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/kontan.md": article(value) });
    const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`^articles/e/kontan\\.md:3 author: .*${message.source}`, "m"));
    const build = await buildSite(articles);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(message);
  });

  it("refuses a control character in a body, naming its line", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": VALID_EVENT,
      "e/kontan.md": `---\noutlet: Kontan\n---\nBaris satu.\n\nBaris \u0001dua.\n`,
    });
    const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^articles\/e\/kontan\.md:6 body: this line has an invisible control character U\+0001/m);
  });

  it("accepts closed bidirectional isolates, tabs in a body and right-to-left names", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": VALID_EVENT,
      "e/kontan.md": `---\noutlet: Kontan\nauthor: "\\u2067عبد الله\\u2069"\n---\nKolom\tsatu.\n`,
    });
    const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(check.stderr.split("\n").filter((l) => !l.startsWith("warning") && l !== "" && !/warnings?:/.test(l))).toEqual([]);
    expect(check.status).toBe(0);
  });

  it("isolates names inside the site's own sentences (<bdi>), so a right-to-left name cannot reorder them", async () => {
    const { articles } = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      "e/index.md": VALID_EVENT,
      "e/a.md": "---\noutlet: الجزيرة\nauthor: عبد الله\nvia: AP\npublished: 2021-03-23\n---\nIsi.\n",
    });
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(r.out, "peristiwa", "e", "index.html"), "utf8");
    expect(page).toContain('<bdi class="source-outlet">الجزيرة</bdi>');
    expect(page).toContain(" · mengutip <bdi>AP</bdi></span>");
    expect(page).toContain("<dt>Penulis</dt><dd><bdi>عبد الله</bdi></dd>");
    expect(readFileSync(join(r.out, "index.html"), "utf8")).toContain("1 artikel: <bdi>الجزيرة</bdi>");
  });
});
