// Projects: unit (pure, in-process), e2e (the commands, builds and the live preview), browser
// (real Chromium); `npm test` runs these three, `npm run test:unit` etc. one each. extra holds the
// npm audit gate, the kill test and the bench smoke run, outside `npm test` (npm run test:extra).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const shared = { pool: "forks" as const };

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // vitest's default leaves one core idle; the browser tests mostly wait on Chromium's own processes
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false, testTimeout: 30_000 } },
      {
        test: {
          ...shared,
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["./tests/support/seed-site.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // outside `npm test`, in a script of their own that CI also runs: npm run test:extra
      { test: { ...shared, name: "extra", include: ["tests/extra/**/*.test.ts"], testTimeout: 240_000, hookTimeout: 240_000 } },
      // Lighthouse scores depend on the machine being otherwise idle: alone, after the others (npm run test:lighthouse)
      { test: { ...shared, name: "lighthouse", include: ["tests/lighthouse/**/*.test.ts"], testTimeout: 240_000, hookTimeout: 240_000 } },
      {
        test: {
          ...shared,
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["./tests/support/seed-site.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
