/** The message catalogue (src/lib/messages/): every message in both languages, and the language switch. */
import { describe, expect, it } from "vitest";
import { langOf, MESSAGES, msg, say } from "../../src/lib/messages/index.ts";
import { formatProblem, problem } from "../../src/content/problems.ts";
import { previewUrl } from "../../src/perf/processes.ts";

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
