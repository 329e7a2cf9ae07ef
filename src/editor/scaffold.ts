/**
 * Scaffolding: the text of a new event `index.md` or article `<id>.md`, with every field named
 * and explained in Indonesian YAML comments; optional fields are present as comments so the
 * editor can uncomment them. Pure: src/cli/new.ts checks the folders and writes the files.
 *
 * Decision: a scaffold passes `npm run check` only once it holds what only the editor can supply,
 * so that a half-finished file can never be published by accident.
 * - An event created with --title, --date and --summary passes once it has an article (a published
 *   event without one is refused). Without --summary it is written with an empty `summary:`, which fails with
 *   `summary: may not be empty` (file and line named) until the summary is written.
 * - An article always fails at first with "the article text is empty; paste the article below
 *   the closing ---" because its body is empty; there is no placeholder text that could slip
 *   onto the site. Commented-out text fields have empty values, so uncommenting one without filling
 *   it is an error too, never a silent placeholder.
 */
import { msg, type Msg } from "../lib/messages/index.ts";
import { parseDate } from "../content/dates.ts";
import { idProblem } from "../content/ids.ts";
import { ARTICLE_TABLE, EVENT_TABLE, type FieldTable } from "../content/fields.ts";
import { yamlString } from "../content/yaml.ts";

export { yamlString } from "../content/yaml.ts";

export interface EventOptions {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  place?: string;
  summary?: string;
}

export interface ArticleOptions {
  eventId: string;
  outlet?: string;
}

/** Problems with the values given on the command line, before anything is written. */
export function eventOptionProblems(id: string, o: EventOptions): Msg[] {
  const problems: Msg[] = [];
  const bad = idProblem(id);
  if (bad) problems.push(msg("new.option-value", { name: "event id", problem: bad }));
  problems.push(...textProblems("--title", o.title, true));
  const d = parseDate(o.date);
  if (!d.ok) problems.push(msg("new.option-value", { name: "--date", problem: d.problem }));
  if (o.place !== undefined) problems.push(...textProblems("--place", o.place, true));
  if (o.summary !== undefined) problems.push(...textProblems("--summary", o.summary, true));
  return problems;
}

export function articleOptionProblems(eventId: string, articleId: string, o: { outlet?: string }): Msg[] {
  const problems: Msg[] = [];
  const badEvent = idProblem(eventId);
  if (badEvent) problems.push(msg("new.option-value", { name: "event id", problem: badEvent }));
  const badArticle = idProblem(articleId);
  if (badArticle) problems.push(msg("new.option-value", { name: "article id", problem: badArticle }));
  else if (articleId === "index") problems.push(msg("new.option-value", { name: "article id", problem: msg("article.index-id") }));
  if (o.outlet !== undefined) problems.push(...textProblems("--outlet", o.outlet, true));
  return problems;
}

function textProblems(name: string, value: string, required: boolean): Msg[] {
  if (required && value.trim() === "") return [msg("new.empty-option", { name })];
  if (/[\r\n]/.test(value)) return [msg("new.one-line-option", { name })];
  return [];
}

/** The note printed when an event id does not follow the date-first convention. */
export function idConventionNote(id: string, date: string): Msg | undefined {
  return id.startsWith(`${date}-`) ? undefined : msg("new.id-note", { example: `${date}-${id.replace(/^\d{4}-\d{2}-\d{2}-?/, "") || "judul-singkat"}` });
}

/**
 * Every field of a table as the scaffold writes it (fields.ts): its comment, then its line, with the
 * value the editor gave on the command line, else its empty line (commented out when optional).
 */
function fieldLines(table: FieldTable, given: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(table)
    .map(([name, f]) => {
      const value = given[name];
      const comment = f.comment
        .split("\n")
        .map((l) => `# ${l}`)
        .join("\n");
      return `${comment}\n${value === undefined ? f.empty : `${name}: ${yamlString(value.trim())}`}`;
    })
    .join("\n\n");
}

/** The new event's `index.md`. */
export function eventFile(o: EventOptions): string {
  return `---
# Peristiwa: satu folder per peristiwa; nama folder adalah id dan alamat halamannya.
# Setelah diisi, jalankan: npm run check

${fieldLines(EVENT_TABLE, { title: o.title, date: o.date, place: o.place, summary: o.summary })}

# Di bawah garis --- penutup boleh ditulis latar belakang peristiwa. (opsional)
---
`;
}

/** The new article's `<article-id>.md`: fields as comments, empty body. */
export function articleFile(o: ArticleOptions, table: FieldTable = ARTICLE_TABLE): string {
  return `---
# Artikel untuk peristiwa ${o.eventId}. Semua kolom opsional: isi hanya yang dinyatakan
# sumbernya, jangan menebak. Hapus tanda # di depan kolom yang dipakai, lalu isi nilainya.
# Lebih cepat: npm run import -- <teks.txt> --event ${o.eventId}

${fieldLines(table, { outlet: o.outlet })}

# Tempel teks artikel di bawah garis --- penutup, tanpa diubah: buang hanya "Baca Juga",
# promosi, formulir komentar, baris hak cipta, judul yang diulang dan baris byline.
# Subjudul ditulis "## Subjudul". npm run check gagal selama teks artikel kosong.
---
`;
}
