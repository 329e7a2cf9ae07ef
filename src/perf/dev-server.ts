/**
 * (d) The live preview's latency, in one running preview: from writing a new article file to its
 * event page being served with it (DEV_REPEATS times), then from saving a new label for a tag in
 * `tags.yaml` to every page that prints it (the tag's page and each of its events' pages) being
 * served with the new label (once: a label change rebuilds every page of the tag).
 */
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eventUrl, tagUrl } from "../lib/routes.ts";
import { fetchText, freePort, npmScript, previewUrl, projectRoot, sleep, stop, track } from "./processes.ts";

export const DEV_REPEATS = 3;

/** The tag whose label the preview measure changes: its id and its events' ids. */
export interface DevTag {
  id: string;
  events: readonly string[];
}

export interface DevSamples {
  /** seconds from a new article written to its event page served with it */
  article: number[];
  /** seconds from a tag's new label saved to the last of its pages served with it, and how many pages that was */
  tagLabel: { seconds: number; pages: number };
}

/** `tags.yaml` with the label of tag `id` replaced by `label` (as the generator writes it: `id:` then `  label: …`). */
export function withTagLabel(yaml: string, id: string, label: string): string {
  const pattern = new RegExp(`^(${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\n  label: ).*$`, "m");
  if (!pattern.test(yaml)) throw new Error(`tags.yaml has no "${id}:" followed by "  label:"`);
  return yaml.replace(pattern, `$1${label}`);
}

export async function measureDev(articlesDir: string, eventId: string, tag: DevTag, work: string, env: NodeJS.ProcessEnv): Promise<DevSamples> {
  const out = join(work, "dev-site");
  const logPath = join(work, "logs", "dev.log");
  let log = "";
  const child = track(
    spawn(
      process.execPath,
      // exactly what npm start runs (its heap limit included)
      [...npmScript("start").slice(1), "--port", String(await freePort()), "--output", out, "--articles", articlesDir, "--no-code-watch"],
      {
        cwd: projectRoot,
        env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    ),
  );
  // the preview's output, kept as it comes (a run that hangs leaves its log behind too)
  writeFileSync(logPath, "");
  const keep = (d: Buffer): void => {
    log += d.toString();
    appendFileSync(logPath, d);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const builds = (): number => (log.match(/Wrote \d+ files/g) ?? []).length;
  // ended by itself or by a signal (V8 aborts a process out of memory)
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  try {
    const deadline = Date.now() + 15 * 60_000;
    // the server's own word for its address: it moves to the next port when one is taken
    let base: string | undefined;
    while ((base = previewUrl(log)) === undefined) {
      if (exited()) throw new Error(`the dev server exited (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the dev server did not say where it listens within 15 minutes:\n${log.slice(-3000)}`);
      await sleep(100);
    }
    const page = `${base}peristiwa/${eventId}/`;
    while ((await fetchText(page)) === undefined) {
      if (exited()) throw new Error(`the dev server exited (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the dev server did not serve ${page} within 15 minutes:\n${log.slice(-3000)}`);
      await sleep(200);
    }
    await waitForBuilds(builds, 1, 60_000);
    const samples: number[] = [];
    for (let i = 1; i <= DEV_REPEATS; i++) {
      const marker = `Penanda pengukuran pratinjau ${i} ${process.pid} ${Date.now()}`;
      const before = builds();
      const started = performance.now();
      writeFileSync(join(articlesDir, eventId, `bench-dev-${i}.md`), `---\noutlet: Bench\n---\n${marker}.\n`);
      for (;;) {
        if ((await fetchText(page))?.includes(marker)) break;
        if (exited()) throw new Error(`the dev server exited (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`);
        if (performance.now() - started > 10 * 60_000) throw new Error(`the new article never appeared on ${page}:\n${log.slice(-3000)}`);
        await sleep(20);
      }
      samples.push((performance.now() - started) / 1000);
      // let the rebuild finish before the next change
      await waitForBuilds(builds, before + 1, 10 * 60_000);
      await sleep(300);
    }
    // a tag's label: every page that prints it, the tag's page first
    const label = `Label Pengukuran ${process.pid} ${Date.now()}`;
    const pages = [tagUrl(tag.id), ...tag.events.map(eventUrl)].map((path) => `${base}${path.slice(1)}`);
    const tagsFile = join(articlesDir, "tags.yaml");
    const yaml = withTagLabel(readFileSync(tagsFile, "utf8"), tag.id, label);
    const started = performance.now();
    writeFileSync(tagsFile, yaml);
    // each page is asked for until it has the label, in turn: the time is when the last one had it
    for (const page of pages) {
      for (;;) {
        if ((await fetchText(page))?.includes(label)) break;
        if (exited()) throw new Error(`the dev server exited (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`);
        if (performance.now() - started > 20 * 60_000) throw new Error(`the new label never appeared on ${page}:\n${log.slice(-3000)}`);
        await sleep(20);
      }
    }
    return { article: samples, tagLabel: { seconds: (performance.now() - started) / 1000, pages: pages.length } };
  } finally {
    await stop(child);
  }
}

async function waitForBuilds(count: () => number, atLeast: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < atLeast && Date.now() < deadline) await sleep(50);
}
