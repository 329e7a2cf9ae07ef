/** Messages: Reading a file and its fields: frontmatter, fields, dates, characters, ids, tags.yaml and sinonim.yaml. */
import { entry, q, type Entry, type Lang, type Msg } from "./entry.ts";

const KINDS_EN: Record<string, string> = { string: "text", array: 'a list (for example [a, b], or one "- item" per line)', object: "a group of fields" };
const KINDS_ID: Record<string, string> = { string: "teks", array: 'daftar (misalnya [a, b], atau satu "- butir" per baris)', object: "sekelompok kolom" };

function describeValue(value: unknown, lang: Lang): string {
  const en = lang === "en";
  if (value === undefined) return en ? "nothing" : "tidak ada";
  if (value === null) return en ? "an empty value" : "nilai kosong";
  if (Array.isArray(value)) return en ? "a list" : "daftar";
  if (typeof value === "object") return en ? "a group of fields" : "sekelompok kolom";
  return q(value);
}

export const CONTENT = {
  // ---------------------------------------------------------------- reading a file
  "file.not-utf8": entry(
    () => "file ini bukan teks UTF-8 yang sah; simpan ulang sebagai UTF-8",
    () => "the file is not valid UTF-8 text; save it as UTF-8",
  ),
  "file.unreadable": entry<{ code: string }>(
    (p) => `tidak dapat dibaca (${p.code}); periksa bahwa ini file yang boleh Anda baca`,
    (p) => `cannot be read (${p.code}); check that it is a file you may read`,
  ),
  "frontmatter.marked": entry<{ lang: string }>(
    (p) => `frontmatter bertanda ${q(p.lang)} tidak diizinkan; tulis YAML biasa di antara dua baris ---`,
    (p) => `frontmatter marked ${q(p.lang)} is not allowed; write plain YAML between two lines of ---`,
  ),
  "frontmatter.blank-before": entry(
    () => "file harus diawali --- di baris pertama; hapus baris kosong sebelumnya",
    () => "the file must start with --- on its first line; remove the blank lines before it",
  ),
  "frontmatter.empty-file": entry(
    () => "file ini kosong; isinya harus diawali frontmatter di antara dua baris ---",
    () => "the file is empty; it needs frontmatter between two lines of ---",
  ),
  "frontmatter.missing": entry(
    () => "file harus diawali frontmatter: satu baris ---, kolom-kolomnya, lalu satu baris --- lagi",
    () => "the file must start with frontmatter: a line ---, the fields, then another line ---",
  ),
  "frontmatter.unclosed": entry(
    () => "frontmatter yang dibuka di baris 1 tidak pernah ditutup; tambahkan satu baris --- setelah kolom terakhir",
    () => "the frontmatter opened on line 1 is never closed; add a line --- after the last field",
  ),
  "frontmatter.yaml": entry<{ detail: string }>(
    (p) => `frontmatter bukan YAML yang sah (${p.detail}); periksa tanda kutip dan titik dua di baris ini`,
    (p) => `the frontmatter is not valid YAML: ${p.detail}`,
  ),
  "frontmatter.colon": entry<{ field: string; fixed: string }>(
    (p) => `nilai ${p.field} memuat titik dua (:), yang dalam YAML memulai kolom baru; apit nilainya dengan tanda kutip ganda:\n    ${p.fixed}`,
    (p) => `the value of ${p.field} contains a colon, which YAML reads as the start of a new field; put the value in double quotes:\n    ${p.fixed}`,
  ),
  "frontmatter.unreadable": entry<{ detail: string }>(
    (p) => `frontmatter tidak dapat dibaca: ${p.detail}`,
    (p) => `the frontmatter could not be read: ${p.detail}`,
  ),
  "frontmatter.list": entry(
    () => 'frontmatter harus berupa baris-baris "kolom: nilai", bukan daftar',
    () => 'the frontmatter must be a list of "field: value" lines, not a list',
  ),
  "frontmatter.scalar": entry(
    () => 'frontmatter harus berupa baris-baris "kolom: nilai", bukan satu nilai saja',
    () => 'the frontmatter must be a list of "field: value" lines, not a single value',
  ),

  // ---------------------------------------------------------------- fields
  "field.unknown": entry<{ key: string; suggestion?: string; allowed: string }>(
    (p) => `kolom ${q(p.key)} tidak dikenal${p.suggestion ? `; maksud Anda ${q(p.suggestion)}?` : "."} Kolom yang boleh: ${p.allowed}`,
    (p) => `unknown field ${q(p.key)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : "."} Allowed fields: ${p.allowed}`,
  ),
  "field.generator": entry<{ key: string }>(
    (p) => `${q(p.key)} tidak diizinkan: halaman, URL dan tata letak ditentukan oleh arsip, bukan oleh file artikel`,
    (p) => `${q(p.key)} is not allowed: pages, URLs and layouts come from the archive, not from article files`,
  ),
  "field.missing": entry<{ field: string; atEnd: boolean }>(
    (p) => `wajib diisi tetapi tidak ada${p.atEnd ? `; tambahkan baris "${p.field}: …" di atas baris --- penutup ini` : ""}`,
    (p) => `is required but missing${p.atEnd ? `; add a line "${p.field}: …" above this closing ---` : ""}`,
  ),
  "field.expected": entry<{ expected: string; got: unknown }>(
    (p) => `seharusnya ${KINDS_ID[String(p.expected)] ?? String(p.expected)}, tetapi berisi ${describeValue(p.got, "id")}`,
    (p) => `expected ${KINDS_EN[String(p.expected)] ?? String(p.expected)}, got ${describeValue(p.got, "en")}`,
  ),
  "field.empty": entry(
    () => "tidak boleh kosong",
    () => "may not be empty",
  ),
  "field.one-line": entry(
    () => "harus satu baris teks; apakah baris --- penutup frontmatter hilang di atas teks artikel?",
    () => "must be one line of text; is the line --- that ends the frontmatter missing above the article text?",
  ),
  "field.flag": entry(
    () => "harus true atau false",
    () => "must be true or false",
  ),
  "field.invalid": entry<{ detail: string }>(
    (p) => `tidak sah: ${p.detail}`,
    (p) => `${p.detail}`,
  ),
  "field.language": entry(
    () => 'harus kode bahasa seperti "id" atau "en"',
    () => 'must be a language code such as "id" or "en"',
  ),
  "field.kind": entry<{ kinds: string }>(
    (p) => `harus salah satu dari ${p.kinds}`,
    (p) => `must be one of ${p.kinds}`,
  ),
  "tags.too-many": entry<{ max: number }>(
    (p) => `memuat lebih dari ${p.max} tag; simpan yang menjelaskan isi artikel atau peristiwa (paling banyak ${p.max})`,
    (p) => `lists more than ${p.max} tags; keep the ones that say what the article or event is about (at most ${p.max})`,
  ),
  "tags.twice": entry<{ tag: string }>(
    (p) => `${q(p.tag)} tercantum dua kali`,
    (p) => `${q(p.tag)} is listed twice`,
  ),
  "url.incomplete": entry<{ value: string }>(
    (p) => `${q(p.value)} bukan alamat web lengkap (harus diawali https:// atau http://)`,
    (p) => `${q(p.value)} is not a complete web address (it must start with https:// or http://)`,
  ),
  "url.protocol": entry<{ protocol: string }>(
    (p) => `hanya alamat http dan https yang diizinkan, bukan ${q(p.protocol)}`,
    (p) => `only http and https addresses are allowed, not ${q(p.protocol)}`,
  ),
  "outlet.reserved": entry<{ name: string; unknown: string }>(
    (p) => `${q(p.name)} adalah nama yang ditampilkan situs untuk artikel tanpa sumber; hapus kolom outlet, maka artikel tercantum di bawah ${q(p.unknown)}`,
    (p) => `${q(p.name)} is what the site shows for articles without an outlet; leave outlet out instead, so that the article is listed under ${q(p.unknown)}`,
  ),

  // ---------------------------------------------------------------- dates
  "date.no-month": entry<{ iso: string; month: number }>(
    (p) => `${p.iso} bukan tanggal yang ada (tidak ada bulan ${p.month})`,
    (p) => `${p.iso} is not a real date (there is no month ${p.month})`,
  ),
  "date.days": entry<{ iso: string; month: number; year: number; days: number }>(
    (p) => `${p.iso} bukan tanggal yang ada (bulan ${p.month} tahun ${p.year} hanya ${p.days} hari)`,
    (p) => `${p.iso} is not a real date (month ${p.month} of ${p.year} has ${p.days} days)`,
  ),
  "date.format": entry<{ text: string }>(
    (p) => `${q(p.text)} bukan tanggal berbentuk YYYY-MM-DD (misalnya 2021-03-22)`,
    (p) => `${q(p.text)} is not a date in the form YYYY-MM-DD (for example 2021-03-22)`,
  ),
  "published.format": entry<{ text: string }>(
    (p) => `${q(p.text)} bukan tanggal (YYYY-MM-DD) atau tanggal dan jam (YYYY-MM-DDTHH:MM, boleh dengan detik dan zona waktu seperti +07:00)`,
    (p) => `${q(p.text)} is not a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +07:00)`,
  ),
  "published.time": entry<{ text: string }>(
    (p) => `${q(p.text)} memuat jam yang tidak mungkin`,
    (p) => `${q(p.text)} has an impossible time of day`,
  ),
  "published.offset": entry<{ text: string; offset: string }>(
    (p) => `${q(p.text)} memakai zona waktu ${p.offset}; zona waktu di Bumi antara -12:00 dan +14:00 (WIB adalah +07:00)`,
    (p) => `${q(p.text)} has the offset ${p.offset}; offsets on Earth run from -12:00 to +14:00 (WIB is +07:00)`,
  ),
  "published.invalid": entry<{ text: string; detail: string }>(
    (p) => `${q(p.text)} bukan tanggal dan jam yang sah (${p.detail})`,
    (p) => `${q(p.text)} is not a valid date-time (${p.detail})`,
  ),

  // ---------------------------------------------------------------- characters
  "text.surrogate": entry<{ char: string; at: number }>(
    (p) => `memuat karakter rusak (surrogate tunggal ${p.char}) pada karakter ke-${p.at}; ketik ulang atau hapus`,
    (p) => `has a broken character (a lone surrogate ${p.char}) at character ${p.at}; retype it or remove it`,
  ),
  "text.control": entry<{ char: string; at: number }>(
    (p) => `memuat karakter kendali tak terlihat ${p.char} pada karakter ke-${p.at}; hapus (karakter ini merusak umpan berita)`,
    (p) => `has an invisible control character ${p.char} at character ${p.at}; remove it (it breaks the feeds)`,
  ),
  "text.noncharacter": entry<{ char: string; at: number }>(
    (p) => `memuat bukan-karakter ${p.char} pada karakter ke-${p.at}; hapus`,
    (p) => `has the noncharacter ${p.char} at character ${p.at}; remove it`,
  ),
  "text.bidi-stray": entry<{ char: string; at: number }>(
    (p) => `memuat kendali arah teks ${p.char} pada karakter ke-${p.at} yang tidak menutup apa pun; hapus`,
    (p) => `has a bidirectional control ${p.char} at character ${p.at} that closes nothing; remove it`,
  ),
  "text.bidi-open": entry(
    () => "memuat kendali arah teks yang tidak pernah ditutup, sehingga teks sesudahnya terbalik; hapus, atau tutup dengan U+202C (U+2069 untuk isolate)",
    () =>
      "has a bidirectional control that is never closed, which would reverse the text after it; remove it, or close it with U+202C (or U+2069 for an isolate)",
  ),
  "body.line": entry<{ reason: Msg }>(
    (p, sub) => `baris ini ${sub(p.reason)}`,
    (p, sub) => `this line ${sub(p.reason)}`,
  ),
  "body.nested": entry<{ depth: number; max: number }>(
    (p) =>
      `baris ini bersarang ${p.depth} tingkat (tanda kutipan atau daftar > - * + 1., atau indentasi); markdown hanya menampilkan ${p.max} tingkat dan akan membuang sisa teks, jadi hapus tanda atau indentasi yang berlebih`,
    (p) =>
      `this line is nested ${p.depth} levels deep (quote or list markers > - * + 1., or indentation); markdown shows at most ${p.max} levels and would drop the rest of the text, so remove the extra markers or indentation`,
  ),

  // ---------------------------------------------------------------- ids
  "id.empty": entry(
    () => "id tidak boleh kosong",
    () => "an id may not be empty",
  ),
  "id.too-long": entry<{ length: number; max: number }>(
    (p) =>
      `id terlalu panjang (${p.length} karakter; paling banyak ${p.max}, agar setiap file yang dibuat darinya muat sebagai nama file); pilih id yang lebih pendek`,
    (p) => `the id is too long (${p.length} characters; at most ${p.max}, so that every file made from it fits in a file name); choose a shorter one`,
  ),
  "id.uppercase": entry<{ id: string }>(
    (p) => `${q(p.id)} memakai huruf besar; id memakai huruf kecil a-z, 0-9 dan satu tanda hubung`,
    (p) => `${q(p.id)} has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens`,
  ),
  "id.double-hyphen": entry<{ id: string }>(
    (p) => `${q(p.id)} memakai dua tanda hubung berturut-turut; id memakai satu tanda hubung di antara kata`,
    (p) => `${q(p.id)} has a double hyphen; ids use single hyphens between words`,
  ),
  "id.edge-hyphen": entry<{ id: string }>(
    (p) => `${q(p.id)} diawali atau diakhiri tanda hubung`,
    (p) => `${q(p.id)} starts or ends with a hyphen`,
  ),
  "id.chars": entry<{ id: string }>(
    (p) => `${q(p.id)} hanya boleh memuat huruf kecil a-z, 0-9 dan satu tanda hubung (tanpa spasi, titik, garis miring atau aksen)`,
    (p) => `${q(p.id)} may only contain lowercase a-z, 0-9 and single hyphens (no spaces, dots, slashes or accents)`,
  ),

  // ---------------------------------------------------------------- tags.yaml and sinonim.yaml
  "tags.file-missing": entry(
    () => "kosakata tag tidak ada; buat file ini dengan satu entri per tag (id, label, kind)",
    () => "the tag vocabulary is missing; create it with one entry per tag (id, label, kind)",
  ),
  "yaml.invalid": entry<{ detail: string }>(
    (p) => `bukan YAML yang sah (${p.detail})`,
    (p) => `not valid YAML: ${p.detail}`,
  ),
  "tags.not-map": entry(
    () => 'harus berupa daftar tag: setiap id diikuti baris "label:" dan "kind:"',
    () => 'must be a list of tags: each an id followed by "label:" and "kind:" lines',
  ),
  "yaml.unreadable": entry<{ detail: string }>(
    (p) => `tidak dapat dibaca: ${p.detail}`,
    (p) => `could not be read: ${p.detail}`,
  ),
  "tags.bad-id": entry<{ reason: Msg }>(
    (p, sub) => `id tag ${sub(p.reason)}`,
    (p, sub) => `tag id ${sub(p.reason)}`,
  ),
  "tags.name-taken": entry<{ name: string; other: string }>(
    (p) => `${q(p.name)} juga label atau alias tag ${q(p.other)}; setiap nama hanya boleh menunjuk satu tag`,
    (p) => `${q(p.name)} is also a label or alias of tag ${q(p.other)}; each name may point to one tag only`,
  ),
  "agencies.not-map": entry(
    () => 'harus berupa daftar kantor berita: setiap id diikuti baris "label:" dan "kind:"',
    () => 'must be a list of agencies: each an id followed by "label:" and "kind:" lines',
  ),
  "agencies.bad-id": entry<{ reason: Msg }>(
    (p, sub) => `id kantor berita ${sub(p.reason)}`,
    (p, sub) => `agency id ${sub(p.reason)}`,
  ),
  "agencies.name-taken": entry<{ name: string; other: string }>(
    (p) => `${q(p.name)} juga label atau alias kantor berita ${q(p.other)}; setiap nama hanya boleh menunjuk satu kantor berita`,
    (p) => `${q(p.name)} is also a label or alias of agency ${q(p.other)}; each name may point to one agency only`,
  ),
  "storylines.not-map": entry(
    () => 'harus berupa daftar rangkaian: setiap id diikuti baris "title:", "summary:" dan "events:" (daftar id folder peristiwa)',
    () => 'must be a list of storylines: each an id followed by "title:", "summary:" and "events:" (a list of event folder ids) lines',
  ),
  "storylines.bad-id": entry<{ reason: Msg }>(
    (p, sub) => `id rangkaian ${sub(p.reason)}`,
    (p, sub) => `storyline id ${sub(p.reason)}`,
  ),
  "storyline.no-events": entry(
    () => "rangkaian perlu setidaknya satu peristiwa: tulis id folder peristiwanya di events, mis. [2021-03-22-kim-xi-bertukar-pesan]",
    () => "a storyline needs at least one event: list its event folder ids in events, e.g. [2021-03-22-kim-xi-bertukar-pesan]",
  ),
  "storyline.unknown-event": entry<{ event: string; nearest: string }>(
    (p) =>
      `tidak ada folder peristiwa ${q(p.event)}${p.nearest === "" ? "" : ` (mungkin maksudnya: ${p.nearest})`}; tulis id folder peristiwa persis seperti nama foldernya`,
    (p) =>
      `there is no event folder ${q(p.event)}${p.nearest === "" ? "" : ` (did you mean: ${p.nearest})`}; write the event's folder id exactly as the folder is named`,
  ),
  "storyline.event-twice": entry<{ event: string }>(
    (p) => `peristiwa ${q(p.event)} tertulis dua kali dalam rangkaian ini; hapus salah satunya`,
    (p) => `event ${q(p.event)} is listed twice in this storyline; remove one`,
  ),
  "synonyms.shape": entry(
    () => 'harus berupa daftar kelompok, satu per baris, masing-masing daftar berisi dua nama atau lebih: "- [AS, Amerika Serikat]"',
    () => 'must be a list of groups, one a line, each a list of two or more names: "- [AS, Amerika Serikat]"',
  ),
  "synonyms.name": entry<{ reason: Msg }>(
    (p, sub) => `sebuah nama ${sub(p.reason)}`,
    (p, sub) => `a name ${sub(p.reason)}`,
  ),
} satisfies Record<string, Entry<never>>;
