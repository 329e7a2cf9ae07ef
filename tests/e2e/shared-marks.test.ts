/**
 * "An archive never presents words the source did not print as if it had": on the built 2021 event
 * page, every <mark> covers only words that the other articles it names print identically (recomputed
 * here from the markdown files, compared without case or punctuation), and "Kutipan bersama" shows
 * each outlet's own wording of the KCNA statement, credited to that outlet alone.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/content/frontmatter.ts";
import { PASSAGE_WORDS } from "../../src/site/shared-passages.ts";
import { readPage, SEED_ARTICLES, seedSite } from "../support/helpers.ts";

const EVENT = "2021-03-22-kim-xi-bertukar-pesan";
const words = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w);
/** The text of some HTML, without the annotations of shared words (the brackets for text browsers, the links to the same words elsewhere). */
const decode = (html: string): string =>
  html
    .replace(/<sup class="sama"[\s\S]*?<\/sup>|<span class="cue"[^>]*>.<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
function articleWords(id: string): string[] {
  const r = parseFrontmatter(readFileSync(join(SEED_ARTICLES, EVENT, `${id}.md`), "utf8"));
  if (!r.ok) throw new Error(id);
  return words(r.file.body);
}
/** Whether `run` occurs, word for word, in `text`. */
const occurs = (run: readonly string[], text: readonly string[]): boolean => {
  outer: for (let s = 0; s + run.length <= text.length; s++) {
    for (let k = 0; k < run.length; k++) if (text[s + k] !== run[k]) continue outer;
    return true;
  }
  return false;
};

describe("what outlets share, word for word", () => {
  const page = readPage(seedSite(), `peristiwa/${EVENT}/index.html`);
  const sections = [...page.matchAll(/<article class="article" id="([^"]+)"[\s\S]*?<\/article>/g)].map((m) => ({ id: m[1] ?? "", html: m[0] }));

  it("marks only words the named articles print identically", () => {
    expect(sections.map((s) => s.id)).toEqual(["kontan", "warta-ekonomi"]);
    let checked = 0;
    for (const { id, html } of sections) {
      for (const m of html.matchAll(/<mark class="bersama" data-liputan-bersama="([^"]+)">([\s\S]*?)<\/mark>/g)) {
        const run = words(decode(m[2] ?? ""));
        for (const other of (m[1] ?? "").split(" ")) {
          const text = articleWords(other);
          // every word of the mark lies in a window of the mark (PASSAGE_WORDS long, or the whole mark if shorter) printed alike in the other text
          const width = Math.min(PASSAGE_WORDS, run.length);
          const covered = run.map(() => false);
          for (let s = 0; s + width <= run.length; s++) if (occurs(run.slice(s, s + width), text)) for (let k = s; k < s + width; k++) covered[k] = true;
          expect(covered.every(Boolean), `${id} → ${other}: "${run.join(" ")}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("names after each run of shared words the outlet that prints them, linking to the same words in its text", () => {
    const outletOf: Record<string, string> = { kontan: "Kontan", "warta-ekonomi": "Warta Ekonomi" };
    // every run: its anchor, its article, its words, the articles it names and where its links go
    const runs = new Map<string, { article: string; words: string[]; named: string[]; links: { href: string; label: string }[] }>();
    for (const { id, html } of sections)
      for (const m of html.matchAll(
        /<span id="(sama_[^"]+)"[^>]*><\/span><mark class="bersama" data-liputan-bersama="([^"]+)">([\s\S]*?)<\/mark>(<sup class="sama"[\s\S]*?<\/sup>)/g,
      ))
        runs.set(m[1] ?? "", {
          article: id,
          words: words(decode(m[3] ?? "")),
          named: (m[2] ?? "").split(" "),
          links: [...(m[4] ?? "").matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((l) => ({ href: l[1] ?? "", label: l[2] ?? "" })),
        });
    expect(runs.size).toBe(12);
    for (const [anchor, run] of runs) {
      // one link per article the run names, labelled with that article's outlet
      expect(
        run.links.map((l) => l.label),
        anchor,
      ).toEqual(run.named.map((a) => outletOf[a]));
      for (const link of run.links) {
        const there = runs.get(link.href);
        expect(there?.article, `${anchor} → ${link.href}`).toBe(run.named[run.links.indexOf(link)]);
        // the linked run prints the same words: a window of PASSAGE_WORDS (or the shorter run whole) in common
        const width = Math.min(PASSAGE_WORDS, run.words.length);
        const same = run.words.some((_, s) => s + width <= run.words.length && occurs(run.words.slice(s, s + width), there?.words ?? []));
        expect(same, `${anchor} → ${link.href}`).toBe(true);
        // and links back
        expect(there?.links.map((l) => l.href)).toContain(anchor);
      }
    }
  });

  it("shows text browsers where shared words begin and end, and which outlet prints them too", () => {
    const r = spawnSync("lynx", ["-dump", "-nolist", "-width=200", "-display_charset=utf-8", join(seedSite(), `peristiwa/${EVENT}/index.html`)], {
      encoding: "utf8",
    });
    if (r.error) {
      if (process.env.CI === "true") throw r.error;
      return;
    }
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "⟦menyerukan persatuan dan kerja sama yang lebih kuat dengan China dalam menghadapi tantangan yang ditimbulkan oleh kekuatan musuh⟧^(sama dengan Warta Ekonomi)",
    );
  });

  it("does not mark the words in which the two wordings of the KCNA statement differ", () => {
    const warta = sections.find((s) => s.id === "warta-ekonomi")?.html ?? "";
    const marked = [...warta.matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map((m) => decode(m[1] ?? "")).join(" | ");
    expect(decode(warta)).toContain("tantangan serba guna");
    expect(marked).not.toMatch(/serba guna/);
  });

  it("lists each outlet's own wording of a statement relayed in other words, with the differing words told apart", () => {
    const quotes = page.slice(page.indexOf('id="kutipan_bersama"'), page.indexOf("</section>", page.indexOf('id="kutipan_bersama"')));
    const wordings = [...quotes.matchAll(/<li><q>([\s\S]*?)<\/q> — ([\s\S]*?)<\/li>/g)].map((m) => ({ quote: m[1] ?? "", by: decode(m[2] ?? "") }));
    const kontan = wordings.find((w) => w.by === "Kontan" && /kekuatan musuh/.test(w.quote));
    const warta = wordings.find((w) => w.by === "Warta Ekonomi" && /kekuatan musuh/.test(w.quote));
    expect(decode(kontan?.quote ?? "")).toContain("mengatasi tantangan dan langkah-langkah untuk menghalangi kekuatan musuh");
    expect(decode(warta?.quote ?? "")).toContain("mengatasi tantangan serba guna dan langkah-langkah yang menghalangi kekuatan musuh");
    expect(warta?.quote).toContain('<span class="beda">serba guna</span>');
    expect(kontan?.quote).toContain('<span class="beda">untuk</span> menghalangi');
    // each wording is exactly what its outlet printed
    for (const [w, file] of [
      [kontan, "kontan"],
      [warta, "warta-ekonomi"],
    ] as const)
      expect(occurs(words(decode(w?.quote ?? "")), articleWords(file))).toBe(true);
    // an identical quotation stays one wording credited to both
    expect(wordings.find((w) => decode(w.quote) === "aset berharga")?.by).toBe("Kontan, Warta Ekonomi");
  });
});
