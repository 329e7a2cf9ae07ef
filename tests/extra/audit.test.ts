/**
 * `npm audit --omit=dev --audit-level=high` exits 0: skipped with one line where the registry
 * refuses the audit API; under CI=true any other failure to ask it fails. Its own script
 * (`npm run test:extra`, run by CI), because it asks the network and not the project's code.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.ts";

describe("dependencies", () => {
  it("npm audit --omit=dev --audit-level=high exits 0", (ctx) => {
    const r = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    let report: {
      auditReportVersion?: number;
      metadata?: { vulnerabilities?: Record<string, number> };
      vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
    } = {};
    try {
      report = JSON.parse(r.stdout) as typeof report;
    } catch {
      // not JSON: npm itself failed before asking the registry
    }
    if (report.metadata?.vulnerabilities === undefined) {
      const why = (
        r.stderr.split("\n").find((l) => /npm (?:error|warn) audit|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|\d{3} /.test(l)) ??
        r.error?.message ??
        `exit ${r.status}`
      ).trim();
      const message = `npm audit could not get an answer from the registry (${why}), so the production dependencies were not checked for known vulnerabilities`;
      // A registry that refuses the audit API (405 Method Not Allowed, as the one this project's
      // machines use does) has said no for good: that is reported and skipped everywhere. Any
      // other failure (no network, a time-out) may pass next time and fails the run under CI=true.
      const refused = /\b405\b|Method Not Allowed/i.test(`${r.stdout}\n${r.stderr}`);
      if (process.env.CI === "true" && !refused) throw new Error(`${message}. Under CI=true this gate may not be skipped.`);
      console.log(`\n[audit] skipped: ${message}.\n`);
      ctx.skip();
      return;
    }
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === "high" || v.severity === "critical")
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
    expect(r.status, r.stdout).toBe(0);
  });
});
