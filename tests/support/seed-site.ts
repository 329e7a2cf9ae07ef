/**
 * Global setup: build the included archive once per test run, with the real build command, and
 * hand its folder to the tests that only read it (`seedSite()` in helpers.ts). Also says in one
 * line when the browser suite is skipped, and fails under CI instead.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH, hasChromium, SKIP_MESSAGE } from "../browser/chromium.ts";
import { runCli } from "./cli.ts";
import { SEED_ARTICLES } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    seedSite: string;
    seedSitePrefixed: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!hasChromium) {
    if (process.env.CI === "true") {
      throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: the browser suite may not be skipped in CI. .ci/run installs it with apt-get.`);
    }
    console.log(`\n${SKIP_MESSAGE}\n`);
  }
  // one folder per test run: the projects that use this setup (e2e, browser) share the builds
  // (the start time too, so that a folder left by an earlier run whose process id was the same is never reused)
  const dir = join(tmpdir(), `arsip-seed-site-${process.pid}-${Math.round(Date.now() / 1000 - process.uptime())}`);
  mkdirSync(dir, { recursive: true });
  const builds = { seedSite: { env: {} }, seedSitePrefixed: { env: { ARSIP_PATH_PREFIX: "/arsip-korut/" } } } as const;
  for (const [name, { env }] of Object.entries(builds)) {
    const out = join(dir, name);
    project.provide(name as keyof typeof builds, out);
    if (existsSync(join(out, "index.html"))) continue;
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: SEED_ARTICLES, ARSIP_SITE_URL: "https://arsip.example.org", ...env });
    if (r.status !== 0) throw new Error(`the seed site did not build:\n${r.stderr}`);
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
