/** What an import writes and prints: the article file, its id, the report. */
import { slugify, idProblem } from "../../content/ids.ts";
import { parseFrontmatter } from "../../content/frontmatter.ts";
import { msg, say, type Lang, type Msg } from "../../lib/messages/index.ts";
import { ARTICLE_FIELDS, articleSchema, validate } from "../../content/schema.ts";
import { writeFrontmatter } from "../../content/yaml.ts";
import type { ImportedFields, ImportResult } from "./types.ts";

/** The article file: frontmatter with the fields found (schema order), then the body. */
export function renderArticle(fields: ImportedFields, body: string): string {
  return `${writeFrontmatter(fields, ARTICLE_FIELDS)}${body}`;
}

/**
 * The article id: `--id` when given, else the outlet slugified (`warta-ekonomi`), else `artikel`,
 * with `-2`, `-3`, … when taken. `index` is the event's own file and never an article id.
 */
export function articleIdFor(outlet: string | undefined, taken: (id: string) => boolean): string {
  const slug = outlet === undefined ? "" : slugify(outlet);
  const base = slug !== "" && idProblem(slug) === null && slug !== "index" ? slug : "artikel";
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The report printed after an import, in the editor's language. */
export function formatReport(r: ImportResult, written: string, lang: Lang): string {
  const out: string[] = [];
  const line = (m: Msg): void => void out.push(say(m, lang));
  line(msg("report.found"));
  if (r.found.length === 0) out.push(`  ${say(msg("report.none"), lang)}`);
  for (const f of r.found)
    line(
      msg("report.found-line", { field: f.field, value: f.value, line: f.line, evidence: typeof f.evidence === "string" ? f.evidence : say(f.evidence, lang) }),
    );
  line(msg("report.removed", { count: r.removed.length }));
  for (const l of r.removed) line(msg("report.removed-line", { line: l.line, reason: l.reason, text: l.text }));
  if (r.subheadings.length > 0) {
    line(msg("report.subheadings", { count: r.subheadings.length }));
    for (const s of r.subheadings) line(msg("report.subheading-line", { line: s.line, text: s.text }));
  }
  line(msg("report.tags", { count: r.tags.suggested.length, tags: r.tags.suggested.join(", ") }));
  if (r.tags.onEvent.length > 0) line(msg("report.tags-on-event", { tags: r.tags.onEvent.join(", ") }));
  line(msg("report.dates", { none: r.eventDates.length === 0 }));
  for (const d of r.eventDates) line(msg("report.date-line", { iso: d.iso, line: d.line, text: d.text }));
  line(msg("report.periksa", { count: r.periksa.length }));
  for (const p of r.periksa) out.push(`  - ${p.field}: ${say(p.note, lang)}`);
  line(msg("report.written", { file: written }));
  return `${out.join("\n")}\n`;
}

/** What is wrong with an article file's text by the archive's own rules (frontmatter and schema); none when it is valid. */
export function articleFileProblems(content: string, file: string): Msg[] {
  const parsed = parseFrontmatter(content);
  if (!parsed.ok) return parsed.problems;
  const valid = validate(articleSchema, parsed.file.data, { file, lineOf: parsed.file.lineOf }, ARTICLE_FIELDS);
  return valid.ok ? [] : valid.problems;
}
