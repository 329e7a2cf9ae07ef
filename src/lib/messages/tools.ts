/** Messages: npm start, generate, bench and verify. */
import { entry, type Entry } from "./entry.ts";

export const TOOLS = {
  // ---------------------------------------------------------------- npm start, generate, bench
  "preview.ready": entry<{ url: string }>(
    (p) => `Pratinjau: ${p.url}`,
    (p) => `Preview: ${p.url}`,
  ),
  "preview.problems": entry<{ count: number; lines: string }>(
    (p) => `Arsip punya ${p.count} masalah:\n${p.lines}`,
    (p) => `The archive has ${p.count} ${p.count === 1 ? "problem" : "problems"}:\n${p.lines}`,
  ),
  "preview.stalled": entry(
    () =>
      "peringatan: pratinjau memilih halaman untuk ditulis ulang tetapi tidak menulis satu pun; simpan sebuah file lagi untuk mencoba lagi, atau mulai ulang npm start",
    () => "warning: the preview selected pages to write again but wrote none; save a file again to retry, or restart npm start",
  ),
  "preview.watch-error": entry<{ path: string; detail: string }>(
    (p) =>
      `peringatan: pratinjau tidak dapat mengawasi ${p.path} (${p.detail}); perubahan di sana tidak terlihat sampai masalahnya diperbaiki. Hapus tautan atau folder itu dari folder artikel; npm run check menyebutnya.`,
    (p) =>
      `warning: the preview cannot watch ${p.path} (${p.detail}); changes there are not seen until this is fixed. Remove that link or folder from the articles folder; npm run check names it.`,
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

  // ---------------------------------------------------------------- npm run verify (src/cli/verify.ts, src/site/verify.ts)
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
  "verify.bad-url": entry<{ url: string }>(
    (p) => `${p.url} bukan alamat web yang dapat dibaca; tulis alamat lengkapnya, misalnya https://arsip.example.org/`,
    (p) => `${p.url} is not a web address that can be read; give the whole address, e.g. https://arsip.example.org/`,
  ),
  "verify.no-folder": entry<{ folder: string }>(
    (p) => `${p.folder} bukan folder; sebutkan folder situs yang sudah dibangun, misalnya _site`,
    (p) => `${p.folder} is not a folder; give the folder of a built site, e.g. _site`,
  ),
  "verify.too-large": entry<{ path: string; mib: number }>(
    (p) => `${p.path} lebih besar dari ${p.mib} MiB; pemeriksaan dihentikan. Naikkan batasnya dengan --max-mib bila file ini memang sebesar itu.`,
    (p) => `${p.path} is larger than ${p.mib} MiB; the check stopped. Raise the limit with --max-mib if the file really is that large.`,
  ),
  "verify.timeout": entry<{ path: string; seconds: number }>(
    (p) =>
      `Batas waktu ${p.seconds} dtk habis saat membaca ${p.path}; pemeriksaan dihentikan. Situsnya lambat atau tidak menjawab; naikkan batasnya dengan --deadline.`,
    (p) => `The ${p.seconds} s deadline passed while reading ${p.path}; the check stopped. The site is slow or not answering; raise the limit with --deadline.`,
  ),
  "verify.unreadable": entry<{ path: string; detail: string }>(
    (p) => `${p.path} tidak dapat dibaca (${p.detail}); pemeriksaan dihentikan.`,
    (p) => `${p.path} cannot be read (${p.detail}); the check stopped.`,
  ),
  "verify.file-missing": entry(
    () => "tidak ada di situs itu, padahal build dari arsip menulisnya",
    () => "is not in that site, though a build of the archive writes it",
  ),
  "verify.file-differs": entry(
    () => "isinya berbeda dari build arsip (diubah setelah dibangun, atau dari arsip lain)",
    () => "differs from a build of the archive (changed after it was built, or from another archive)",
  ),
  "verify.file-extra": entry(
    () => "ada di situs itu, padahal build dari arsip tidak menulisnya",
    () => "is in that site, though a build of the archive does not write it",
  ),
  "verify.whole-ok": entry<{ count: number; site: string }>(
    (p) => `OK: ${p.count} file di ${p.site} sama persis, byte demi byte, dengan build arsip ini.`,
    (p) => `OK: ${p.count} ${p.count === 1 ? "file" : "files"} in ${p.site} are byte for byte the files a build of this archive writes.`,
  ),
  "verify.whole-failed": entry<{ count: number }>(
    (p) => `${p.count} perbedaan: situs ini bukan build persis dari arsip ini.`,
    (p) => `${p.count} ${p.count === 1 ? "difference" : "differences"}: this site is not exactly a build of this archive.`,
  ),
} satisfies Record<string, Entry<never>>;
