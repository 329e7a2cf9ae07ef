/**
 * The README's "Step by step, as an editor works" run word for word on a copy of the project's
 * articles and examples: every command exits 0, prints what the README shows, and the new article
 * ends up on its event page.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/helpers.ts";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const SECTION = README.slice(README.indexOf("### Step by step, as an editor works"), README.indexOf("### When `check` finds a mistake"));

/** The fenced blocks of the section, in order, with their language. */
const blocks = [...SECTION.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", text: m[2] ?? "" }));

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

describe("the README's editor walk-through", () => {
  it("runs as written: each command exits 0 and prints what the README shows, and the article is on its event page", async () => {
    // each command, with the output block that follows it
    const commands = blocks.flatMap((b) => (b.lang === "sh" ? [b.text.trim()] : []));
    const outputs = blocks.flatMap((b, i) => (b.lang === "sh" ? [blocks[i + 1]?.lang === "" ? (blocks[i + 1]?.text ?? "") : ""] : []));
    expect(commands.map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual(["npm run new", "npm run import", "npm run check"]);
    const root = mkdtempSync(join(tmpdir(), "arsip-readme-"));
    cpSync(join(ROOT, "articles"), join(root, "articles"), { recursive: true });
    cpSync(join(ROOT, "examples"), join(root, "examples"), { recursive: true });
    for (const [i, command] of commands.entries()) {
      const [npm, run, script, dashes, ...args] = words(command);
      expect([npm, run]).toEqual(["npm", "run"]);
      if (dashes !== undefined) expect(dashes).toBe("--");
      // the editor's own language: no ARSIP_LANG
      const r = await runCli(script as "new" | "import" | "check", args, { ARSIP_LANG: "" }, { cwd: root });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      const shown = outputs[i] ?? "";
      // what the README shows is what the command prints (the check's time aside)
      if (script === "check") expect(r.stdout.replace(/\d+,\d\d dtk/, "0,31 dtk")).toBe(shown);
      else expect(r.stdout).toBe(shown);
    }
    const out = join(root, "_site");
    const built = await runCli("build", ["--output", out], { ARSIP_LANG: "" }, { cwd: root });
    expect(built.status, built.stderr).toBe(0);
    const page = join(out, "peristiwa", "2026-11-30-contoh-impor", "index.html");
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain("Setiap paragraf disalin apa adanya, satu paragraf per baris");
  });
});
