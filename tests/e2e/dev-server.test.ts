/** The live preview as an editor uses it: start it, add an article, break a file, fix it, stop it. */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, previewUrl } from "../../src/perf/processes.ts";
import { spawnScript } from "../support/cli.ts";
import { copySeedArchive, FIXTURE_TAGS, listFiles, makeArchive, ROOT, VALID_ARTICLE, VALID_EVENT } from "../support/helpers.ts";

async function fetchText(url: string): Promise<string> {
  try {
    const r = await fetch(url);
    return await r.text();
  } catch {
    return "";
  }
}

describe("npm start (live preview)", () => {
  let child: ChildProcess;
  let base = "";
  let articles = "";
  let log = "";
  let out = "";
  const EV = "2021-03-22-pertemuan";
  const GONE = "2020-01-01-dihapus";

  beforeAll(async () => {
    articles = makeArchive({
      "tags.yaml": FIXTURE_TAGS,
      [`${EV}/index.md`]: VALID_EVENT,
      [`${EV}/kontan.md`]: VALID_ARTICLE,
      [`${GONE}/index.md`]: VALID_EVENT.replace("Pertemuan di Beijing", "Peristiwa yang akan dihapus"),
      [`${GONE}/antara.md`]: "---\noutlet: Antara\n---\nArtikel yang akan dihapus.\n",
      [`${GONE}/tempo.md`]: "---\noutlet: Tempo\n---\nArtikel yang tinggal sampai peristiwanya dihapus.\n",
    }).articles;
    out = join(mkdtempSync(join(tmpdir(), "arsip-dev-")), "_site");
    // the port asked for is only a first choice: the server says where it really listens
    child = spawnScript("start", ["--port", String(await freePort()), "--output", out, "--articles", articles, "--no-code-watch"]);
    child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 60_000;
    let url: string | undefined;
    while ((url = previewUrl(log)) === undefined) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before serving:\n${log}`);
      if (Date.now() > deadline) throw new Error(`npm start did not say where it serves within 60 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    base = url.replace(/\/$/, "");
    const page = await fetchText(`${base}/peristiwa/${EV}/`);
    if (!page.includes("Isi artikel.")) throw new Error(`npm start serves ${base} but not the event page:\n${page.slice(0, 500)}\n${log}`);
  }, 90_000);

  afterAll(() => {
    child?.kill("SIGTERM");
    rmSync(articles, { recursive: true, force: true });
  });

  it("serves the site", async () => {
    expect(await fetchText(`${base}/peristiwa/${EV}/`), log).toContain("Isi artikel.");
  });

  it("shows an added article without a restart, writing only the pages and files that changed", async () => {
    const unchanged = ["404.html", "robots.txt", "data/arsip.schema.json"].map((f) => [f, statSync(join(out, f)).mtimeMs] as const);
    const eventPage = statSync(join(out, "peristiwa", EV, "index.html")).mtimeMs;
    writeFileSync(join(articles, EV, "tempo.md"), "---\noutlet: Tempo\n---\nTeks artikel Tempo yang baru.\n");
    await expect.poll(() => fetchText(`${base}/peristiwa/${EV}/`), { timeout: 15_000, interval: 200 }).toContain("Teks artikel Tempo yang baru.");
    expect(statSync(join(out, "peristiwa", EV, "index.html")).mtimeMs).toBeGreaterThan(eventPage);
    for (const [f, mtime] of unchanged) expect(statSync(join(out, f)).mtimeMs, f).toBe(mtime);
  });

  it("shows a broken file's error on the pages and in the terminal, and recovers when it is fixed", async () => {
    writeFileSync(join(articles, EV, "rusak.md"), "---\noutlet: Rusak\ntags: [kim-jongun]\n---\nIsi.\n");
    await expect.poll(() => fetchText(`${base}/`), { timeout: 15_000, interval: 200 }).toContain('class="preview-errors"');
    const page = await fetchText(`${base}/peristiwa/${EV}/`);
    expect(page).toContain(`articles/${EV}/rusak.md:3 tags[0]: unknown tag &quot;kim-jongun&quot;; did you mean &quot;kim-jong-un&quot;?`);
    expect(page).toContain("Teks artikel Tempo yang baru."); // the last good version stays visible under the overlay
    expect(log).toContain(`articles/${EV}/rusak.md:3 tags[0]: unknown tag "kim-jongun"`);
    expect(child.exitCode).toBeNull();

    writeFileSync(join(articles, EV, "rusak.md"), "---\noutlet: Rusak\ntags: [kim-jong-un]\n---\nIsi yang sudah diperbaiki.\n");
    await expect.poll(() => fetchText(`${base}/peristiwa/${EV}/`), { timeout: 15_000, interval: 200 }).toContain("Isi yang sudah diperbaiki.");
    expect(await fetchText(`${base}/`)).not.toContain('class="preview-errors"');
  });

  it("rebuilds when an article or a whole event is deleted, and a vanished page answers 404", async () => {
    expect(await fetchText(`${base}/`)).toContain("Peristiwa yang akan dihapus");
    rmSync(join(articles, GONE, "antara.md"));
    await expect.poll(() => fetchText(`${base}/sumber/`), { timeout: 15_000, interval: 200 }).not.toContain("Antara");
    rmSync(join(articles, GONE), { recursive: true, force: true });
    await expect.poll(() => fetchText(`${base}/`), { timeout: 15_000, interval: 200 }).not.toContain("Peristiwa yang akan dihapus");
    await expect.poll(async () => (await fetch(`${base}/peristiwa/${GONE}/`)).status, { timeout: 15_000, interval: 200 }).toBe(404);
    expect((await fetch(`${base}/sumber/antara/`)).status).toBe(404);
    expect((await fetch(`${base}/arsip/2020/`)).status).toBe(404);
  });

  it("keeps answering with a link loop and a link to /usr in the articles, names both in the panel, and a newline in a name escaped", async () => {
    symlinkSync(".", join(articles, EV, "loop"));
    symlinkSync("/usr", join(articles, "usr-link"));
    writeFileSync(join(articles, EV, "baris\nbaru.md"), "---\noutlet: Baris\n---\nIsi.\n");
    // every answer within 2 s, while the panel comes to name each of them
    const quick = async (url: string): Promise<string> => {
      const r = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return r.text();
    };
    await expect.poll(() => quick(`${base}/`), { timeout: 20_000, interval: 250 }).toContain("usr-link: is a link to /usr");
    const page = await quick(`${base}/`);
    expect(page).toContain(`articles/${EV}/loop:`);
    expect(page).toContain(`articles/${EV}/baris&#92;nbaru.md:`);
    expect(log).toContain(`articles/${EV}/baris\\nbaru.md:`);
    expect(child.exitCode).toBeNull();
    rmSync(join(articles, EV, "loop"));
    rmSync(join(articles, "usr-link"));
    rmSync(join(articles, EV, "baris\nbaru.md"));
    // the watcher follows no link, so a link's removal may go unseen: the next saved file rebuilds the whole archive
    const kontan = join(articles, EV, "kontan.md");
    writeFileSync(kontan, readFileSync(kontan, "utf8"));
    await expect.poll(() => quick(`${base}/`), { timeout: 20_000, interval: 250 }).not.toContain('class="preview-errors"');
  });

  it("listens on 127.0.0.1 only", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = new URL(base).port;
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a !== undefined && a.family === "IPv4" && !a.internal);
    if (external === undefined) return; // no other interface on this machine to try
    await expect(fetch(`http://${external.address}:${port}/`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
  });

  it("writes into its own folder .cache/preview/ by default, never into the _site/ people publish", async () => {
    const site = join(ROOT, "_site");
    const before = existsSync(site) ? listFiles(site).map((f) => `${f} ${statSync(join(site, f)).mtimeMs}`) : [];
    const own = spawnScript("start", ["--port", String(await freePort()), "--articles", articles, "--no-code-watch"]);
    let out = "";
    own.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    try {
      await expect.poll(() => previewUrl(out), { timeout: 60_000, interval: 200 }).toBeDefined();
      expect(existsSync(join(ROOT, ".cache", "preview", "peristiwa", EV, "index.html"))).toBe(true);
      expect(existsSync(site) ? listFiles(site).map((f) => `${f} ${statSync(join(site, f)).mtimeMs}`) : []).toEqual(before);
    } finally {
      own.kill("SIGTERM");
    }
  });
});

describe("npm start, a rebuild of more pages than one run of Eleventy renders", () => {
  it("goes on batch after batch until every page that prints a changed tag label has it", async () => {
    const { articles } = copySeedArchive();
    const out = join(mkdtempSync(join(tmpdir(), "arsip-dev-")), "_site");
    let log = "";
    // three pages a run: a tag's new label changes a score of pages of the seed archive
    const child = spawnScript("start", ["--port", String(await freePort()), "--output", out, "--articles", articles, "--no-code-watch"], {
      ARSIP_RENDER_BATCH: "3",
    });
    child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    try {
      await expect.poll(() => previewUrl(log), { timeout: 60_000, interval: 100 }).toBeDefined();
      const base = (previewUrl(log) ?? "").replace(/\/$/, "");
      const tags = join(articles, "tags.yaml");
      writeFileSync(tags, readFileSync(tags, "utf8").replace("label: Kim Jong Un\n", "label: Kim Jong Un (diubah)\n"));
      const pages = [
        "topik/kim-jong-un/",
        ...readdirSync(articles)
          .filter((d) => /^\d{4}-/.test(d))
          .map((d) => `peristiwa/${d}/`),
        "",
      ];
      for (const path of pages) await expect.poll(() => fetchText(`${base}/${path}`), { timeout: 60_000, interval: 200 }).toContain("Kim Jong Un (diubah)");
      // several runs of Eleventy, each of three pages at most, after the change
      const runs = [...log.slice(log.indexOf("File changed")).matchAll(/Wrote (\d+) files/g)].map((m) => Number(m[1]));
      expect(runs.length, log).toBeGreaterThan(3);
      expect(Math.max(...runs)).toBeLessThanOrEqual(3);
    } finally {
      child.kill("SIGTERM");
      rmSync(articles, { recursive: true, force: true });
    }
  }, 150_000);
});
