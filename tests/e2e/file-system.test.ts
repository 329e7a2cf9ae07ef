/**
 * File-system oddities in the articles folder are problems with a file name, never crashes: link
 * loops, dangling links, links out of the archive (refused), folders with .md names. Every other
 * problem is still reported in the same run, and check --json still prints its report.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, FIXTURE_TAGS, makeArchive, runCli, VALID_ARTICLE, VALID_EVENT, withCoverage } from "../support/helpers.ts";

describe("links, loops and folders where files belong", () => {
  it("reports each of them with its file, with the other problems, and the build stops cleanly", async () => {
    const { articles } = makeArchive(
      withCoverage({
        "tags.yaml": FIXTURE_TAGS,
        "e/index.md": VALID_EVENT,
        "e/kontan.md": VALID_ARTICLE.replace("title: Judul media", "tittle: Judul media"),
        "f/index.md": VALID_EVENT,
      }),
    );
    symlinkSync("putaran-b.md", join(articles, "e", "putaran-a.md"));
    symlinkSync("putaran-a.md", join(articles, "e", "putaran-b.md"));
    symlinkSync("tidak-ada.md", join(articles, "e", "hilang.md"));
    writeFileSync(join(tmpdir(), `arsip-luar-${process.pid}.md`), VALID_ARTICLE);
    symlinkSync(join(tmpdir(), `arsip-luar-${process.pid}.md`), join(articles, "e", "luar.md"));
    mkdirSync(join(articles, "e", "folder.md"));
    mkdirSync(join(articles, "g", "index.md"), { recursive: true });

    const check = await runCli("check", [], { ARSIP_ARTICLES_DIR: articles });
    expect(check.status).toBe(1);
    const lines = check.stderr.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^articles\/e\/putaran-a\.md: is a link that leads in a circle/),
        expect.stringMatching(/^articles\/e\/putaran-b\.md: is a link that leads in a circle/),
        expect.stringMatching(/^articles\/e\/hilang\.md: is a link to tidak-ada\.md, which does not exist/),
        expect.stringMatching(/^articles\/e\/luar\.md: is a link to .*, outside the articles folder/),
        expect.stringMatching(/^articles\/e\/folder\.md: folders inside an event folder are not allowed/),
        expect.stringMatching(/^articles\/g\/index\.md: is a folder; index\.md must be the event's file/),
        expect.stringMatching(/^articles\/e\/kontan\.md:2 tittle: unknown field/),
      ]),
    );
    expect(check.stderr).not.toMatch(/\n\s+at /);

    const json = await runCli("check", ["--json"], { ARSIP_ARTICLES_DIR: articles });
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { errors: unknown[] }).errors).toHaveLength(7);

    const build = await buildSite(articles);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("Build stopped: 7 problems");
  });

  it("follows a link that stays inside the archive", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "bersama/kontan.txt": VALID_ARTICLE });
    symlinkSync("../bersama/kontan.txt", join(articles, "e", "kontan.md"));
    const check = await runCli("check", ["--json"], { ARSIP_ARTICLES_DIR: articles });
    const report = JSON.parse(check.stdout) as { errors: { file: string; message: string }[] };
    // the shared folder itself is no event; the linked article is read like any other
    expect(report.errors.map((e) => e.file)).toEqual(["articles/bersama"]);
  });
});
