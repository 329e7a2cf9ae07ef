/** The message catalogue (src/lib/messages/): every message in both languages, and the language switch. */
import { describe, expect, it } from "vitest";
import { langOf, MESSAGES, msg, say } from "../../src/lib/messages/index.ts";
import { formatProblem, problem } from "../../src/content/problems.ts";
import { previewUrl } from "../../src/perf/processes.ts";
import { isPort, parseArgsOptions, usageText, type CommandSpec } from "../../src/lib/options.ts";

/**
 * A stand-in for any message's parameters: every property, call and conversion gives another
 * stand-in that prints as `⟨name⟩`, so every template can be rendered without knowing its fields.
 */
function anything(name = "x"): unknown {
  const target = (): undefined => undefined;
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => `⟨${name}⟩` : anything(`${name}.${String(key)}`)),
    apply: () => anything(`${name}()`),
  });
}

describe("the message catalogue", () => {
  const entries = Object.entries(MESSAGES) as [
    string,
    { id: (p: unknown, sub: (m: unknown) => string) => string; en: (p: unknown, sub: (m: unknown) => string) => string },
  ][];

  it("holds every message in Indonesian and in English, each its own text", () => {
    expect(entries.length).toBeGreaterThan(150);
    const missing: string[] = [];
    for (const [code, e] of entries) {
      const id = e.id(anything(), (m) => `${String(m)} (id)`);
      const en = e.en(anything(), (m) => `${String(m)} (en)`);
      if (typeof id !== "string" || id.trim() === "") missing.push(`${code}: no Indonesian text`);
      if (typeof en !== "string" || en.trim() === "") missing.push(`${code}: no English text`);
      // a text left untranslated reads the same in both (cli.lines only joins other messages, each in its language);
      // a nested message renders in the language of the one it is part of
      if (id === en && code !== "cli.lines") missing.push(`${code}: the Indonesian text is the English one`);
    }
    expect(missing).toEqual([]);
  });

  it("gives every code one entry: no two area files of the catalogue use the same code", async () => {
    const areas = await Promise.all(["archive", "build", "cli", "content", "editor", "report", "tools"].map((a) => import(`../../src/lib/messages/${a}.ts`)));
    const codes = areas.flatMap((m: Record<string, object>) => Object.values(m).flatMap((catalogue) => Object.keys(catalogue)));
    expect(codes.length).toBe(new Set(codes).size);
    expect(codes.length).toBe(Object.keys(MESSAGES).length);
  });

  it("gives each code its message in both languages, and a problem carries the code", () => {
    const m = msg("tags.twice", { tag: "nuklir" });
    expect(m).toEqual({ code: "tags.twice", params: { tag: "nuklir" } });
    expect([say(m, "en"), say(m, "id")]).toEqual(['"nuklir" is listed twice', '"nuklir" tercantum dua kali']);
    const p = problem("warning", "articles/e/a.md", m, 4, "tags[1]");
    expect(formatProblem(p, "id")).toBe('peringatan: articles/e/a.md:4 tags[1]: "nuklir" tercantum dua kali');
    expect(formatProblem(p, "en")).toBe('warning: articles/e/a.md:4 tags[1]: "nuklir" is listed twice');
  });

  it("speaks Indonesian unless ARSIP_LANG asks for English", () => {
    expect(langOf({})).toBe("id");
    expect(langOf({ ARSIP_LANG: "" })).toBe("id");
    expect(langOf({ ARSIP_LANG: "id" })).toBe("id");
    expect(langOf({ ARSIP_LANG: "fr" })).toBe("id");
    expect(langOf({ ARSIP_LANG: "en" })).toBe("en");
    expect(langOf({ ARSIP_LANG: "EN" })).toBe("en");
    expect(langOf({ ARSIP_LANG: "en_US.UTF-8" })).toBe("en");
    expect(say(msg("field.empty"), "id")).toBe("tidak boleh kosong");
  });

  it("lets the benchmark find the preview's address in either language", () => {
    for (const lang of ["id", "en"] as const)
      expect(previewUrl(`${say(msg("preview.ready", { url: "http://127.0.0.1:8081/" }), lang)}\n`)).toBe("http://127.0.0.1:8081/");
  });
});

describe("a command's options table (src/lib/options.ts)", () => {
  const spec = {
    name: "npm run x",
    args: { id: "<teks>", en: "<text>" },
    options: {
      event: { type: "string", required: true, value: { id: "<id>", en: "<id>" }, help: { id: "peristiwanya", en: "the event" } },
      force: { type: "boolean", help: { id: "paksa", en: "force it" } },
    },
    notes: { id: "Catatan.", en: "A note." },
  } as const satisfies CommandSpec;

  it("gives the usage text in each language: the synopsis, one line per option, the notes", () => {
    expect(usageText(spec, "en")).toBe("Usage: npm run x -- <text> --event <id> [--force]\n  --event   the event\n  --force   force it\nA note.");
    expect(say(msg("cli.usage", { spec }), "id")).toBe(
      "Pemakaian: npm run x -- <teks> --event <id> [--force]\n  --event   peristiwanya\n  --force   paksa\nCatatan.",
    );
  });

  it("gives parseArgs the same options", () => {
    expect(parseArgsOptions(spec)).toEqual({ event: { type: "string" }, force: { type: "boolean" } });
  });

  it("has one port rule", () => {
    expect(["0", "1", "8080", "65535"].map((p) => isPort(p, 0))).toEqual([true, true, true, true]);
    expect(["0", "65536", "-1", "80a", ""].map((p) => isPort(p, 1))).toEqual([false, false, false, false, false]);
  });
});
