/**
 * Progress through the real commands, off a terminal (as in a log): one line per phase on stderr,
 * before the command's own report; nothing in `check --json`. (Test helpers set CI=1; CI: "" here.)
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { copySeedArchive, runCli } from "../support/helpers.ts";

const NOT_CI = { CI: "" };

describe("progress lines", () => {
  it("build: reading, preparing, writing, indexing, each once, then the report on stdout", async () => {
    const { articles } = copySeedArchive();
    const out = join(mkdtempSync(join(tmpdir(), "arsip-progress-")), "site");
    const r = await runCli("build", ["--articles", articles, "--output", out], NOT_CI);
    expect(r.status, r.stderr).toBe(0);
    const phases = r.stderr.split("\n").filter((l) => l.endsWith(" …"));
    expect(phases).toEqual(["Reading events …", "Preparing page data …", "Writing pages …", "Finishing the search index …"]);
    expect(r.stdout).toMatch(/^Built site\//);
  });

  it("check: reading and the duplicate search in plain runs; nothing at all on stderr with --json", async () => {
    const { articles } = copySeedArchive();
    const plain = await runCli("check", ["--articles", articles], NOT_CI);
    expect(plain.stderr.split("\n").filter((l) => l.endsWith(" …"))).toEqual(["Reading events …", "Looking for repeated texts and titles …"]);
    const json = await runCli("check", ["--articles", articles, "--json"], NOT_CI);
    expect(json.status).toBe(0);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
  });
});
