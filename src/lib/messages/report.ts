/** Messages: The import report (src/editor/import/). */
import { entry, q, type Entry } from "./entry.ts";

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

export const REPORT = {
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
  "import.no-archive": entry(
    () =>
      "belum ada salinan arsip; bila tautan asli ada, simpan halamannya di arsip web (mis. web.archive.org/save) lalu isi archive_url dan archive_date seperti tertulis di arsipnya",
    () =>
      "no archived copy yet; when there is an original address, save the page in a web archive (e.g. web.archive.org/save), then fill in archive_url and archive_date as the archive states them",
  ),
  "import.no-body": entry(
    () => "tidak ada teks artikel yang tersisa setelah perabot situs dibuang",
    () => "no article text left after removing site furniture",
  ),
} satisfies Record<string, Entry<never>>;
