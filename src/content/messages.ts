/**
 * The catalogue of every text an editor reads from `check`, `build`, `import` and `new`: each in
 * Indonesian (the default) and in English (`ARSIP_LANG=en`, for CI logs and contributors), under a
 * stable code that `--json` output carries beside the text. A message is made once, in both
 * languages (`msg`); what prints it picks one (`say`). No message text lives anywhere else.
 */

export type Lang = "id" | "en";

/** A message in both languages, with its code. */
export interface Msg {
  /** stable, for tools (`check --json`): `tag.unknown` */
  code: string;
  /** the English text */
  message: string;
  /** the Indonesian text */
  pesan: string;
}

/** `ARSIP_LANG=en` (or `en-…`) gives English; anything else, or nothing, Indonesian. */
export function langOf(env: Readonly<Record<string, string | undefined>>): Lang {
  return /^en(?:$|[-_.])/i.test(env.ARSIP_LANG?.trim() ?? "") ? "en" : "id";
}

/** The text of a message in a language. */
export function say(m: Msg, lang: Lang): string {
  return lang === "en" ? m.message : m.pesan;
}

type Params = Record<string, unknown>;
type Entry<P extends Params> = { id: (p: P) => string; en: (p: P) => string };
const entry = <P extends Params = Record<never, never>>(id: (p: P) => string, en: (p: P) => string): Entry<P> => ({ id, en });

const q = (s: unknown): string => `"${String(s)}"`;

/** Why the importer removed a line (src/editor/import/), by the label it gives: [Indonesian, English]. */
const REASONS: Record<string, readonly [string, string]> = {
  "comment form": ["formulir komentar", "comment form"],
  "related link": ["tautan berita terkait", "related link"],
  promo: ["promosi", "promo"],
  copyright: ["hak cipta", "copyright"],
  "tag list": ["daftar tag", "tag list"],
  pagination: ["penomoran halaman", "pagination"],
  advertisement: ["iklan", "advertisement"],
  "share widget": ["tombol berbagi", "share widget"],
  "republication note": ["catatan terbit ulang", "republication note"],
  "page timing": ["waktu muat halaman", "page timing"],
  "font-size widget": ["pengatur ukuran huruf", "font-size widget"],
  byline: ["baris penulis", "byline"],
  "publication date": ["tanggal terbit", "publication date"],
  "update time": ["waktu pembaruan", "update time"],
  "headline (→ title)": ["judul (→ title)", "headline (→ title)"],
  "repeated headline": ["judul berulang", "repeated headline"],
  "truncated headline": ["judul terpotong", "truncated headline"],
  "author initials": ["inisial penulis", "author initials"],
};

export const MESSAGES = {
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
    (p) => `baris ini ${p.reason.pesan}`,
    (p) => `this line ${p.reason.message}`,
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
    (p) => `id tag ${p.reason.pesan}`,
    (p) => `tag id ${p.reason.message}`,
  ),
  "tags.name-taken": entry<{ name: string; other: string }>(
    (p) => `${q(p.name)} juga label atau alias tag ${q(p.other)}; setiap nama hanya boleh menunjuk satu tag`,
    (p) => `${q(p.name)} is also a label or alias of tag ${q(p.other)}; each name may point to one tag only`,
  ),
  "synonyms.shape": entry(
    () => 'harus berupa daftar kelompok, satu per baris, masing-masing daftar berisi dua nama atau lebih: "- [AS, Amerika Serikat]"',
    () => 'must be a list of groups, one a line, each a list of two or more names: "- [AS, Amerika Serikat]"',
  ),
  "synonyms.name": entry<{ reason: Msg }>(
    (p) => `sebuah nama ${p.reason.pesan}`,
    (p) => `a name ${p.reason.message}`,
  ),

  // ---------------------------------------------------------------- the archive's folders and files
  "archive.unreadable": entry(
    () => "folder artikel tidak ada atau tidak dapat dibaca",
    () => "the articles folder does not exist or cannot be read",
  ),
  "tag.unknown": entry<{ tag: string; nearest: readonly string[]; tagsFile: string; entry: string }>(
    (p) =>
      `tag ${q(p.tag)} tidak dikenal.${p.nearest.length ? ` Tag terdekat: ${p.nearest.join(", ")}.` : ""} ${p.entry ? `Jika ini tag baru, tambahkan tiga baris ini ke ${p.tagsFile} (pilih satu kind):\n${p.entry}` : `Tag didefinisikan di ${p.tagsFile}`}`,
    (p) =>
      `unknown tag ${q(p.tag)}${p.nearest.length ? `; did you mean ${p.nearest.map(q).join(" or ")}?` : "."} Tags are defined in ${p.tagsFile}${p.entry ? `; to add it, put these three lines there (choose one kind):\n${p.entry}` : ""}`,
  ),
  "archive.article-outside-event": entry<{ dir: string; name: string }>(
    (p) => `artikel harus berada di dalam folder peristiwa: pindahkan ke ${p.dir}/<id-peristiwa>/${p.name}, di samping index.md peristiwanya`,
    (p) => `an article must be inside an event folder: move it to ${p.dir}/<event-id>/${p.name} next to that event's index.md`,
  ),
  "archive.unexpected-file": entry<{ dir: string; tagsFile: string }>(
    (p) => `file tak terduga; ${p.dir}/ berisi ${p.tagsFile} dan satu folder per peristiwa`,
    (p) => `unexpected file; ${p.dir}/ holds ${p.tagsFile} and one folder per event`,
  ),
  "event.folder-id": entry<{ reason: Msg }>(
    (p) => `nama folder adalah id dan URL peristiwa: ${p.reason.pesan}`,
    (p) => `the folder name is the event's id and URL: ${p.reason.message}`,
  ),
  "event.folder-unreadable": entry<{ code: string }>(
    (p) => `folder peristiwa tidak dapat dibaca (${p.code})`,
    (p) => `the event folder cannot be read (${p.code})`,
  ),
  "event.index-is-folder": entry(
    () => "adalah folder; index.md harus file peristiwa, berisi judul, tanggal dan ringkasannya",
    () => "is a folder; index.md must be the event's file, with its title, date and summary",
  ),
  "event.no-index": entry(
    () => "folder peristiwa ini tidak punya index.md; setiap folder peristiwa memerlukannya, berisi judul, tanggal dan ringkasan peristiwa",
    () => "the event folder has no index.md; every event folder needs one with the event's title, date and summary",
  ),
  "event.folder-in-event": entry(
    () => "folder di dalam folder peristiwa tidak diizinkan; folder peristiwa berisi index.md dan satu file .md per artikel",
    () => "folders inside an event folder are not allowed; an event folder holds index.md and one .md file per article",
  ),
  "event.unexpected-file": entry(
    () => "file tak terduga; folder peristiwa berisi index.md dan satu file .md per artikel",
    () => "unexpected file; an event folder holds index.md and one .md file per article",
  ),
  "article.file-id": entry<{ reason: Msg }>(
    (p) => `nama file adalah id artikel: ${p.reason.pesan}`,
    (p) => `the file name is the article's id: ${p.reason.message}`,
  ),
  "article.index-id": entry(
    () => '"index" adalah file peristiwa itu sendiri (index.md); pilih id lain, misalnya nama sumbernya',
    () => "\"index\" is the event's own file (index.md); choose another id, e.g. the outlet's name",
  ),
  "article.empty": entry(
    () => "teks artikel kosong; tempel teks artikel di bawah baris --- penutup",
    () => "the article text is empty; paste the article below the closing ---",
  ),
  "event.too-many-tags": entry<{ count: number; max: number }>(
    (p) =>
      `peristiwa dan artikelnya memuat ${p.count} tag berbeda; paling banyak ${p.max} muat di halamannya dan di setiap daftar tempat ia muncul. Simpan tag yang menjelaskan isi peristiwa`,
    (p) =>
      `the event and its articles carry ${p.count} different tags; at most ${p.max} fit on its page and in every list it appears in. Keep the tags that say what the event is about`,
  ),
  "event.no-article": entry(
    () =>
      "peristiwa ini belum punya artikel, jadi halamannya tidak akan menampilkan liputan; tambahkan file artikel ke foldernya (npm run import, atau npm run new -- article), atau tandai peristiwa draft: true sampai artikelnya ada",
    () =>
      "the event has no article, so its page would show no coverage; add an article file to its folder (npm run import, or npm run new -- article), or mark the event draft: true until it has one",
  ),
  "event.all-drafts": entry(
    () =>
      "semua artikel peristiwa ini masih draf, jadi halamannya tidak akan menampilkan liputan; terbitkan satu artikel (hapus draft: true-nya), atau tandai peristiwa draft: true juga",
    () =>
      "every article of the event is a draft, so its page would show no coverage; publish an article (remove its draft: true), or mark the event draft: true too",
  ),
  "link.loop": entry(
    () => "adalah tautan (link) yang berputar (tautan-tautan saling menunjuk); hapus",
    () => "is a link that leads in a circle (a loop of links); remove it",
  ),
  "link.dangling": entry<{ target: string }>(
    (p) => `adalah tautan (link) ke ${p.target}, yang tidak ada; hapus atau salin filenya ke sini`,
    (p) => `is a link to ${p.target}, which does not exist; remove it or copy the file in`,
  ),
  "link.outside": entry<{ target: string }>(
    (p) => `adalah tautan (link) ke ${p.target}, di luar folder artikel; salin filenya ke dalam arsip, jangan ditautkan`,
    (p) => `is a link to ${p.target}, outside the articles folder; copy the file into the archive instead of linking to it`,
  ),
  "entry.special": entry(
    () => "bukan file dan bukan folder; hapus",
    () => "is neither a file nor a folder; remove it",
  ),

  // ---------------------------------------------------------------- check's warnings (src/editor/warnings.ts, duplicates.ts)
  "warn.outlet-spelling": entry<{ spelling: string; main: string; files: number }>(
    (p) =>
      `sumber ${q(p.spelling)} ditampilkan sebagai ${q(p.main)}, ejaan yang dipakai sebagian besar artikel; tulis dengan cara yang sama di mana pun (${p.files} file mengejanya ${q(p.spelling)})`,
    (p) =>
      `outlet ${q(p.spelling)} is shown as ${q(p.main)}, the spelling most articles use; write it the same way everywhere (${p.files} ${p.files === 1 ? "file" : "files"} spell it ${q(p.spelling)})`,
  ),
  "warn.event-date-early": entry<{ iso: string; earliest: number }>(
    (p) => `tanggal peristiwa ${p.iso} sebelum tahun ${p.earliest}; apakah tahunnya salah ketik?`,
    (p) => `the event date ${p.iso} is before ${p.earliest}; is the year mistyped?`,
  ),
  "warn.event-date-future": entry<{ iso: string; today: string }>(
    (p) => `tanggal peristiwa ${p.iso} sesudah hari ini (${p.today}); periksa tanggalnya`,
    (p) => `the event date ${p.iso} is after today (${p.today}); check the date`,
  ),
  "warn.published-early": entry<{ iso: string; earliest: number }>(
    (p) => `tanggal terbit ${p.iso} sebelum tahun ${p.earliest}; apakah tahunnya salah ketik?`,
    (p) => `the publication date ${p.iso} is before ${p.earliest}; is the year mistyped?`,
  ),
  "warn.published-future": entry<{ iso: string; today: string }>(
    (p) => `tanggal terbit ${p.iso} sesudah hari ini (${p.today}); periksa tanggalnya`,
    (p) => `the publication date ${p.iso} is after today (${p.today}); check the date`,
  ),
  "warn.duplicate-event": entry<{ other: string; date: string; shared: number; union: number; tags: string }>(
    (p) =>
      `mungkin sama dengan peristiwa ${q(p.other)}: tanggalnya sama (${p.date}) dan ${p.shared} dari ${p.union} tag sama (${p.tags}); jika memang peristiwa yang sama, pindahkan artikelnya ke satu folder`,
    (p) =>
      `possible duplicate of event ${q(p.other)}: same date ${p.date} and ${p.shared} of ${p.union} tags shared (${p.tags}); if it is the same event, move the articles into one folder`,
  ),
  "warn.published-before": entry<{ iso: string; days: number; event: string; eventFile: string }>(
    (p) =>
      `terbit ${p.iso}, ${p.days} hari sebelum tanggal peristiwanya ${p.event} (${p.eventFile}); periksa tanggalnya, atau apakah artikel ini milik peristiwa lain`,
    (p) =>
      `published ${p.iso}, ${p.days} days before its event's date ${p.event} (${p.eventFile}); check the date, or whether the article belongs to another event`,
  ),
  "warn.published-after": entry<{ iso: string; days: number; event: string; eventFile: string }>(
    (p) =>
      `terbit ${p.iso}, ${p.days} hari sesudah tanggal peristiwanya ${p.event} (${p.eventFile}), lebih dari setahun kemudian; periksa tahunnya, atau apakah artikel ini milik peristiwa lain`,
    (p) =>
      `published ${p.iso}, ${p.days} days after its event's date ${p.event} (${p.eventFile}), more than a year later; check the year, or whether the article belongs to another event`,
  ),
  "warn.unused-tag": entry<{ tag: string }>(
    (p) => `tag ${q(p.tag)} didefinisikan tetapi tidak dipakai peristiwa atau artikel mana pun (termasuk draf); pakai atau hapus`,
    (p) => `tag ${q(p.tag)} is defined but no event or article uses it (drafts included); use it or remove it`,
  ),
  "warn.near-duplicate-text": entry<{ other: string; percent: number; words: number }>(
    (p) =>
      `teksnya hampir sama dengan ${p.other} (${p.percent}% rangkaian ${p.words} kata dari teks yang lebih pendek ada di teks lainnya); jika ini artikel yang sama yang diimpor dua kali, hapus salah satu filenya`,
    (p) =>
      `its text is nearly the same as ${p.other} (${p.percent}% of the shorter text's ${p.words}-word runs are in the other); if it is the same article imported twice, delete one of the files`,
  ),
  "warn.similar-title": entry<{ other: string; date: string; title: string; otherTitle: string }>(
    (p) =>
      `mungkin sama dengan peristiwa ${p.other} (${p.date}): judulnya hampir sama (${q(p.title)} dan ${q(p.otherTitle)}); jika memang peristiwa yang sama, pindahkan artikelnya ke satu folder dan hapus folder lainnya`,
    (p) =>
      `possible duplicate of event ${p.other} (${p.date}): the titles are nearly the same (${q(p.title)} and ${q(p.otherTitle)}); if it is the same event, move the articles into one folder and delete the other`,
  ),

  // ---------------------------------------------------------------- command lines (src/cli/run.ts)
  "cli.unknown-option": entry<{ option: string; guess?: string }>(
    (p) => `Opsi ${q(p.option)} tidak dikenal${p.guess ? `; maksud Anda ${q(`--${p.guess}`)}?` : "."}`,
    (p) => `Unknown option ${q(p.option)}${p.guess ? `; did you mean ${q(`--${p.guess}`)}?` : "."}`,
  ),
  "cli.needs-value": entry<{ option: string }>(
    (p) => `${p.option} memerlukan nilai.`,
    (p) => `${p.option} needs a value.`,
  ),
  "cli.dash-value": entry<{ option: string }>(
    (p) => `${p.option} memerlukan nilai; nilai yang diawali "-" ditulis dengan tanda sama dengan, misalnya ${p.option}=-1 atau ${p.option}="-teks".`,
    (p) => `${p.option} needs a value; a value that starts with "-" is written with an equals sign, e.g. ${p.option}=-1 or ${p.option}="-teks".`,
  ),
  "cli.no-value": entry<{ option: string }>(
    (p) => `${p.option} tidak menerima nilai.`,
    (p) => `${p.option} does not take a value.`,
  ),
  "cli.bad-arguments": entry<{ detail: string }>(
    (p) => `Baris perintah tidak dapat dibaca: ${p.detail}`,
    (p) => `${p.detail}`,
  ),
  "cli.unexpected-argument": entry<{ args: string }>(
    (p) => `Argumen tak terduga ${p.args}.`,
    (p) => `Unexpected argument ${p.args}.`,
  ),
  "cli.too-many-arguments": entry<{ args: string }>(
    (p) => `Terlalu banyak argumen: ${p.args}.`,
    (p) => `Too many arguments: ${p.args}.`,
  ),
  "cli.whole-number": entry<{ name: string; min: number; text: string }>(
    (p) => `${p.name} harus bilangan bulat paling kecil ${p.min}, bukan ${q(p.text)}.`,
    (p) => `${p.name} must be a whole number of at least ${p.min}, not ${q(p.text)}.`,
  ),
  "cli.required-option": entry<{ option: string }>(
    (p) => `${p.option} wajib diisi.`,
    (p) => `${p.option} is required.`,
  ),
  "cli.lines": entry<{ lines: readonly Msg[] }>(
    (p) => `${p.lines.map((m) => m.pesan).join("\n")}`,
    (p) => `${p.lines.map((m) => m.message).join("\n")}`,
  ),

  // ---------------------------------------------------------------- usages
  "usage.check": entry(
    () => `Pemakaian: npm run check [-- --json] [--articles FOLDER]
  --json       satu objek JSON di stdout, untuk alat dan editor teks
  --articles   folder artikel (bawaan: $ARSIP_ARTICLES_DIR atau articles)
Bahasa pesan: Indonesia; ARSIP_LANG=en untuk bahasa Inggris.`,
    () => `Usage: npm run check [-- --json] [--articles DIR]
  --json       one JSON object on stdout, for tools and editors
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)
Messages are in Indonesian; ARSIP_LANG=en gives English.`,
  ),
  "usage.serve": entry(
    () => `Pemakaian: npm run serve [-- --dir FOLDER] [--port PORT]
  --dir    situs yang sudah dibangun (bawaan: _site)
  --port   port di 127.0.0.1 (bawaan: 8080; 0: port bebas mana saja)`,
    () => `Usage: npm run serve [-- --dir DIR] [--port PORT]
  --dir    the built site (default: _site)
  --port   port on 127.0.0.1 (default: 8080; 0: any free port)`,
  ),
  "serve.port": entry<{ port: string }>(
    (p) => `--port harus nomor port dari 0 sampai 65535 (0: port bebas mana saja), bukan ${q(p.port)}.`,
    (p) => `--port must be a port number from 0 to 65535 (0: any free port), not ${q(p.port)}.`,
  ),
  "serve.no-site": entry<{ shown: string }>(
    (p) => `${p.shown}/ tidak berisi situs yang sudah dibangun (tidak ada index.html). Jalankan npm run build dulu.`,
    (p) => `${p.shown}/ holds no built site (no index.html). Run npm run build first.`,
  ),
  "serve.port-taken": entry<{ port: number }>(
    (p) => `Port ${p.port} sudah dipakai program lain. Pilih port lain, misalnya npm run serve -- --port 8090`,
    (p) => `Port ${p.port} is already in use. Choose another, e.g. npm run serve -- --port 8090`,
  ),
  "serve.listening": entry<{ shown: string; url: string }>(
    (p) => `Menyajikan ${p.shown}/ seperti server produksi (kompresi, cache, halaman 404).\nSitus: ${p.url}\nTekan Ctrl+C untuk berhenti.`,
    (p) => `Serving ${p.shown}/ as a production host would (compression, caching, the 404 page).\nSite: ${p.url}\nPress Ctrl+C to stop.`,
  ),
  "usage.build": entry(
    () => `Pemakaian: npm run build [-- --output FOLDER] [--articles FOLDER]
  --output     folder tujuan situs (bawaan: _site)
  --articles   folder artikel (bawaan: $ARSIP_ARTICLES_DIR atau articles)`,
    () => `Usage: npm run build [-- --output DIR] [--articles DIR]
  --output     the folder the site is written to (default: _site)
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`,
  ),
  "usage.import": entry(
    () => `Pemakaian: npm run import -- <teks.txt | -> --event <id-peristiwa> [--id <id-artikel>] [--force] [--articles FOLDER]
  <teks.txt>    teks yang disalin dari situs berita (UTF-8); - membacanya dari masukan standar
  --event       folder peristiwa tempat artikel ini, misalnya 2021-03-22-kim-xi-bertukar-pesan
  --id          nama file artikel tanpa .md (bawaan: nama sumbernya, atau "artikel")
  --force       tetap impor teks yang sudah ada di arsip (biasanya ditolak)
  --articles    folder artikel (bawaan: $ARSIP_ARTICLES_DIR atau articles)`,
    () => `Usage: npm run import -- <raw.txt | -> --event <event-id> [--id <article-id>] [--force] [--articles DIR]
  <raw.txt>     the text copied from the news site (UTF-8); - reads it from standard input
  --event       the event folder the article belongs to, e.g. 2021-03-22-kim-xi-bertukar-pesan
  --id          the article's file name without .md (default: the outlet's name, or "artikel")
  --force       import a text the archive already holds (refused otherwise)
  --articles    the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`,
  ),
  "usage.new": entry(
    () => `Pemakaian:
  npm run new -- event <id-peristiwa> --title "…" --date YYYY-MM-DD [--place …] [--summary …]
  npm run new -- article <id-peristiwa> <id-artikel> [--outlet …]
Keduanya menerima --articles FOLDER (bawaan: $ARSIP_ARTICLES_DIR atau articles).`,
    () => `Usage:
  npm run new -- event <event-id> --title "…" --date YYYY-MM-DD [--place …] [--summary …]
  npm run new -- article <event-id> <article-id> [--outlet …]
Both take --articles DIR (default: $ARSIP_ARTICLES_DIR or articles).`,
  ),
  "usage.start": entry(
    () => `Pemakaian: npm start [-- --port N] [--host H] [--output FOLDER] [--articles FOLDER]
  --port       port untuk pratinjau (bawaan 8080; port bebas berikutnya jika terpakai)
  --host       alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)
  --output     folder pratinjau sendiri (bawaan: .cache/preview; bukan situs yang Anda terbitkan)
  --articles   folder artikel (bawaan: $ARSIP_ARTICLES_DIR atau articles)
  --no-code-watch  jangan mulai ulang saat kode proyek berubah`,
    () => `Usage: npm start [-- --port N] [--host H] [--output DIR] [--articles DIR]
  --port       the port to serve on (default 8080; the next free one when it is taken)
  --host       the address to listen on (default 127.0.0.1: this machine only)
  --output     the preview's own folder (default: .cache/preview; never the site you publish)
  --articles   the articles folder (default: $ARSIP_ARTICLES_DIR or articles)
  --no-code-watch  do not restart when the project's own code changes`,
  ),
  "usage.generate": entry(
    () => "Pemakaian: npm run generate -- --articles N --out FOLDER [--seed S] [--force]",
    () => "Usage: npm run generate -- --articles N --out DIR [--seed S] [--force]",
  ),
  "usage.bench": entry(
    () => "Pemakaian: npm run bench -- --articles N[,N…] [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]\n         npm run bench -- --readme FILE",
    () => "Usage: npm run bench -- --articles N[,N…] [--rounds R] [--seed S] [--json FILE] [--skip-dev] [--keep]\n       npm run bench -- --readme FILE",
  ),

  // ---------------------------------------------------------------- check and build
  "summary.line": entry<{
    events: number;
    articles: number;
    tags: number;
    drafts: number;
    draftEvents: number;
    draftArticles: number;
    pages?: number;
    seconds: number;
  }>(
    (p) =>
      [
        `${p.events} peristiwa`,
        `${p.articles} artikel`,
        `${p.tags} tag`,
        `${p.drafts} draf dilewati${p.drafts > 0 ? ` (${p.draftEvents} peristiwa, ${p.draftArticles} artikel)` : ""}`,
        ...(p.pages === undefined ? [] : [`${p.pages} halaman ditulis`]),
        `${p.seconds.toFixed(2).replace(".", ",")} dtk`,
      ].join(", "),
    (p) => {
      const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? "" : "s"}`;
      return [
        n(p.events, "event"),
        n(p.articles, "article"),
        n(p.tags, "tag"),
        `${n(p.drafts, "draft")} skipped${p.drafts > 0 ? ` (${n(p.draftEvents, "event")}, ${n(p.draftArticles, "article")})` : ""}`,
        ...(p.pages === undefined ? [] : [`${n(p.pages, "page")} written`]),
        `${p.seconds.toFixed(2)} s`,
      ].join(", ");
    },
  ),
  "check.ok": entry<{ summary: Msg }>(
    (p) => `OK: ${p.summary.pesan}`,
    (p) => `OK: ${p.summary.message}`,
  ),
  "check.failed": entry<{ count: number }>(
    (p) => `${p.count} masalah ditemukan. Perbaiki, lalu jalankan npm run check lagi.`,
    (p) => `${p.count} ${p.count === 1 ? "problem" : "problems"} found. Fix ${p.count === 1 ? "it" : "them"} and run npm run check again.`,
  ),
  "check.warnings": entry<{ count: number }>(
    (p) => `${p.count} peringatan: layak diperiksa, tetapi arsip tetap sah.`,
    (p) => `${p.count} ${p.count === 1 ? "warning" : "warnings"}: worth a look, but the archive is valid.`,
  ),
  "build.stopped": entry<{ count: number; output: string }>(
    (p) => `Build dihentikan: ${p.count} masalah di artikel. Tidak ada yang ditulis; ${p.output}/ tidak berubah.`,
    (p) => `Build stopped: ${p.count} ${p.count === 1 ? "problem" : "problems"} in the articles. Nothing was written; ${p.output}/ is unchanged.`,
  ),
  "build.nothing-built": entry<{ problems: Msg }>(
    (p) => `${p.problems.pesan}\nTidak ada yang dibangun.`,
    (p) => `${p.problems.message}\nNothing was built.`,
  ),
  "build.nothing-written": entry<{ problem: Msg }>(
    (p) => `${p.problem.pesan} Tidak ada yang ditulis.`,
    (p) => `${p.problem.message} Nothing was written.`,
  ),
  "build.localhost": entry<{ url: string }>(
    (p) =>
      `peringatan: ARSIP_SITE_URL belum diatur, jadi umpan berita, tautan kanonis dan peta situs menunjuk ke ${p.url}; atur ke alamat terbitnya, misalnya ARSIP_SITE_URL=https://arsip.example.org npm run build`,
    (p) =>
      `warning: ARSIP_SITE_URL is not set, so feeds, canonical links and the sitemap point to ${p.url}; set it to the published address, e.g. ARSIP_SITE_URL=https://arsip.example.org npm run build`,
  ),
  "build.done": entry<{ output: string; summary: Msg }>(
    (p) => `Situs ditulis ke ${p.output}/: ${p.summary.pesan}`,
    (p) => `Built ${p.output}/: ${p.summary.message}`,
  ),
  "build.search": entry<{ pages: number; files: number; kib: string; seconds: number }>(
    (p) => `Indeks pencarian: ${p.pages} halaman, ${p.files} file, ${p.kib} KiB, ${p.seconds.toFixed(2).replace(".", ",")} dtk`,
    (p) => `Search index: ${p.pages} pages, ${p.files} files, ${p.kib} KiB, ${p.seconds.toFixed(2)} s`,
  ),
  "cache.not-saved": entry<{ detail: string }>(
    (p) => `peringatan: cache isi tidak dapat disimpan (${p.detail}); hasilnya tetap benar, hanya perintah berikutnya tidak lebih cepat`,
    (p) => `warning: the content cache could not be saved (${p.detail}); results are still right, only the next run is not faster`,
  ),
  "build.kept": entry<{ pages: number; pagesTotal: number; files: number; filesTotal: number; searchKept: boolean }>(
    (p) =>
      `Tidak berubah sejak build sebelumnya, jadi dipakai lagi: ${p.pages} dari ${p.pagesTotal} halaman, ${p.files} dari ${p.filesTotal} file data dan kutipan${p.searchKept ? ", dan indeks pencarian" : "; indeks pencarian disusun ulang"}`,
    (p) =>
      `Unchanged since the previous build, so kept: ${p.pages} of ${p.pagesTotal} pages, ${p.files} of ${p.filesTotal} data and citation files${p.searchKept ? ", and the search index" : "; the search index was rebuilt"}`,
  ),
  "build.failed": entry<{ detail: Msg; output: string }>(
    (p) => `${p.detail.pesan}\n${p.output}/ tidak berubah.`,
    (p) => `${p.detail.message}\n${p.output}/ is unchanged.`,
  ),
  "build.render-failed": entry<{ detail: string }>(
    (p) => `Build gagal saat menyusun halaman: ${p.detail}`,
    (p) => `Build failed while rendering: ${p.detail}`,
  ),
  "build.index-failed": entry<{ detail: string }>(
    (p) => `Build gagal saat menyusun indeks pencarian: ${p.detail}`,
    (p) => `Build failed while writing the search index: ${p.detail}`,
  ),
  "config.url-incomplete": entry<{ url: string }>(
    (p) => `ARSIP_SITE_URL="${p.url}" bukan alamat web lengkap; tulis dengan skemanya, misalnya ARSIP_SITE_URL=https://arsip.example.org`,
    (p) => `ARSIP_SITE_URL="${p.url}" is not a complete web address; give it with its scheme, e.g. ARSIP_SITE_URL=https://arsip.example.org`,
  ),
  "config.url-extra": entry<{ url: string }>(
    (p) => `ARSIP_SITE_URL="${p.url}" hanya boleh memuat skema, host dan path, misalnya https://arsip.example.org`,
    (p) => `ARSIP_SITE_URL="${p.url}" may hold only the scheme, host and a path, e.g. https://arsip.example.org`,
  ),
  "config.url-path": entry<{ url: string; path: string; origin: string }>(
    (p) =>
      `ARSIP_SITE_URL="${p.url}" memuat path (${p.path}); tulis host di ARSIP_SITE_URL dan path di ARSIP_PATH_PREFIX, misalnya ARSIP_SITE_URL=${p.origin} ARSIP_PATH_PREFIX=${p.path}`,
    (p) =>
      `ARSIP_SITE_URL="${p.url}" has a path (${p.path}); give the host in ARSIP_SITE_URL and the path in ARSIP_PATH_PREFIX, e.g. ARSIP_SITE_URL=${p.origin} ARSIP_PATH_PREFIX=${p.path}`,
  ),
  "config.prefix": entry<{ prefix: string }>(
    (p) => `ARSIP_PATH_PREFIX="${p.prefix}" bukan path; ini bagian alamat sesudah host, misalnya ARSIP_PATH_PREFIX=/arsip-korut/`,
    (p) => `ARSIP_PATH_PREFIX="${p.prefix}" is not a path; it is the part of the address after the host, e.g. ARSIP_PATH_PREFIX=/arsip-korut/`,
  ),
  "output.holds-articles": entry<{ shown: string }>(
    (p) => `${p.shown} memuat folder artikel; build mengganti folder tujuannya seluruhnya. Pilih folder tersendiri, misalnya _site.`,
    (p) => `${p.shown} holds the articles folder; the build replaces its output folder whole. Choose a folder of its own, e.g. _site.`,
  ),
  "output.inside-articles": entry<{ shown: string }>(
    (p) => `${p.shown} berada di dalam folder artikel, yang hanya untuk peristiwa. Pilih folder di luarnya, misalnya _site.`,
    (p) => `${p.shown} is inside the articles folder, where only events belong. Choose a folder outside it, e.g. _site.`,
  ),
  "output.holds-project": entry<{ shown: string }>(
    (p) => `${p.shown} memuat proyek ini sendiri; build mengganti folder tujuannya seluruhnya. Pilih folder tersendiri, misalnya _site.`,
    (p) => `${p.shown} holds the project itself; the build replaces its output folder whole. Choose a folder of its own, e.g. _site.`,
  ),
  "output.link": entry<{ shown: string; target: string }>(
    (p) => `${p.shown} adalah tautan (link) ke ${p.target}; build mengganti folder tujuannya seluruhnya, jadi tulis folder itu sendiri, atau folder baru.`,
    (p) => `${p.shown} is a link (to ${p.target}); the build replaces its output folder whole, so give the folder itself, or a new folder.`,
  ),
  "output.not-folder": entry<{ shown: string }>(
    (p) => `${p.shown} sudah ada dan bukan folder. Pilih folder untuk situsnya, misalnya _site.`,
    (p) => `${p.shown} exists and is not a folder. Choose a folder for the site, e.g. _site.`,
  ),
  "output.foreign-folder": entry<{ shown: string; count: number; marker: string }>(
    (p) =>
      `${p.shown} memuat ${p.count} entri yang tidak ditulis oleh build arsip ini (tidak ada file ${p.marker} di dalamnya), dan build mengganti folder tujuannya seluruhnya. Pilih folder kosong atau baru, atau kosongkan folder ini sendiri lebih dulu.`,
    (p) =>
      `${p.shown} holds ${p.count} ${p.count === 1 ? "entry" : "entries"} that no build of this archive wrote (there is no ${p.marker} file in it), and a build replaces its output folder whole. Choose an empty or new folder, or empty this one yourself first.`,
  ),
  "output.foreign-entries": entry<{ shown: string; names: string; more: number; count: number }>(
    (p) =>
      `${p.shown} adalah hasil build sebelumnya, tetapi ${p.names}${p.more > 0 ? ` dan ${p.more} lainnya` : ""} di dalamnya ditaruh oleh pihak lain, dan build mengganti folder tujuannya seluruhnya. Pindahkan dulu ke tempat lain.`,
    (p) =>
      `${p.shown} is an earlier build, but ${p.names}${p.more > 0 ? ` and ${p.more} more` : ""} in it ${p.count === 1 ? "was" : "were"} put there by someone else, and a build replaces its output folder whole. Move ${p.count === 1 ? "it" : "them"} out first.`,
  ),
  "output.not-replaced": entry<{ output: string; code: string; mount: boolean }>(
    (p) =>
      `${p.output} tidak dapat diganti (${p.code}${p.mount ? ": folder ini titik kait (mount point) atau berada di sistem file lain" : ""}); isinya tidak berubah. Bangun ke folder yang dapat diganti, misalnya folder di dalamnya, dan arahkan server web ke sana.`,
    (p) =>
      `${p.output} could not be replaced (${p.code}${p.mount ? ": it is a mount point or on another file system" : ""}); it is unchanged. Build into a folder that can be replaced, e.g. a folder inside it, and point the web server there.`,
  ),

  // ---------------------------------------------------------------- npm run new (src/cli/new.ts, src/editor/scaffold.ts)
  "new.option-value": entry<{ name: string; problem: Msg }>(
    (p) => `${p.name}: ${p.problem.pesan}`,
    (p) => `${p.name}: ${p.problem.message}`,
  ),
  "new.empty-option": entry<{ name: string }>(
    (p) => `${p.name} tidak boleh kosong`,
    (p) => `${p.name} may not be empty`,
  ),
  "new.one-line-option": entry<{ name: string }>(
    (p) => `${p.name} harus satu baris`,
    (p) => `${p.name} must be a single line`,
  ),
  "new.id-note": entry<{ example: string }>(
    (p) => `catatan: menurut kebiasaan, id peristiwa diawali tanggalnya, misalnya ${p.example}`,
    (p) => `note: by convention an event id starts with its date, e.g. ${p.example}`,
  ),
  "new.wrong-options": entry<{ options: string; command: string }>(
    (p) => `${p.options} tidak dapat dipakai dengan "new ${p.command}".`,
    (p) => `${p.options} cannot be used with "new ${p.command}".`,
  ),
  "new.event-id-missing": entry(
    () => 'Tulis id peristiwanya, misalnya npm run new -- event 2021-03-22-kim-xi-bertukar-pesan --title "…" --date 2021-03-22',
    () => 'Give the event\'s id, e.g. npm run new -- event 2021-03-22-kim-xi-bertukar-pesan --title "…" --date 2021-03-22',
  ),
  "new.unexpected": entry<{ args: string; example: string }>(
    (p) => `Argumen tak terduga ${p.args}; apit teks yang memuat spasi dengan tanda kutip, misalnya ${p.example}.`,
    (p) => `Unexpected ${p.args}; put text with spaces in quotes, e.g. ${p.example}.`,
  ),
  "new.event-needs": entry(
    () => 'Peristiwa memerlukan --title "…" dan --date YYYY-MM-DD.',
    () => 'An event needs --title "…" and --date YYYY-MM-DD.',
  ),
  "new.no-articles-folder": entry<{ dir: string }>(
    (p) => `Folder artikel ${p.dir}/ tidak ada; jalankan perintah ini di folder proyek atau beri --articles FOLDER.`,
    (p) => `There is no articles folder ${p.dir}/; run this in the project folder or pass --articles DIR.`,
  ),
  "new.event-exists": entry<{ file: string }>(
    (p) => `${p.file} sudah ada; tidak ada yang ditulis. Sunting file itu, atau pilih id peristiwa lain.`,
    (p) => `${p.file} already exists; nothing was written. Edit that file, or choose another event id.`,
  ),
  "new.created": entry<{ file: string }>(
    (p) => `Dibuat: ${p.file}`,
    (p) => `Created ${p.file}`,
  ),
  "new.next-summary": entry<{ file: string; id: string }>(
    (p) =>
      `Berikutnya: tulis ringkasan di ${p.file}, lalu tambahkan artikel (npm run check gagal sampai peristiwa punya keduanya):\n  npm run import -- <teks.txt> --event ${p.id}`,
    (p) =>
      `Next: write the summary in ${p.file}, then add an article (npm run check fails until the event has both):\n  npm run import -- <text.txt> --event ${p.id}`,
  ),
  "new.next-article": entry<{ id: string }>(
    (p) =>
      `Berikutnya: tambahkan artikel (npm run check gagal sampai peristiwa punya satu):\n  npm run import -- <teks.txt> --event ${p.id}\n  atau npm run new -- article ${p.id} <id-artikel>`,
    (p) =>
      `Next: add an article (npm run check fails until the event has one):\n  npm run import -- <text.txt> --event ${p.id}\n  or npm run new -- article ${p.id} <article-id>`,
  ),
  "new.article-ids-missing": entry(
    () => "Tulis id peristiwa dan id artikel barunya, misalnya npm run new -- article 2021-03-22-kim-xi-bertukar-pesan kontan --outlet Kontan",
    () => "Give the event's id and the new article's id, e.g. npm run new -- article 2021-03-22-kim-xi-bertukar-pesan kontan --outlet Kontan",
  ),
  "new.no-event": entry<{ dir: string; id: string }>(
    (p) => `Peristiwa ${p.dir}/ (dengan index.md) tidak ada. Buat peristiwanya dulu:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
    (p) => `There is no event ${p.dir}/ (with an index.md). Create the event first:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
  ),
  "new.article-exists": entry<{ file: string }>(
    (p) => `${p.file} sudah ada; tidak ada yang ditulis. Pilih id artikel lain.`,
    (p) => `${p.file} already exists; nothing was written. Choose another article id.`,
  ),
  "new.next-text": entry(
    () => "Berikutnya: tempel teks artikel di bawah baris --- penutup dan isi kolom yang disebut sumbernya (npm run check gagal sampai teksnya ada).",
    () => "Next: paste the article text below the closing --- and fill the fields the source states (npm run check fails until the text is there).",
  ),
  "new.what": entry(
    () => "Sebutkan apa yang dibuat: event atau article.",
    () => "Say what to create: event or article.",
  ),
  "new.unknown-what": entry<{ what: string }>(
    (p) => `Perintah ${q(p.what)} tidak dikenal; pakai event atau article.`,
    (p) => `Unknown command ${q(p.what)}; use event or article.`,
  ),
  "write.failed": entry<{ file: string; code: string }>(
    (p) => `Tidak dapat menulis ${p.file}: ${p.code}; tidak ada yang ditulis.`,
    (p) => `Cannot write ${p.file}: ${p.code}; nothing was written.`,
  ),

  // ---------------------------------------------------------------- npm run import (src/cli/import.ts)
  "import.no-file": entry(
    () => "Sebutkan file teks yang diimpor (atau - untuk membaca masukan standar).",
    () => "Give the text file to import (or - to read standard input).",
  ),
  "import.one-file": entry<{ files: string }>(
    (p) => `Satu file teks setiap kali; yang diberikan: ${p.files}.`,
    (p) => `Only one text file at a time; got ${p.files}.`,
  ),
  "import.no-event": entry(
    () => "Sebutkan peristiwa tempat artikel ini dengan --event <id-peristiwa>.",
    () => "Give the event the article belongs to with --event <event-id>.",
  ),
  "import.no-event-folder": entry<{ dir: string; id: string }>(
    (p) => `Folder peristiwa ${p.dir}/ tidak ada. Buat peristiwanya dulu, lalu impor lagi:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
    (p) => `There is no event folder ${p.dir}/. Create the event first, then import again:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
  ),
  "import.no-index": entry<{ dir: string; id: string }>(
    (p) =>
      `Folder peristiwa ${p.dir}/ tidak punya index.md. Buat peristiwanya dulu, lalu impor lagi:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
    (p) =>
      `The event folder ${p.dir}/ has no index.md. Create the event first, then import again:\n  npm run new -- event ${p.id} --title "…" --date YYYY-MM-DD`,
  ),
  "import.paste": entry(
    () => "Tempel teks artikelnya, lalu tekan Ctrl-D (di Windows: Ctrl-Z, Enter).",
    () => "Paste the article text, then press Ctrl-D (Ctrl-Z, Enter on Windows).",
  ),
  "import.stdin": entry(
    () => "masukan standar",
    () => "standard input",
  ),
  "import.unreadable": entry<{ input: Msg | string; code: string }>(
    (p) => `Tidak dapat membaca ${typeof p.input === "string" ? p.input : p.input.pesan}: ${p.code}`,
    (p) => `Cannot read ${typeof p.input === "string" ? p.input : p.input.message}: ${p.code}`,
  ),
  "import.bad-text": entry<{ input: Msg | string; line?: number; problem: Msg }>(
    (p) => `${typeof p.input === "string" ? p.input : p.input.pesan}${p.line ? `:${p.line}` : ""}: ${p.problem.pesan}`,
    (p) => `${typeof p.input === "string" ? p.input : p.input.message}${p.line ? `:${p.line}` : ""}: ${p.problem.message}`,
  ),
  "import.tags-unreadable": entry<{ file: string; problem: Msg }>(
    (p) => `peringatan: ${p.file}: ${p.problem.pesan}; tidak ada tag yang disarankan (npm run check menyebut masalahnya)`,
    (p) => `warning: ${p.file}: ${p.problem.message}; no tags suggested (npm run check names the problem)`,
  ),
  "import.no-text": entry(
    () => "Tidak ada teks artikel yang tersisa setelah perabot situs dibuang; tidak ada yang ditulis.",
    () => "No article text is left after removing site furniture; nothing was written.",
  ),
  "import.duplicate": entry<{ file: string }>(
    (p) => `Arsip sudah memuat teks ini: ${p.file}; tidak ada yang ditulis. Untuk tetap mengimpornya, tambahkan --force.`,
    (p) => `The archive already holds this text: ${p.file}; nothing was written. To import it anyway, add --force.`,
  ),
  "import.exists": entry<{ file: string }>(
    (p) => `${p.file} sudah ada; tidak ada yang ditulis. Pilih id lain dengan --id, atau hapus file itu dulu.`,
    (p) => `${p.file} already exists; nothing was written. Choose another id with --id, or remove that file first.`,
  ),
  "import.internal": entry<{ lines: readonly Msg[] }>(
    (p) => `Galat internal: file yang dihasilkan tidak akan sah; tidak ada yang ditulis.\n${p.lines.map((m) => m.pesan).join("\n")}`,
    (p) => `Internal error: the generated file would not be valid; nothing was written.\n${p.lines.map((m) => m.message).join("\n")}`,
  ),
  "import.next": entry(
    () => "Berikutnya: baca filenya, pangkas tag-nya dan isi yang ada di bawah Periksa, lalu jalankan npm run check.",
    () => "Next: read the file, prune the tags and fill what is under Periksa, then run npm run check.",
  ),

  // ---------------------------------------------------------------- npm start, generate, bench
  "start.port": entry<{ port: string }>(
    (p) => `--port harus nomor port dari 1 sampai 65535, bukan ${q(p.port)}.`,
    (p) => `--port must be a port number from 1 to 65535, not ${q(p.port)}.`,
  ),
  "preview.ready": entry<{ url: string }>(
    (p) => `Pratinjau: ${p.url}`,
    (p) => `Preview: ${p.url}`,
  ),
  "preview.problems": entry<{ count: number; lines: string }>(
    (p) => `Arsip punya ${p.count} masalah:\n${p.lines}`,
    (p) => `The archive has ${p.count} ${p.count === 1 ? "problem" : "problems"}:\n${p.lines}`,
  ),
  "preview.overlay": entry(
    () => "Pratinjau menampilkan versi valid terakhir di bawah panel galat sampai masalahnya diperbaiki.",
    () => "The preview shows the last good version under an error overlay until this is fixed.",
  ),
  "target.not-folder": entry<{ shown: string }>(
    (p) => `${p.shown} sudah ada dan bukan folder; tidak ada yang ditulis.`,
    (p) => `${p.shown} exists and is not a folder; nothing was written.`,
  ),
  "target.not-empty": entry<{ shown: string; count: number }>(
    (p) => `${p.shown} tidak kosong (${p.count} entri); tidak ada yang ditulis. Pilih folder kosong, atau tambahkan --force untuk mengosongkannya dulu.`,
    (p) =>
      `${p.shown} is not empty (${p.count} ${p.count === 1 ? "entry" : "entries"}); nothing was written. Choose an empty folder, or add --force to empty it first.`,
  ),
  "target.unsafe": entry<{ shown: string }>(
    (p) =>
      `--force tidak akan mengosongkan ${p.shown}: folder ini memuat proyek, folder kerja saat ini, repositori git atau artikel yang sebenarnya. Tidak ada yang ditulis.`,
    (p) => `--force will not empty ${p.shown}: it holds the project, the current folder, a git repository or the real articles. Nothing was written.`,
  ),
  "progress.reading": entry(
    () => "Membaca peristiwa",
    () => "Reading events",
  ),
  "progress.duplicates": entry(
    () => "Mencari teks dan judul kembar",
    () => "Looking for repeated texts and titles",
  ),
  "progress.preparing": entry(
    () => "Menyiapkan data halaman",
    () => "Preparing page data",
  ),
  "progress.writing": entry(
    () => "Menulis halaman",
    () => "Writing pages",
  ),
  "progress.indexing": entry(
    () => "Menyelesaikan indeks pencarian",
    () => "Finishing the search index",
  ),
  "progress.generating": entry(
    () => "Membuat artikel",
    () => "Generating articles",
  ),
  "bench.failed": entry<{ detail: string }>(
    (p) => `Bench gagal: ${p.detail}`,
    (p) => `Bench failed: ${p.detail}`,
  ),

  // ---------------------------------------------------------------- the import report (src/editor/import/)
  "report.found": entry(
    () => "Kolom yang ditemukan:",
    () => "Fields found:",
  ),
  "report.none": entry(
    () => "(tidak ada)",
    () => "(none)",
  ),
  "report.found-line": entry<{ field: string; value: string; line: number; evidence: string }>(
    (p) => `  ${`${p.field}:`.padEnd(11)} ${p.value}   (baris ${p.line}: ${p.evidence})`,
    (p) => `  ${`${p.field}:`.padEnd(11)} ${p.value}   (line ${p.line}: ${p.evidence})`,
  ),
  "report.removed": entry<{ count: number }>(
    (p) => `Baris yang dibuang (${p.count}):`,
    (p) => `Lines removed (${p.count}):`,
  ),
  "report.removed-line": entry<{ line: number; reason: string; text: string }>(
    (p) => `  baris ${p.line} [${REASONS[p.reason]?.[0] ?? p.reason}] ${p.text}`,
    (p) => `  line ${p.line} [${REASONS[p.reason]?.[1] ?? p.reason}] ${p.text}`,
  ),
  "report.subheadings": entry<{ count: number }>(
    (p) => `Subjudul (${p.count}):`,
    (p) => `Subheadings (${p.count}):`,
  ),
  "report.subheading-line": entry<{ line: number; text: string }>(
    (p) => `  baris ${p.line}: ## ${p.text}`,
    (p) => `  line ${p.line}: ## ${p.text}`,
  ),
  "report.tags": entry<{ count: number; tags: string }>(
    (p) => `Tag yang disarankan (${p.count}, ditulis ke tags:; hapus yang tidak cocok): ${p.tags || "(tidak ada)"}`,
    (p) => `Tags suggested (${p.count}, written to tags:; remove those that do not fit): ${p.tags || "(none)"}`,
  ),
  "report.tags-on-event": entry<{ tags: string }>(
    (p) => `  juga cocok, sudah ada di peristiwanya (tidak diulang): ${p.tags}`,
    (p) => `  also matched, already on the event (not repeated): ${p.tags}`,
  ),
  "report.dates": entry<{ none: boolean }>(
    (p) => `Calon tanggal peristiwa (disebut dalam teks, bukan tanggal terbit):${p.none ? " (tidak ada)" : ""}`,
    (p) => `Candidate event dates (mentioned in the text, not the publication date):${p.none ? " (none)" : ""}`,
  ),
  "report.date-line": entry<{ iso: string; line: number; text: string }>(
    (p) => `  ${p.iso}   (baris ${p.line}: ${p.text})`,
    (p) => `  ${p.iso}   (line ${p.line}: ${p.text})`,
  ),
  "report.periksa": entry<{ count: number }>(
    (p) => `Periksa (${p.count}):`,
    (p) => `Periksa (to check, ${p.count}):`,
  ),
  "report.written": entry<{ file: string }>(
    (p) => `Ditulis: ${p.file}`,
    (p) => `Written: ${p.file}`,
  ),
  "import.first-line": entry(
    () => "baris pertama",
    () => "the first line",
  ),
  "import.weekday": entry<{ stated: string; iso: string; actual: string }>(
    (p) => `teksnya menyebut ${p.stated}, padahal ${p.iso} jatuh pada hari ${p.actual}`,
    (p) => `the text says ${p.stated}, but ${p.iso} was a ${p.actual}`,
  ),
  "import.no-zone": entry<{ time: string }>(
    (p) => `jam ${p.time} ditulis tanpa zona waktu (WIB, WITA atau WIT), jadi hanya tanggalnya yang ditulis`,
    (p) => `the time ${p.time} is stated without a time zone (WIB, WITA or WIT), so only the date was written`,
  ),
  "import.not-publication": entry<{ segment: string }>(
    (p) => `${q(p.segment)} tidak menyebut nama terbitan; tidak dipakai (tulis kantor berita atau media yang dikutip artikel, jika ada)`,
    (p) => `${q(p.segment)} does not name a publication; not used (write the agency or outlet the article cites, if any)`,
  ),
  "import.chronology": entry<{ line: number; text: string }>(
    (p) => `baris ${p.line} ${q(p.text)} adalah tanggal di dalam teks (kronologi?); tetap di teks, tidak dipakai sebagai tanggal terbit`,
    (p) => `line ${p.line} ${q(p.text)} is a date inside the text (a chronology?); kept in the body, not used as the publication date`,
  ),
  "import.update-time": entry<{ line: number; text: string }>(
    (p) => `baris ${p.line} ${q(p.text)} adalah waktu pembaruan, bukan tanggal terbit; tidak dipakai`,
    (p) => `line ${p.line} ${q(p.text)} is an update time, not the publication date; not used`,
  ),
  "import.furniture-doubt": entry<{ line: number; text: string; doubt: string }>(
    (p) => `baris ${p.line} ${q(p.text)} diawali seperti perabot situs (${REASONS[p.doubt]?.[0] ?? p.doubt}) tetapi terbaca sebagai kalimat; tetap di teks`,
    (p) => `line ${p.line} ${q(p.text)} starts like site furniture (${REASONS[p.doubt]?.[1] ?? p.doubt}) but reads as prose; kept in the body`,
  ),
  "import.several-values": entry<{ value: string; others: string }>(
    (p) => `${q(p.value)} dipakai (disebut lebih dulu); teksnya juga menyebut ${p.others}`,
    (p) => `${q(p.value)} was used (stated first); the text also gives ${p.others}`,
  ),
  "import.no-title": entry(
    () => "tidak ada judul di teks (jangan tulis kolom title jika sumbernya memang tanpa judul)",
    () => "no headline found in the text (leave it out if the source has none)",
  ),
  "import.not-found": entry(
    () => "tidak ditemukan di teks",
    () => "not found in the text",
  ),
  "import.no-published": entry<{ dates: string }>(
    (p) => `tidak ada tanggal terbit${p.dates ? `; tanggal di dalam teks: ${p.dates}` : ""}`,
    (p) => `no publication date stated${p.dates ? `; dates in the text: ${p.dates}` : ""}`,
  ),
  "import.no-via": entry<{ agencies: string }>(
    (p) =>
      `tidak ada kantor berita atau media yang dikutip (Sumber:, melansir, dilansir, disitir, mengutip)${p.agencies ? `; kantor berita yang disebut di teks: ${p.agencies}` : ""}`,
    (p) => `no cited source (Sumber:, melansir, dilansir, disitir, mengutip)${p.agencies ? `; agencies named in the text: ${p.agencies}` : ""}`,
  ),
  "import.no-url": entry(
    () => "tidak ada di teks; tambahkan alamat aslinya jika Anda punya (jangan pernah menebak)",
    () => "not in the text; add the original address if you have it (never guess one)",
  ),
  "import.no-body": entry(
    () => "tidak ada teks artikel yang tersisa setelah perabot situs dibuang",
    () => "no article text left after removing site furniture",
  ),

  // ---------------------------------------------------------------- npm run verify (src/cli/verify.ts, src/site/verify.ts)
  "usage.verify": entry(
    () => `Pemakaian: npm run verify -- <folder atau URL situs yang sudah dibangun> [--articles FOLDER]
  Menghitung ulang sidik jari (SHA-256) setiap artikel dari folder artikel dan membandingkannya dengan
  manifest, file data dan halaman peristiwa situs itu; keluar dengan kode 1 jika ada yang berbeda.`,
    () => `Usage: npm run verify -- <folder or URL of a built site> [--articles DIR]
  Recomputes every article's fingerprint (SHA-256) from the articles folder and compares it with that
  site's manifest, data file and event pages; exits 1 on any difference.`,
  ),
  "verify.no-site": entry(
    () => "Sebutkan folder atau URL situs yang diperiksa, misalnya npm run verify -- _site",
    () => "Give the folder or URL of the site to check, e.g. npm run verify -- _site",
  ),
  "verify.invalid-archive": entry<{ count: number }>(
    (p) => `Folder artikel punya ${p.count} masalah; jalankan npm run check dan perbaiki dulu.`,
    (p) => `The articles folder has ${p.count} ${p.count === 1 ? "problem" : "problems"}; run npm run check and fix ${p.count === 1 ? "it" : "them"} first.`,
  ),
  "verify.no-manifest": entry(
    () => "tidak ada atau tidak dapat dibaca; apakah ini situs yang dibangun dengan npm run build?",
    () => "is missing or cannot be read; is this a site built with npm run build?",
  ),
  "verify.no-data": entry(
    () => "tidak ada atau tidak dapat dibaca",
    () => "is missing or cannot be read",
  ),
  "verify.not-in-manifest": entry(
    () => "tidak tercantum di manifest situs",
    () => "is not in the site's manifest",
  ),
  "verify.not-in-archive": entry(
    () => "tercantum di manifest situs tetapi tidak ada di arsip",
    () => "is in the site's manifest but not in the archive",
  ),
  "verify.manifest-differs": entry<{ expected: string; got: string }>(
    (p) => `sidik jarinya di manifest situs (${p.got}) berbeda dari teks di arsip (${p.expected})`,
    (p) => `its fingerprint in the site's manifest (${p.got}) differs from the text in the archive (${p.expected})`,
  ),
  "verify.not-in-data": entry(
    () => "tidak ada di data/arsip.json situs",
    () => "is not in the site's data/arsip.json",
  ),
  "verify.data-differs": entry(
    () => "teks atau kolomnya di data/arsip.json situs berbeda dari arsip",
    () => "its text or fields in the site's data/arsip.json differ from the archive",
  ),
  "verify.not-in-archive-data": entry(
    () => "ada di data/arsip.json situs tetapi tidak ada di arsip",
    () => "is in the site's data/arsip.json but not in the archive",
  ),
  "verify.no-page": entry<{ path: string }>(
    (p) => `halaman peristiwanya ${p.path} tidak ada di situs`,
    (p) => `its event page ${p.path} is not in the site`,
  ),
  "verify.page-differs": entry<{ path: string }>(
    (p) => `judul atau teksnya di ${p.path} berbeda dari arsip`,
    (p) => `its heading or text on ${p.path} differs from the archive`,
  ),
  "verify.ok": entry<{ count: number; site: string }>(
    (p) => `OK: ${p.count} artikel di ${p.site} sama dengan arsip (manifest, data dan halaman).`,
    (p) => `OK: ${p.count} ${p.count === 1 ? "article" : "articles"} in ${p.site} match the archive (manifest, data and pages).`,
  ),
  "verify.failed": entry<{ count: number }>(
    (p) => `${p.count} perbedaan: situs ini tidak memuat teks yang sama dengan arsip.`,
    (p) => `${p.count} ${p.count === 1 ? "difference" : "differences"}: this site does not hold the same texts as the archive.`,
  ),
} satisfies Record<string, Entry<never>>;

export type Code = keyof typeof MESSAGES;
type ParamsOf<C extends Code> = Parameters<(typeof MESSAGES)[C]["en"]>[0];

/** Make a message, in both languages, from the catalogue. */
export function msg<C extends Code>(code: C, ...params: [ParamsOf<C>] extends [never] ? [] : [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>]): Msg {
  const e = MESSAGES[code] as unknown as Entry<Params>;
  const p = (params[0] ?? {}) as Params;
  return { code, message: e.en(p), pesan: e.id(p) };
}

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
