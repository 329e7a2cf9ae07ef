/**
 * The field table: every field an editor writes in an event's `index.md` or an article's file,
 * described once. From it come the zod schemas (schema.ts) and so the types and validation, the
 * model's optional fields (model.ts, loader.ts), `arsip.json`, its JSON Schema and the CSV columns
 * (src/site/data.ts, data-schema.ts), the citation item (src/site/citations.ts), the labels the
 * pages print, the scaffold of `npm run new` (src/editor/scaffold.ts) and the content reference
 * (docs/content.md and docs/panduan-editor.md, tested against this table). Adding an optional field is one entry here, plus
 * whatever the field itself does on the pages.
 */
import type { z } from "zod";
import { machineDate, statedDay, type CalendarDate, type Instant } from "./dates.ts";
import { eventDate, flag, httpUrl, language, optionalText, outletName, published, tagList, text } from "./field-types.ts";

/** A fragment of JSON Schema (draft-07) describing one exported value. */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface FieldSpec {
  /** the value's type and rules (field-types.ts); optional unless the schema refuses a missing value */
  readonly schema: z.ZodType;
  /** what the pages and messages call it: Indonesian, English */
  readonly label: { readonly id: string; readonly en: string };
  /** what it holds, for the content reference (English) */
  readonly doc: string;
  /** the value a record has when the field is left out */
  readonly default?: string;
  /** the scaffold's comment above the field, in Indonesian (one or more lines, without `# `) */
  readonly comment: string;
  /** the scaffold's line when the editor gave no value (a commented-out field, or an empty one that check refuses) */
  readonly empty: string;
  /**
   * How the archive as data carries it: in `arsip.json` (with this JSON Schema), and as a column of
   * `artikel.csv` for an article field. Absent: the field is the loader's own business (tags, draft).
   */
  readonly export?: {
    readonly schema: JsonSchema;
    readonly value?: (v: never) => string;
    /** the version of the data files that added it (src/site/data-schema.ts): its CSV column comes after the columns of earlier versions */
    readonly since?: string;
  };
  /** What it contributes to an article's citation item (CSL-JSON). */
  readonly csl?: (v: never) => Readonly<Record<string, unknown>>;
}

/** JSON Schema of a text value and of a web address, for the data files. */
export const TEXT = { type: "string", minLength: 1 } as const;
export const URL_SCHEMA = { type: "string", pattern: "^https?://" } as const;
/** JSON Schema of a day or a moment with its offset (`published`, `archive_date`), as machineDate writes it. */
const MOMENT_SCHEMA = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2}))?$" } as const;
const literal = (name: string) => [{ literal: name }];

/** The fields of an event's `index.md`, in the order files are written. */
export const EVENT_TABLE = {
  title: {
    schema: text,
    label: { id: "Judul", en: "Title" },
    doc: "The event's title: one neutral sentence in Indonesian.",
    comment: "Judul peristiwa, satu kalimat netral dalam bahasa Indonesia. (wajib)",
    empty: "title:",
    export: { schema: TEXT },
  },
  date: {
    schema: eventDate,
    label: { id: "Tanggal", en: "Date" },
    doc: "The day it happened, `YYYY-MM-DD`, local to where it happened. The date shown always comes from here, never from the folder name.",
    comment:
      "Tanggal peristiwa terjadi, YYYY-MM-DD, menurut waktu setempat. (wajib)\nTanggal yang ditampilkan selalu diambil dari sini, bukan dari nama folder.",
    empty: "date:",
    export: {
      schema: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "the day it happened, local to where it happened" },
      value: (v: CalendarDate) => v.iso,
    },
  },
  place: {
    schema: optionalText,
    label: { id: "Tempat", en: "Place" },
    doc: "Where it happened, e.g. Beijing.",
    comment: "Tempat peristiwa terjadi, mis. Beijing. (opsional: hapus tanda # lalu isi)",
    empty: "# place:",
    export: { schema: TEXT },
  },
  summary: {
    schema: text,
    label: { id: "Ringkasan", en: "Summary" },
    doc: "One or two plain sentences, used in lists, feeds and the page description.",
    comment: "Ringkasan: satu atau dua kalimat polos; dipakai di daftar, feed dan deskripsi halaman. (wajib)\nnpm run check gagal selama ringkasan ini kosong.",
    empty: "summary:",
    export: { schema: TEXT },
  },
  tags: {
    schema: tagList,
    label: { id: "Tag", en: "Tags" },
    doc: "Tag ids from `articles/tags.yaml`. The tags of the event's articles are added to them.",
    comment: "Tag: daftar id dari articles/tags.yaml, mis. [kim-jong-un, beijing]. (opsional)\nTag dari artikel-artikel peristiwa ini ikut digabungkan.",
    empty: "# tags: []",
  },
  draft: {
    schema: flag,
    label: { id: "Draf", en: "Draft" },
    doc: "`true` keeps the event and all its articles off the site.",
    comment: "Draf: isi true untuk menyembunyikan peristiwa ini beserta semua artikelnya dari situs. (opsional)",
    empty: "# draft: true",
  },
} as const satisfies Record<string, FieldSpec>;

/** The fields of an article's file, in the order files are written. Every one is optional. */
export const ARTICLE_TABLE = {
  title: {
    schema: optionalText,
    label: { id: "Judul", en: "Title" },
    doc: "The outlet's own headline; left out where the source printed none (the site never invents one).",
    comment: "Judul asli dari media; biarkan tertutup bila sumber tidak punya judul.",
    empty: "# title:",
    export: { schema: { ...TEXT, description: "the outlet's own headline; absent where the source printed none" } },
    csl: (v: string) => ({ title: v }),
  },
  outlet: {
    schema: outletName,
    label: { id: "Sumber", en: "Outlet" },
    doc: 'The outlet that published it, e.g. Kontan. Without one the article is listed under "Sumber tidak diketahui".',
    comment: 'Nama media penerbit, mis. Kontan. Tanpa outlet, artikel tampil sebagai "Sumber tidak diketahui".',
    empty: "# outlet:",
    export: { schema: TEXT },
    csl: (v: string) => ({ "container-title": v }),
  },
  published: {
    schema: published,
    label: { id: "Terbit", en: "Published" },
    doc: "When the outlet published it: a date `2021-03-23`, or a date and time with its offset `2017-11-02T15:23:00+07:00` (a time without an offset is read as WIB).",
    comment:
      "Waktu terbit: 2021-03-23, atau 2017-11-02T15:23:00+07:00 (WIB +07:00, WITA +08:00, WIT +09:00).\nWaktu tanpa zona (2017-11-02T15:23) dibaca sebagai WIB.",
    empty: "# published:",
    export: {
      schema: MOMENT_SCHEMA,
      value: (v: CalendarDate | Instant) => machineDate(v),
    },
    csl: (v: CalendarDate | Instant) => {
      const day = statedDay(v);
      return { issued: { "date-parts": [[day.year, day.month, day.day]] } };
    },
  },
  url: {
    schema: httpUrl,
    label: { id: "Tautan asli", en: "Original address" },
    doc: "The original address, `http://` or `https://` only; never guessed.",
    comment: "Alamat asli artikel, hanya http:// atau https://; jangan pernah menebak.",
    empty: "# url:",
    export: { schema: { ...URL_SCHEMA, description: "the original, where known; never guessed" } },
    csl: (v: string) => ({ URL: v }),
  },
  archive_url: {
    schema: httpUrl,
    label: { id: "Salinan arsip", en: "Archived copy" },
    doc: "The address of an archived copy of the original (a web archive's capture, e.g. `https://web.archive.org/web/…`), as the editor found it; never guessed. Given together with `archive_date`.",
    comment: "Alamat salinan arsip tautan asli (mis. https://web.archive.org/web/…), persis seperti di arsipnya; isi bersama archive_date.",
    empty: "# archive_url:",
    export: { schema: { ...URL_SCHEMA, description: "an archived copy of the original, as the editor supplied it; never guessed" }, since: "1.2" },
  },
  archive_date: {
    schema: published,
    label: { id: "Tanggal salinan arsip", en: "Archived on" },
    doc: "When that copy was captured, as the archive states it: `2021-03-23`, or a date and time with its offset. Given together with `archive_url`.",
    comment: "Tanggal salinan arsip itu diambil, seperti tertulis di arsipnya: 2021-03-23 atau 2021-03-23T08:15:00+00:00.",
    empty: "# archive_date:",
    export: {
      schema: { ...MOMENT_SCHEMA, description: "when the archived copy was captured" },
      value: (v: CalendarDate | Instant) => machineDate(v),
      since: "1.2",
    },
  },
  author: {
    schema: optionalText,
    label: { id: "Penulis", en: "Author" },
    doc: "The author, or the initials the outlet printed, e.g. ian.",
    comment: "Penulis, atau inisial yang dicetak media, mis. ian.",
    empty: "# author:",
    export: { schema: TEXT },
    csl: (v: string) => ({ author: literal(v) }),
  },
  editor: {
    schema: optionalText,
    label: { id: "Editor", en: "Editor" },
    doc: "The editor the outlet names.",
    comment: "Editor.",
    empty: "# editor:",
    export: { schema: TEXT },
    // no CSL part: the outlet's desk editor is not the editor of a book, and a style would cite them as the author
  },
  via: {
    schema: optionalText,
    label: { id: "Mengutip", en: "Via" },
    doc: "The agency or outlet the article relays, e.g. AP, CNN.",
    comment: "Kantor berita atau media yang dikutip, mis. AP, CNN.",
    empty: "# via:",
    export: { schema: { ...TEXT, description: "the agency or outlet the article relays" } },
  },
  language: {
    schema: language,
    label: { id: "Bahasa", en: "Language" },
    doc: "A language code; `id` when left out.",
    default: "id",
    comment: "Kode bahasa; bawaannya id.",
    empty: "# language: id",
    export: { schema: TEXT },
  },
  tags: {
    schema: tagList,
    label: { id: "Tag", en: "Tags" },
    doc: "Tag ids from `articles/tags.yaml`; the event's tags apply already.",
    comment: "Tag: daftar id dari articles/tags.yaml. Tag peristiwa sudah berlaku, tidak perlu diulang.",
    empty: "# tags: []",
  },
  draft: {
    schema: flag,
    label: { id: "Draf", en: "Draft" },
    doc: "`true` keeps the article off the site.",
    comment: "Draf: isi true untuk menyembunyikan artikel ini dari situs.",
    empty: "# draft: true",
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldTable = Readonly<Record<string, FieldSpec>>;

/** Whether a field must be given: its schema refuses a missing value. */
export const isRequired = (f: FieldSpec): boolean => !f.schema.safeParse(undefined).success;

/** Whether every record has the field: it is required, or has a default. */
export const isAlwaysPresent = (f: FieldSpec): boolean => f.default !== undefined || isRequired(f);

/** The fields the model keeps as they were validated (every field but `tags` and `draft`, which the loader resolves). */
export const valueFields = (table: FieldTable): string[] => Object.keys(table).filter((k) => k !== "tags" && k !== "draft");

/**
 * A record's plain field values from its validated frontmatter: each one given, or its default, in
 * table order; a field with neither is absent.
 */
export function recordValues(table: FieldTable, fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of valueFields(table)) {
    const v = (fields as Record<string, unknown>)[name] ?? table[name]?.default;
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The names of a table's fields that the archive as data carries, in table order. */
export const exportedFields = (table: FieldTable): string[] => Object.keys(table).filter((k) => table[k]?.export !== undefined);

/**
 * The exported fields of a record as `arsip.json` holds them: each one that has a value, in table
 * order, as its export shows it (`published` as its machine-readable date).
 */
export function exportValues(table: FieldTable, record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of exportedFields(table)) {
    const v = (record as Record<string, unknown>)[name];
    if (v === undefined) continue;
    const show = table[name]?.export?.value as ((v: unknown) => string) | undefined;
    out[name] = show ? show(v) : v;
  }
  return out;
}

/** The same as CSV cells, by field name: each exported field, empty where the record has no value. */
export function exportCells(table: FieldTable, record: object): Record<string, string> {
  const values = exportValues(table, record);
  return Object.fromEntries(exportedFields(table).map((name) => [name, values[name] === undefined ? "" : String(values[name])]));
}

/** What a record's fields contribute to its citation item, in table order. */
export function cslValues(table: FieldTable, record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(table)) {
    const v = (record as Record<string, unknown>)[name];
    if (v !== undefined && f.csl) Object.assign(out, (f.csl as (v: unknown) => Record<string, unknown>)(v));
  }
  return out;
}

/** A table's fields as a Markdown table for the docs (docs/content.md in English, docs/panduan-editor.md in Indonesian). */
export function fieldsMarkdown(table: FieldTable, lang: "id" | "en"): string {
  const head = lang === "id" ? "| kolom | wajib | arti |\n| --- | --- | --- |" : "| field | required | meaning |\n| --- | --- | --- |";
  const yes = lang === "id" ? "ya" : "yes";
  const no = lang === "id" ? "tidak" : "no";
  const rows = Object.entries(table).map(([name, f]) => {
    const meaning = (lang === "id" ? f.comment.replace(/\s*\((?:wajib|opsional)[^)]*\)/g, "") : f.doc).replace(/\n/g, " ").replace(/\|/g, "\\|");
    return `| \`${name}\` | ${isRequired(f) ? yes : no} | ${meaning} |`;
  });
  return [head, ...rows].join("\n");
}
