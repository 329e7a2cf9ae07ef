/** Debian's Chromium, driven by playwright-core: found, launched with the flags this network needs, or reported missing. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);
export const SKIP_MESSAGE = `Browser suite skipped: Chromium not found at ${CHROMIUM_PATH}. Enable it with \`apt-get install chromium\` (Debian) or set CHROMIUM_PATH; under CI=true a missing browser fails the run.`;

export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh browser: playwright-core gives every launch its own new, empty user-data dir and removes it on close. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}
