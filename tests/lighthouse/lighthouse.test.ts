/**
 * Lighthouse 12 (Debian's Chromium) on the built seed site served by `npm run serve`, as a phone and
 * as a desktop: home, an event page, a tag page, the search page with results, a comparison, a
 * storyline and an agency's page. On home and the
 * event page the publishing audits must pass: text compression and long cache lifetimes.
 *
 * Accessibility, best practices and SEO must score 100 and the layout may not shift by more than
 * 0.05 (CLS): none of these depend on how busy the machine is. Performance is a timing: its targets
 * (100, and 95 on /cari/) are measured and written down with every run, while the test fails only
 * below PERFORMANCE_FLOOR, a regression no amount of load on two shared cores explains (the old
 * /cari/ scored 81). A page below its targets is audited twice more and judged by the median of the
 * three runs (Lighthouse's own advice for its run-to-run variance). Outside `npm test`, alone:
 * `npm run test:lighthouse`, which CI runs last. The scores, with the targets met or missed, are
 * written to lighthouse-scores.json in the system's temporary folder and printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, FLAGS, hasChromium } from "../browser/chromium.ts";
import { buildSite, SEED_ARTICLES, SITE_URL } from "../support/helpers.ts";
import { startServe, type ServeProcess } from "../support/serve-process.ts";

const PAGES = [
  { name: "home", path: "", publishing: true },
  { name: "event", path: "peristiwa/2021-03-22-kim-xi-bertukar-pesan/", publishing: true },
  { name: "tag", path: "topik/kim-jong-un/", publishing: false },
  { name: "search", path: "cari/?q=rudal", publishing: false },
  { name: "compare", path: "peristiwa/2021-03-22-kim-xi-bertukar-pesan/banding/", publishing: false },
  { name: "storyline", path: "rangkaian/pertukaran-pesan-kim-xi/", publishing: false },
  { name: "agency", path: "kantor-berita/ap/", publishing: false },
] as const;
/** What a host must get right (issue 16): compressed text, and long cache lifetimes for what may be cached. */
const PUBLISHING_AUDITS = ["uses-text-compression", "uses-long-cache-ttl"] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Below this, performance fails the test whatever the machine was doing. */
const PERFORMANCE_FLOOR = 90;

interface Scores {
  page: string;
  form: "mobile" | "desktop";
  scores: Record<string, number>;
  cls: number;
  failing: string[];
  /** how many audits the figures are the median of */
  runs?: number;
  /** whether every category met the issue's target (performance included) */
  meetsTargets?: boolean;
  /** the publishing audits' scores (1: passed), on the pages that are held to them */
  publishing?: Record<string, number | null>;
}

describe.skipIf(!hasChromium)("Lighthouse on the seed site", () => {
  let server: ServeProcess;
  let chrome: chromeLauncher.LaunchedChrome;
  let profile = "";
  const results: Scores[] = [];

  beforeAll(async () => {
    const built = await buildSite(SEED_ARTICLES, { ARSIP_SITE_URL: SITE_URL });
    expect(built.status, built.stderr).toBe(0);
    server = await startServe(built.out);
    profile = mkdtempSync(join(tmpdir(), "arsip-lighthouse-"));
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...FLAGS], userDataDir: profile, logLevel: "error" });
  });

  afterAll(async () => {
    writeFileSync(join(tmpdir(), "lighthouse-scores.json"), `${JSON.stringify(results, null, 2)}\n`);
    for (const r of results)
      console.log(
        `lighthouse ${r.page} ${r.form}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(", ")}, CLS ${r.cls.toFixed(3)}${
          r.publishing
            ? `, ${Object.entries(r.publishing)
                .map(([a, v]) => `${a} ${v}`)
                .join(", ")}`
            : ""
        }${r.meetsTargets ? "" : " (below target)"}`,
      );
    chrome?.kill();
    await server?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const form of ["mobile", "desktop"] as const) {
    for (const p of PAGES) {
      it(`${p.name} (${form}): every category 100${p.name === "search" ? " (performance ≥ 95)" : ""}, CLS ≤ 0.05`, async () => {
        const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, onlyCategories: [...CATEGORIES] };
        const want = Object.fromEntries(CATEGORIES.map((c) => [c, c === "performance" && p.name === "search" ? 95 : 100]));
        const audit = async (): Promise<Scores> => {
          const r = await lighthouse(`${server.url}${p.path}`, flags, form === "desktop" ? desktopConfig : undefined);
          const lhr = r?.lhr;
          if (!lhr) throw new Error("Lighthouse returned no report");
          expect(lhr.runtimeError, JSON.stringify(lhr.runtimeError)).toBeUndefined();
          const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
          const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN;
          // the audits that cost points, to make a failure readable
          const failing = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && !["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode))
            .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
          const publishing = Object.fromEntries(PUBLISHING_AUDITS.map((a) => [a, lhr.audits[a]?.score ?? null]));
          return { page: p.name, form, scores, cls, failing, ...(p.publishing && { publishing }) };
        };
        const short = (s: Scores) => Object.fromEntries(CATEGORIES.filter((c) => (s.scores[c] ?? 0) < (want[c] ?? 100)).map((c) => [c, s.scores[c]]));
        const runs = [await audit()];
        if (Object.keys(short(runs[0] as Scores)).length > 0 || (runs[0]?.cls ?? 1) > 0.05) runs.push(await audit(), await audit());
        const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;
        const result: Scores = {
          page: p.name,
          form,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c] ?? 0))])),
          cls: median(runs.map((r) => r.cls)),
          failing: [...new Set(runs.flatMap((r) => r.failing))],
          ...(runs[0]?.publishing && { publishing: runs[0].publishing }),
        };
        const missed = short(result);
        results.push({ ...result, runs: runs.length, meetsTargets: Object.keys(missed).length === 0 && result.cls <= 0.05 });
        const { failing, cls } = result;
        // performance is a timing: held to the floor here, its target recorded above
        const others = Object.fromEntries(Object.entries(missed).filter(([c]) => c !== "performance"));
        expect(others, `${p.name} ${form} (median of ${runs.length}): ${failing.join(", ")}`).toEqual({});
        expect(result.scores.performance ?? 0, `${p.name} ${form} performance (median of ${runs.length}): ${failing.join(", ")}`).toBeGreaterThanOrEqual(
          PERFORMANCE_FLOOR,
        );
        expect(cls).toBeLessThanOrEqual(0.05);
        // compression and cache lifetimes are the server's doing, not a timing: every run passes them
        if (p.publishing) for (const r of runs) expect(r.publishing, `${p.name} ${form}`).toEqual({ "uses-text-compression": 1, "uses-long-cache-ttl": 1 });
      });
    }
  }
});
