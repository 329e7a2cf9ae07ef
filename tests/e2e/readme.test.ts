/**
 * The editor's guide (docs/panduan-editor.md) "Langkah demi langkah" run word for word on a copy of
 * the project's articles and examples: every command exits 0, prints what the guide shows, and the
 * new article ends up on its event page. Then its "Jika check menemukan kesalahan" examples: each
 * mistake made in a file, and check printing exactly the lines the guide shows.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/helpers.ts";

const GUIDE = readFileSync(join(ROOT, "docs", "panduan-editor.md"), "utf8");
const between = (from: string, to: string): string => GUIDE.slice(GUIDE.indexOf(from), GUIDE.indexOf(to));

/** The fenced blocks of a section, in order, with their language. */
const blocksOf = (section: string) => [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", text: m[2] ?? "" }));

/** Split a shell line into words: double quotes group, a backslash-newline continues the line. */
function words(line: string): string[] {
  const out: string[] = [];
  let word = "";
  let quoted = false;
  let started = false;
  for (const ch of line.replace(/\\\n\s*/g, " ")) {
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (started) out.push(word);
      word = "";
      started = false;
    } else {
      word += ch;
      started = true;
    }
  }
  if (started) out.push(word);
  return out;
}

/** A copy of the project's articles and examples, as a fresh clone has them. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "arsip-guide-"));
  cpSync(join(ROOT, "articles"), join(root, "articles"), { recursive: true });
  cpSync(join(ROOT, "examples"), join(root, "examples"), { recursive: true });
  return root;
}

describe("the editor's guide", () => {
  it("runs as written: each command exits 0 and prints what the guide shows, and the article is on its event page", async () => {
    const blocks = blocksOf(between("## Langkah demi langkah", "## Kolom-kolom"));
    // each command, with the output block that follows it
    const commands = blocks.flatMap((b) => (b.lang === "sh" ? [b.text.trim()] : []));
    const outputs = blocks.flatMap((b, i) => (b.lang === "sh" ? [blocks[i + 1]?.lang === "" ? (blocks[i + 1]?.text ?? "") : ""] : []));
    expect(commands.map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual(["npm run new", "npm run import", "npm run check"]);
    const root = project();
    for (const [i, command] of commands.entries()) {
      const [npm, run, script, dashes, ...args] = words(command);
      expect([npm, run]).toEqual(["npm", "run"]);
      if (dashes !== undefined) expect(dashes).toBe("--");
      // the editor's own language: no ARSIP_LANG
      const r = await runCli(script as "new" | "import" | "check", args, { ARSIP_LANG: "" }, { cwd: root });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      const shown = outputs[i] ?? "";
      // what the guide shows is what the command prints (the check's time aside)
      if (script === "check") expect(r.stdout.replace(/\d+,\d\d dtk/, "0,31 dtk")).toBe(shown);
      else expect(r.stdout).toBe(shown);
    }
    // the import refused a second time, as the guide shows
    const again = await runCli("import", ["examples/teks-berita.txt", "--event", "2026-11-30-contoh-impor"], { ARSIP_LANG: "" }, { cwd: root });
    expect(again.status).toBe(1);
    expect(blocks.some((b) => b.lang === "" && b.text === again.stderr)).toBe(true);
    const out = join(root, "_site");
    const built = await runCli("build", ["--output", out], { ARSIP_LANG: "" }, { cwd: root });
    expect(built.status, built.stderr).toBe(0);
    const page = join(out, "peristiwa", "2026-11-30-contoh-impor", "index.html");
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain("Setiap paragraf disalin apa adanya, satu paragraf per baris");
  });

  it("shows exactly what check prints for each mistake it explains", async () => {
    const shown = blocksOf(between("## Jika `check` menemukan kesalahan", "Pesan lain yang mungkin muncul")).map((b) => b.text);
    expect(shown).toHaveLength(4);
    const event = "2026-11-30-contoh-impor";
    // the mistakes the examples show, each in an archive of its own
    const mistakes: Record<string, string>[] = [
      { [`${event}/index.md`]: "---\ntitle: Kim Jong Un ke Beijing: Bertemu Xi\ndate: 2026-11-30\nsummary: Ringkasan.\n---\n" },
      { "2021-03-22-kim-xi-bertukar-pesan/kontan.md": "" },
      { [`${event}/index.md`]: "---\ntitle: Kim Jong Un ke Beijing\ndate: 2026-11-30\nplace: Beijing\n---\n" },
      { [`${event}/index.md`]: "---\ntitle: Kim Jong Un ke Beijing\ndate: 2026-11-30\nsumary: Ringkasan.\n---\n" },
    ];
    for (const [i, files] of mistakes.entries()) {
      const root = project();
      for (const [file, text] of Object.entries(files)) {
        const path = join(root, "articles", file);
        mkdirSync(join(path, ".."), { recursive: true });
        if (text !== "") writeFileSync(path, text);
        // the hand-typed tag of the second example, in the real article
        else writeFileSync(path, readFileSync(path, "utf8").replace("tags: [antony-blinken,", "tags: [kim-jongun,"));
      }
      if (files[`${event}/index.md`] !== undefined) writeFileSync(join(root, "articles", event, "kontan.md"), "---\noutlet: Kontan\n---\nIsi.\n");
      const r = await runCli("check", [], { ARSIP_LANG: "" }, { cwd: root });
      expect(r.status).toBe(1);
      expect(
        r.stderr
          .split("\n")
          .filter((l) => l !== "" && !l.startsWith("peringatan") && !/^\d+ masalah ditemukan/.test(l))
          .join("\n"),
        r.stderr,
      ).toBe(shown[i]?.trimEnd());
    }
  });
});
