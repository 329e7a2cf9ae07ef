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
import { ARTICLE_FIELDS, EVENT_FIELDS, type ArticleField, type EventField } from "../content/schema.ts";
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

/** The new event's `index.md`. */
/** Each event field's comment and line, in the schema's field order (EVENT_FIELDS); the Record makes the lists agree. */
function eventFieldLines(o: EventOptions): Record<EventField, string> {
  return {
    title: `# Judul peristiwa, satu kalimat netral dalam bahasa Indonesia. (wajib)
title: ${yamlString(o.title.trim())}`,
    date: `# Tanggal peristiwa terjadi, YYYY-MM-DD, menurut waktu setempat. (wajib)
# Tanggal yang ditampilkan selalu diambil dari sini, bukan dari nama folder.
date: ${o.date.trim()}`,
    summary: `# Ringkasan: satu atau dua kalimat polos; dipakai di daftar, feed dan deskripsi halaman. (wajib)
# npm run check gagal selama ringkasan ini kosong.
${o.summary === undefined ? "summary:" : `summary: ${yamlString(o.summary.trim())}`}`,
    place: `# Tempat peristiwa terjadi, mis. Beijing. (opsional: hapus tanda # lalu isi)
${o.place === undefined ? "# place:" : `place: ${yamlString(o.place.trim())}`}`,
    tags: `# Tag: daftar id dari articles/tags.yaml, mis. [kim-jong-un, beijing]. (opsional)
# Tag dari artikel-artikel peristiwa ini ikut digabungkan.
# tags: []`,
    draft: `# Draf: isi true untuk menyembunyikan peristiwa ini beserta semua artikelnya dari situs. (opsional)
# draft: true`,
  };
}

export function eventFile(o: EventOptions): string {
  const fields = eventFieldLines(o);
  return `---
# Peristiwa: satu folder per peristiwa; nama folder adalah id dan alamat halamannya.
# Setelah diisi, jalankan: npm run check

${EVENT_FIELDS.map((f) => fields[f]).join("\n\n")}

# Di bawah garis --- penutup boleh ditulis latar belakang peristiwa. (opsional)
---
`;
}

/** The new article's `<article-id>.md`: fields as comments, empty body. */
/** Each article field's comment and line, in the schema's field order (ARTICLE_FIELDS); the Record makes the lists agree. */
function articleFieldLines(o: ArticleOptions): Record<ArticleField, string> {
  return {
    title: `# Judul asli dari media; biarkan tertutup bila sumber tidak punya judul.
# title:`,
    outlet: `# Nama media penerbit, mis. Kontan. Tanpa outlet, artikel tampil sebagai "Sumber tidak diketahui".
${o.outlet === undefined ? "# outlet:" : `outlet: ${yamlString(o.outlet.trim())}`}`,
    published: `# Waktu terbit: 2021-03-23, atau 2017-11-02T15:23:00+07:00 (WIB +07:00, WITA +08:00, WIT +09:00).
# Waktu tanpa zona (2017-11-02T15:23) dibaca sebagai WIB.
# published:`,
    url: `# Alamat asli artikel, hanya http:// atau https://; jangan pernah menebak.
# url:`,
    author: `# Penulis, atau inisial yang dicetak media, mis. ian.
# author:`,
    editor: `# Editor.
# editor:`,
    via: `# Kantor berita atau media yang dikutip, mis. AP, CNN.
# via:`,
    language: `# Kode bahasa; bawaannya id.
# language: id`,
    tags: `# Tag: daftar id dari articles/tags.yaml. Tag peristiwa sudah berlaku, tidak perlu diulang.
# tags: []`,
    draft: `# Draf: isi true untuk menyembunyikan artikel ini dari situs.
# draft: true`,
  };
}

export function articleFile(o: ArticleOptions): string {
  const fields = articleFieldLines(o);
  return `---
# Artikel untuk peristiwa ${o.eventId}. Semua kolom opsional: isi hanya yang dinyatakan
# sumbernya, jangan menebak. Hapus tanda # di depan kolom yang dipakai, lalu isi nilainya.
# Lebih cepat: npm run import -- <teks.txt> --event ${o.eventId}

${ARTICLE_FIELDS.map((f) => fields[f]).join("\n\n")}

# Tempel teks artikel di bawah garis --- penutup, tanpa diubah: buang hanya "Baca Juga",
# promosi, formulir komentar, baris hak cipta, judul yang diulang dan baris byline.
# Subjudul ditulis "## Subjudul". npm run check gagal selama teks artikel kosong.
---
`;
}
