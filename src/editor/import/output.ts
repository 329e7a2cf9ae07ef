/** What an import writes and prints: the article file, its id, the report. */
import { slugify, idProblem } from "../../content/ids.ts";
import { parseFrontmatter } from "../../content/frontmatter.ts";
import { formatProblem } from "../../content/problems.ts";
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

/** The report printed after an import. */
export function formatReport(r: ImportResult, written: string): string {
  const out: string[] = [];
  out.push("Fields found:");
  if (r.found.length === 0) out.push("  (none)");
  for (const f of r.found) out.push(`  ${`${f.field}:`.padEnd(11)} ${f.value}   (line ${f.line}: ${f.evidence})`);
  out.push(`Lines removed (${r.removed.length}):`);
  for (const l of r.removed) out.push(`  line ${l.line} [${l.reason}] ${l.text}`);
  if (r.subheadings.length > 0) {
    out.push(`Subheadings (${r.subheadings.length}):`);
    for (const s of r.subheadings) out.push(`  line ${s.line}: ## ${s.text}`);
  }
  out.push(`Tags suggested (${r.tags.suggested.length}, written to tags:; remove those that do not fit): ${r.tags.suggested.join(", ") || "(none)"}`);
  if (r.tags.onEvent.length > 0) out.push(`  also matched, already on the event (not repeated): ${r.tags.onEvent.join(", ")}`);
  out.push(`Candidate event dates (mentioned in the text, not the publication date):${r.eventDates.length === 0 ? " (none)" : ""}`);
  for (const d of r.eventDates) out.push(`  ${d.iso}   (line ${d.line}: ${d.text})`);
  out.push(`Periksa (to check, ${r.periksa.length}):`);
  for (const p of r.periksa) out.push(`  - ${p}`);
  out.push(`Written: ${written}`);
  return `${out.join("\n")}\n`;
}

/** What is wrong with an article file's text by the archive's own rules (frontmatter and schema), as message lines; none when it is valid. */
export function articleFileProblems(content: string, file: string): string[] {
  const parsed = parseFrontmatter(content);
  if (!parsed.ok) return parsed.problems.map((p) => p.message);
  const valid = validate(articleSchema, parsed.file.data, { file, lineOf: parsed.file.lineOf }, ARTICLE_FIELDS);
  return valid.ok ? [] : valid.problems.map(formatProblem);
}
