/** The synthetic archive generator (issue 7): deterministic, exact, realistic in shape, and valid. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CalendarDate, Instant } from "../../src/content/dates.ts";
import { DATE_MAX, DATE_MIN, generateArchive, MAX_ARTICLES_PER_EVENT, type GenerateResult } from "../../src/perf/generate.ts";
import { ID_PATTERN } from "../../src/content/ids.ts";
import { loadArchive } from "../../src/content/loader.ts";
import type { Archive } from "../../src/content/model.ts";
import { TAG_KINDS } from "../../src/content/schema.ts";
import { renderMarkdown } from "../../src/site/markdown.ts";
import { listFiles, runCli, type RunResult } from "../support/helpers.ts";
import { en } from "../support/helpers.ts";

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "arsip-gen-test-"));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function treeHash(dir: string): string {
  const h = createHash("sha256");
  for (const f of listFiles(dir)) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(dir, f)));
    h.update("\0");
  }
  return h.digest("hex");
}

/** article files (every .md except index.md) per event folder */
function articleFiles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    out.set(
      e.name,
      readdirSync(join(dir, e.name)).filter((f) => f.endsWith(".md") && f !== "index.md"),
    );
  }
  return out;
}

function generate(articles: number, seed?: number): { out: string; result: GenerateResult } {
  const out = join(tempDir(), "articles");
  return { out, result: generateArchive({ articles, out, ...(seed !== undefined && { seed }) }) };
}

function load(out: string): Archive {
  const { archive, problems } = loadArchive(out);
  expect(problems.map((p) => `${p.file}:${p.line ?? ""} ${p.field ?? ""} ${en(p)}`)).toEqual([]);
  expect(archive).toBeDefined();
  return archive as Archive;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const dayOf = (p: CalendarDate | Instant): string => (p.kind === "date" ? p.iso : p.day.iso);

describe("generateArchive", () => {
  it("gives byte-identical output for the same articles and seed, and different output for another seed", () => {
    const a = generate(150, 5);
    const b = generate(150, 5);
    const c = generate(150, 6);
    expect(listFiles(a.out).length).toBe(a.result.files);
    expect(treeHash(a.out)).toBe(treeHash(b.out));
    expect(b.result).toEqual(a.result);
    expect(treeHash(c.out)).not.toBe(treeHash(a.out));
  });

  it.each([
    [1, 1],
    [50, 2],
    [200, 7],
  ])("writes a valid archive of exactly %i articles (seed %i)", (n, seed) => {
    const { out, result } = generate(n, seed);
    const files = articleFiles(out);
    const count = [...files.values()].reduce((k, list) => k + list.length, 0);
    expect(count).toBe(n);
    expect(result.articles).toBe(n);
    expect(result.events).toBe(files.size);
    expect(result.files).toBe(listFiles(out).length);
    const archive = load(out);
    expect(archive.articleCount + archive.drafts.articles).toBe(n);
    expect(archive.events.length + archive.drafts.events).toBe(result.events);
    expect(archive.drafts.articles).toBe(result.drafts);
    expect(archive.tags.length).toBe(result.tags);
  });

  describe("at 3,000 articles", () => {
    let out = "";
    let result: GenerateResult;
    let archive: Archive;
    let files: Map<string, string[]>;

    beforeAll(() => {
      ({ out, result } = generate(3000));
      archive = load(out);
      files = articleFiles(out);
    });

    it("writes exactly 3,000 article files in events of 1 to 12 articles, about 3 on average", () => {
      const sizes = [...files.values()].map((l) => l.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(3000);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_ARTICLES_PER_EVENT);
      expect(Math.max(...sizes)).toBeGreaterThanOrEqual(8); // the tail is there, not a constant 3
      const mean = 3000 / files.size;
      expect(mean).toBeGreaterThan(2.7);
      expect(mean).toBeLessThan(3.3);
      expect(result.events).toBe(files.size);
    });

    it("is valid, with about 2% of the articles and 1% of the events as drafts", () => {
      expect(archive.articleCount + archive.drafts.articles).toBe(3000);
      expect(archive.drafts.articles).toBe(result.drafts);
      expect(archive.drafts.articles / 3000).toBeGreaterThan(0.008);
      expect(archive.drafts.articles / 3000).toBeLessThan(0.04);
      expect(archive.drafts.events / result.events).toBeGreaterThan(0.002);
      expect(archive.drafts.events / result.events).toBeLessThan(0.03);
    });

    it("uses unique valid event ids that start with the event's date", () => {
      const ids = archive.events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of archive.events) {
        expect(e.id).toMatch(ID_PATTERN);
        expect(e.id.startsWith(`${e.date.iso}-`)).toBe(true);
      }
    });

    it("has 40 to 80 tags of all four kinds, used with a strong skew", () => {
      expect(archive.tags.length).toBeGreaterThanOrEqual(40);
      expect(archive.tags.length).toBeLessThanOrEqual(80);
      expect(new Set(archive.tags.map((t) => t.kind))).toEqual(new Set(TAG_KINDS));
      const uses = archive.tags.map((t) => t.events.length);
      expect(Math.max(...uses)).toBeGreaterThanOrEqual(5 * median(uses));
      expect(median(uses)).toBeGreaterThan(0);
    });

    it("has article bodies of about 600 words, with headings, quotes and links", () => {
      const words = archive.events.flatMap((e) =>
        e.articles.map(
          (a) =>
            renderMarkdown(a.body)
              .replace(/<[^>]*>/g, " ")
              .split(/\s+/)
              .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
        ),
      );
      const mean = words.reduce((a, b) => a + b, 0) / words.length;
      expect(mean).toBeGreaterThanOrEqual(500);
      expect(mean).toBeLessThanOrEqual(700);
      expect(Math.max(...words) / Math.min(...words)).toBeGreaterThan(3); // lengths vary
      const html = archive.events.flatMap((e) => e.articles.map((a) => renderMarkdown(a.body))).join("\n");
      expect(html).toContain("<h3>");
      expect(html).toContain("<blockquote>");
      expect(html).toMatch(/<a href="https:\/\/contoh\.example\/[^"]+" rel="external noopener noreferrer">/);
      expect(html).toMatch(/Korea Utara/);
    });

    it("spreads dates over 1990–2026 and publishes articles on or after their event's day", () => {
      const days = archive.events.map((e) => e.date.iso).sort();
      expect(days[0]! >= DATE_MIN).toBe(true);
      expect(days[days.length - 1]! <= DATE_MAX).toBe(true);
      const years = new Set(days.map((d) => d.slice(0, 4)));
      expect(years.has("1990") || years.has("1991")).toBe(true);
      expect(years.has("2025") || years.has("2026")).toBe(true);
      expect(years.size).toBeGreaterThan(30);
      for (const e of archive.events) {
        for (const a of e.articles) {
          if (!a.published) continue;
          const day = dayOf(a.published);
          expect(day >= DATE_MIN && day <= DATE_MAX).toBe(true);
          expect(day >= e.date.iso).toBe(true);
        }
      }
    });

    it("mixes the optional fields", () => {
      const articles = archive.events.flatMap((e) => e.articles);
      const share = (f: (a: (typeof articles)[number]) => boolean): number => articles.filter(f).length / articles.length;
      const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== undefined));
      expect(outlets.size).toBeGreaterThanOrEqual(20);
      expect(share((a) => a.outlet === undefined)).toBeGreaterThan(0.01);
      for (const f of [
        (a: (typeof articles)[number]) => a.url !== undefined,
        (a: (typeof articles)[number]) => a.author !== undefined,
        (a: (typeof articles)[number]) => a.editor !== undefined,
        (a: (typeof articles)[number]) => a.via !== undefined,
        (a: (typeof articles)[number]) => a.title !== undefined,
      ]) {
        const s = share(f);
        expect(s).toBeGreaterThan(0.1);
        expect(s).toBeLessThan(0.95);
      }
      expect(share((a) => a.published === undefined)).toBeGreaterThan(0.02);
      expect(share((a) => a.published?.kind === "date")).toBeGreaterThan(0.1);
      expect(share((a) => a.published?.kind === "datetime" && a.published.zoneAssumed)).toBeGreaterThan(0.05);
      expect(share((a) => a.published?.kind === "datetime" && !a.published.zoneAssumed)).toBeGreaterThan(0.05);
      expect(share((a) => a.tags.length > 0)).toBeGreaterThan(0.3);
      expect(archive.events.filter((e) => e.place !== undefined).length).toBeGreaterThan(0);
    });
  });

  it("rejects a count below 1", () => {
    expect(() => generateArchive({ articles: 0, out: join(tempDir(), "x") })).toThrow(/at least 1/);
  });
});

describe("npm run generate", () => {
  const run = (args: string[]): Promise<RunResult> => runCli("generate", args);

  it("writes the archive and prints a one-line summary", async () => {
    const out = join(tempDir(), "arsip");
    const r = await run(["--articles", "20", "--out", out, "--seed", "3"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/20 articles/);
    const count = [...articleFiles(out).values()].reduce((k, l) => k + l.length, 0);
    expect(count).toBe(20);
    // the same as the library with the same seed
    const lib = generate(20, 3);
    expect(treeHash(out)).toBe(treeHash(lib.out));
  });

  it("refuses a non-empty folder without --force and changes nothing; --force replaces its contents", async () => {
    const out = join(tempDir(), "arsip");
    mkdirSync(out);
    writeFileSync(join(out, "catatan.txt"), "jangan dihapus");
    const refused = await run(["--articles", "5", "--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);
    expect(listFiles(out)).toEqual(["catatan.txt"]);

    const forced = await run(["--articles", "5", "--out", out, "--force"]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(existsSync(join(out, "catatan.txt"))).toBe(false);
    expect(treeHash(out)).toBe(treeHash(generate(5).out));
  });

  it("will not empty a git repository even with --force", async () => {
    const out = join(tempDir(), "repo");
    mkdirSync(join(out, ".git"), { recursive: true });
    const r = await run(["--articles", "5", "--out", out, "--force"]);
    expect(r.status).toBe(1);
    expect(existsSync(join(out, ".git"))).toBe(true);
    expect(listFiles(out)).toEqual([]);
  });

  it.each([
    [["--out", "OUT"], /--articles is required/],
    [["--articles", "ten", "--out", "OUT"], /whole number of at least 1/],
    [["--articles", "5", "--out", "OUT", "--colour"], /Unknown option "--colour"/],
  ])("exits 2 on bad usage and writes nothing: %j", async (args, message) => {
    const out = join(tempDir(), "arsip");
    const r = await run(args.map((a) => (a === "OUT" ? out : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage: npm run generate/);
    expect(existsSync(out)).toBe(false);
  });
});
