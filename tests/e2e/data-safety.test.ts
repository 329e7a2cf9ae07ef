/**
 * Nothing lost, nothing half-written: what the build may replace, how it swaps, how the editor's
 * tools write, and that output survives a pipe. Each test names the defect it guards against.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MARKER, swapIn } from "../../src/render/output-folder.ts";
import { writeFileAtomic } from "../../src/lib/files.ts";
import { buildSite, copySeedArchive, FIXTURE_TAGS, listFiles, makeArchive, ROOT, runCli, runProcess, VALID_ARTICLE, VALID_EVENT } from "../support/helpers.ts";

/** Every file below `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

/** A small tmpfs (root only): a full disk and a mount point. Undefined where mounting is not allowed. */
function tmpfs(size: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "arsip-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    mounts.push(dir);
    return dir;
  } catch {
    console.log(`[data safety] skipped a tmpfs case: mounting a tmpfs needs root (mount -t tmpfs)`);
    return undefined;
  }
}
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) execFileSync("umount", [m], { stdio: "ignore" });
});

describe("npm run build -- --output DIR writes only into a folder that is its own", () => {
  it.each([
    ["the articles folder", (root: string) => join(root, "articles")],
    ["the folder that holds the articles", (root: string) => root],
    ["a folder inside the articles", (root: string) => join(root, "articles", "situs")],
    ["a file", (root: string) => join(root, "README.md")],
    ["a folder with other files", (root: string) => join(root, "dokumen")],
  ])("refuses %s with exit 1, a reason, and changes nothing", async (_name, target) => {
    const { root, articles } = copySeedArchive();
    writeFileSync(join(root, "README.md"), "catatan\n");
    mkdirSync(join(root, "dokumen"));
    writeFileSync(join(root, "dokumen", "penting.txt"), "jangan dihapus\n");
    const before = snapshot(root);
    const r = await runCli("build", ["--output", target(root)], { ARSIP_ARTICLES_DIR: articles }, { cwd: root });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/Nothing was written\.\n$/);
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a link as the output folder and leaves the folder it points to whole", async () => {
    const { root, articles } = copySeedArchive();
    const www = join(root, "www");
    mkdirSync(www);
    writeFileSync(join(www, "CNAME"), "arsip.example.org\n");
    symlinkSync(www, join(root, "situs"));
    const r = await runCli("build", ["--output", join(root, "situs")], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is a link/);
    expect(readdirSync(www)).toEqual(["CNAME"]);
  });

  it("refuses an earlier build that someone put other files into, naming them", async () => {
    const { root, articles } = copySeedArchive();
    const out = join(root, "_site");
    expect((await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles })).status).toBe(0);
    writeFileSync(join(out, "skripsi.docx"), "jangan dihapus");
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/skripsi\.docx in it was put there by someone else/);
    expect(readFileSync(join(out, "skripsi.docx"), "utf8")).toBe("jangan dihapus");
    // a folder that only claims to be a build (a marker it did not write) is foreign too
    const fake = join(root, "palsu");
    mkdirSync(fake);
    writeFileSync(join(fake, MARKER), "");
    writeFileSync(join(fake, "catatan.txt"), "x");
    expect((await runCli("build", ["--output", fake], { ARSIP_ARTICLES_DIR: articles })).status).toBe(1);
    expect(readdirSync(fake).sort()).toEqual([MARKER, "catatan.txt"]);
  });

  it("sees through a link in the path: a new folder that would land inside the articles is refused", async () => {
    const { root, articles } = copySeedArchive();
    symlinkSync(articles, join(root, "tautan"));
    const r = await runCli("build", ["--output", join(root, "tautan", "situs")], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/inside the articles folder/);
    expect(existsSync(join(articles, "situs"))).toBe(false);
  });

  it("the live preview refuses a folder it did not write, and removes nothing there", async () => {
    const { root, articles } = copySeedArchive();
    const mine = join(root, "dokumen");
    mkdirSync(join(mine, "docs"), { recursive: true });
    writeFileSync(join(mine, "catatan.txt"), "x");
    writeFileSync(join(mine, "docs", "halaman.html"), "<p>milik saya</p>");
    const r = await runCli("start", ["--output", mine, "--articles", articles, "--no-code-watch"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no build of this archive wrote/);
    expect(listFiles(mine)).toEqual(["catatan.txt", "docs/halaman.html"]);
  });

  it("refuses the project folder itself", async () => {
    const r = await runCli("build", ["--output", "."], {}, { cwd: ROOT });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("holds the articles folder");
  });

  it("replaces an earlier build (marked), an empty folder, or creates a new one; the site is world-readable", async () => {
    const { root, articles } = copySeedArchive();
    const out = join(root, "situs");
    mkdirSync(out);
    const first = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles });
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(out, MARKER))).toBe(true);
    const again = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles });
    expect(again.status, again.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
    expect(statSync(join(out, "index.html")).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(statSync(join(out, "pagefind")).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it("removes staging folders that a killed build left behind, and only those", async () => {
    const { root, articles } = copySeedArchive();
    const out = join(root, "_site");
    const dead = join(root, ".build-_site-999999-AbC123");
    mkdirSync(dead);
    writeFileSync(join(dead, MARKER), "x");
    const deadOld = join(root, ".build-_site-999999-XyZ789-old");
    mkdirSync(deadOld);
    writeFileSync(join(deadOld, MARKER), "x");
    const foreign = join(root, ".build-_site-999999-NotOurs");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "milik-orang-lain.txt"), "x");
    const r = await runCli("build", ["--output", out], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(root).sort()).toEqual(["._site.arsip-pages.json", ".build-_site-999999-NotOurs", "_site", "articles"]);
  });

  it("refuses a mount point it cannot rename, leaves it unchanged and removes its staging folder", async () => {
    const mount = tmpfs("4m");
    if (mount === undefined) return;
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/kontan.md": VALID_ARTICLE });
    const r = await runCli("build", ["--output", mount], { ARSIP_ARTICLES_DIR: articles });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/could not be replaced \(EBUSY: it is a mount point/);
    expect(readdirSync(mount)).toEqual([]);
    expect(readdirSync(join(mount, "..")).filter((n) => n.startsWith(".build-"))).toEqual([]);
  });

  it("puts a failed swap back as it was (the rename that fails is the second one)", () => {
    const base = mkdtempSync(join(tmpdir(), "arsip-swap-"));
    const out = join(base, "_site");
    const staging = join(base, ".build-_site-1-x");
    mkdirSync(out);
    writeFileSync(join(out, "lama.html"), "lama");
    mkdirSync(staging);
    writeFileSync(join(staging, "baru.html"), "baru");
    let calls = 0;
    const rename = (from: string, to: string): void => {
      if (++calls === 2) throw Object.assign(new Error("busy"), { code: "EBUSY" });
      execFileSync("mv", [from, to]);
    };
    expect(() => swapIn(staging, out, rename)).toThrow(/could not be replaced/);
    expect(readdirSync(out)).toEqual(["lama.html"]);
    expect(readdirSync(base)).toEqual(["_site"]);
  });
});

describe("the editor's tools write a file whole or not at all", () => {
  it("writeFileAtomic leaves no partial file and no temporary file when the disk is full", () => {
    const mount = tmpfs("64k");
    if (mount === undefined) return;
    const target = join(mount, "artikel.md");
    expect(() => writeFileAtomic(target, "x".repeat(200_000), { exclusive: true })).toThrow(/ENOSPC/);
    expect(readdirSync(mount)).toEqual([]);
  });

  it("npm run import on a full disk says nothing was written, and nothing was", async () => {
    const mount = tmpfs("256k");
    if (mount === undefined) return;
    const articles = join(mount, "articles");
    mkdirSync(join(articles, "e"), { recursive: true });
    writeFileSync(join(articles, "tags.yaml"), FIXTURE_TAGS);
    writeFileSync(join(articles, "e", "index.md"), VALID_EVENT);
    // fill the disk, leaving less room than the article needs
    writeFileSync(join(mount, "pengisi"), Buffer.alloc(200 * 1024));
    const text = join(tmpdir(), `arsip-long-${process.pid}.txt`);
    writeFileSync(text, Array.from({ length: 120 }, (_, i) => `Paragraf ${i + 1}: ${"kata ".repeat(80)}`).join("\n\n"));
    const r = await runCli("import", [text, "--event", "e", "--articles", articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ENOSPC; nothing was written/);
    expect(readdirSync(join(articles, "e"))).toEqual(["index.md"]);
  });

  it("npm run import reads a slow, chunked pipe", async () => {
    const { articles } = copySeedArchive();
    const seed = readFileSync(join(ROOT, "tests/fixtures/seeds/004_8833bccfbd4694dd.txt"), "utf8");
    const r = await runProcess(
      "import",
      // --force: the seed text is the 2017 article already in the archive
      ["-", "--event", "2017-11-02-xi-jinping-balas-pesan-kim-jong-un", "--force", "--articles", articles],
      {},
      {
        input: (stdin) => {
          const half = Math.floor(seed.length / 2);
          setTimeout(() => stdin.write(seed.slice(0, half)), 700);
          setTimeout(() => stdin.end(seed.slice(half)), 1400);
        },
      },
    );
    expect(r.stderr).not.toContain("EAGAIN");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Written: ");
  });
});

describe("output is complete wherever it goes", () => {
  it("check --json through a pipe is whole and parseable past 64 KiB", async () => {
    const unused = Array.from({ length: 600 }, (_, i) => `tag-${i}:\n  label: Tag ${i}\n  kind: topik\n`).join("");
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS + unused, "e/index.md": VALID_EVENT, "e/kontan.md": VALID_ARTICLE });
    const r = await runProcess("check", ["--json", "--articles", articles]);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    const report = JSON.parse(r.stdout) as { warnings: unknown[]; summary: { warnings: number } };
    expect(report.warnings.length).toBe(report.summary.warnings);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(600);
    expect(r.status).toBe(0);
  });
});

describe("a build through the real script", () => {
  it("writes a site as the command line says, with the marker", async () => {
    const { articles } = makeArchive({ "tags.yaml": FIXTURE_TAGS, "e/index.md": VALID_EVENT, "e/kontan.md": VALID_ARTICLE });
    const r = await buildSite(articles);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(r.out, MARKER))).toBe(true);
  });
});
