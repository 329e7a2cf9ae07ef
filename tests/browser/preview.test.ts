/**
 * The live preview in Chromium, as an editor uses it with a path prefix: an open page reloads by
 * itself after an article file is saved (the reload script and its event stream, src/render/live-reload.ts).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, previewUrl } from "../../src/perf/processes.ts";
import { spawnScript } from "../support/cli.ts";
import { FIXTURE_TAGS, makeArchive, VALID_ARTICLE, VALID_EVENT } from "../support/helpers.ts";
import { hasChromium, launch } from "./chromium.ts";

describe.skipIf(!hasChromium)("npm start in Chromium", () => {
  const EV = "2021-03-22-pertemuan";
  let child: ChildProcess;
  let browser: Browser;
  let articles = "";
  let base = "";
  let log = "";

  beforeAll(async () => {
    articles = makeArchive({ "tags.yaml": FIXTURE_TAGS, [`${EV}/index.md`]: VALID_EVENT, [`${EV}/kontan.md`]: VALID_ARTICLE }).articles;
    const out = join(mkdtempSync(join(tmpdir(), "arsip-preview-")), "_site");
    child = spawnScript("start", ["--port", String(await freePort()), "--output", out, "--articles", articles, "--no-code-watch"], {
      ARSIP_PATH_PREFIX: "/arsip-korut/",
    });
    child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 60_000;
    while (previewUrl(log) === undefined) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not say where it serves:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    base = previewUrl(log) ?? "";
    browser = await launch();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill("SIGTERM");
    rmSync(articles, { recursive: true, force: true });
  });

  it("serves under the prefix, and an open page reloads itself when an article is saved", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/arsip-korut\/$/);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    await page.goto(`${base}peristiwa/${EV}/`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('script[src$="_pratinjau/muat-ulang.js"]')?.getAttribute("src")))
      .toBe("/arsip-korut/_pratinjau/muat-ulang.js");
    // the stream is open before the file changes
    await page.waitForTimeout(300);
    writeFileSync(join(articles, EV, "tempo.md"), "---\noutlet: Tempo\n---\nTeks Tempo yang baru disimpan.\n");
    await page.waitForFunction(() => document.body.textContent?.includes("Teks Tempo yang baru disimpan."), undefined, { timeout: 20_000 });
    expect(errors, log).toEqual([]);
  }, 60_000);
});
