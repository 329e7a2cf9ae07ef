/** Runs once before all tests: says in one line when the browser suite is skipped, and fails under CI instead. */
import { CHROMIUM_PATH, hasChromium, SKIP_MESSAGE } from "./chromium.ts";

export default function setup(): void {
  if (hasChromium) return;
  if (process.env.CI === "true") {
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: the browser suite may not be skipped in CI. .ci/run installs it with apt-get.`);
  }
  console.log(`\n${SKIP_MESSAGE}\n`);
}
