/**
 * A build killed at any moment never leaves a broken site: `kill -9` at 20 points spread over a
 * build (seeded, so a failure can be replayed), and after each the output folder is still the
 * complete previous site; the next build removes every staging folder the killed ones left.
 * Outside `npm test` (about a minute of builds): `npm run test:extra`, which CI runs.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/perf/random.ts";
import { MARKER } from "../../src/render/output-folder.ts";
import { runProcess, spawnScript } from "../support/cli.ts";
import { copySeedArchive, listFiles } from "../support/helpers.ts";

const KILLS = 20;

/** The site as a reader gets it: every file but the search index (whose names change between builds), with a hash of its bytes. */
function site(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .filter((f) => !f.startsWith("pagefind/"))
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex"),
      ]),
  );
}

/** The search index is whole: every part's entry file parses and names a metadata file that is there. */
function searchIndexWhole(dir: string): boolean {
  const parts = readdirSync(join(dir, "pagefind"));
  return (
    parts.length > 0 &&
    parts.every((part) => {
      const folder = join(dir, "pagefind", part);
      const entry = JSON.parse(readFileSync(join(folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string }> };
      return Object.values(entry.languages).every((l) => existsSync(join(folder, `pagefind.${l.hash}.pf_meta`)));
    })
  );
}

describe("killing a build", () => {
  it(`at ${KILLS} random points always leaves the previous complete site, and the next build cleans up`, async () => {
    const { root, articles } = copySeedArchive();
    const out = join(root, "_site");
    const first = await runProcess("build", ["--output", out, "--articles", articles]);
    expect(first.status, first.stderr).toBe(0);
    const reference = site(out);
    expect(Object.keys(reference)).toContain(MARKER);
    // how long a build takes here, to spread the kills over all of it
    const started = performance.now();
    expect((await runProcess("build", ["--output", out, "--articles", articles])).status).toBe(0);
    const buildMs = performance.now() - started;

    const random = mulberry32(20261201);
    const points: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const at = Math.round(random() * buildMs);
      points.push(at);
      const child = spawnScript("build", ["--output", out, "--articles", articles]);
      const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, at));
      child.kill("SIGKILL");
      await exited;
      expect(existsSync(join(out, "index.html")), `after a kill at ${at} ms`).toBe(true);
      expect(site(out), `after a kill at ${at} ms`).toEqual(reference);
      expect(searchIndexWhole(out), `after a kill at ${at} ms`).toBe(true);
    }
    const last = await runProcess("build", ["--output", out, "--articles", articles]);
    expect(last.status, last.stderr).toBe(0);
    expect(
      readdirSync(root).filter((n) => n.startsWith(".build-")),
      `kill points: ${points.join(", ")} ms`,
    ).toEqual([]);
    expect(site(out)).toEqual(reference);
  }, 300_000);
});
