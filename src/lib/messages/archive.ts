/** Messages: The archive's folders and files, and check's warnings (src/editor/warnings.ts, duplicates.ts). */
import { entry, q, type Entry, type Msg } from "./entry.ts";

export const ARCHIVE = {
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
    (p, sub) => `nama folder adalah id dan URL peristiwa: ${sub(p.reason)}`,
    (p, sub) => `the folder name is the event's id and URL: ${sub(p.reason)}`,
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
    (p, sub) => `nama file adalah id artikel: ${sub(p.reason)}`,
    (p, sub) => `the file name is the article's id: ${sub(p.reason)}`,
  ),
  "article.index-id": entry(
    () => '"index" adalah file peristiwa itu sendiri (index.md); pilih id lain, misalnya nama sumbernya',
    () => "\"index\" is the event's own file (index.md); choose another id, e.g. the outlet's name",
  ),
  "article.archive-pair": entry<{ given: string; missing: string }>(
    (p) =>
      `${p.given} diisi tetapi ${p.missing} tidak; salinan arsip ditampilkan dengan alamat dan tanggalnya: isi ${p.missing} seperti tertulis di arsipnya, atau hapus ${p.given}`,
    (p) =>
      `${p.given} is given but ${p.missing} is not; an archived copy is shown with its address and date: fill in ${p.missing} as the archive states it, or remove ${p.given}`,
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
  "warn.unknown-agency": entry<{ via: string; nearest: string; file: string }>(
    (p) =>
      `via ${q(p.via)} bukan label atau alias kantor berita di ${p.file}, jadi artikel ini tidak dihitung pada kantor berita mana pun${p.nearest === "" ? "" : ` (mungkin maksudnya: ${p.nearest})`}; perbaiki ejaannya, atau tambahkan entrinya (atau aliasnya) ke ${p.file}`,
    (p) =>
      `via ${q(p.via)} is no label or alias of an agency in ${p.file}, so this article counts for no agency${p.nearest === "" ? "" : ` (did you mean: ${p.nearest})`}; fix its spelling, or add its entry (or an alias) to ${p.file}`,
  ),
  "warn.no-archived-copy": entry(
    () =>
      "artikel ini punya tautan asli tetapi belum punya salinan arsip; tautan berita bisa hilang atau berubah. Simpan halamannya di arsip web (mis. web.archive.org/save), lalu isi archive_url dan archive_date seperti tertulis di arsipnya",
    () =>
      "this article has an original address but no archived copy; news links disappear or change. Save the page in a web archive (e.g. web.archive.org/save), then fill in archive_url and archive_date as the archive states them",
  ),
  "article.archive-needs-url": entry(
    () => "archive_url diisi tetapi url (tautan asli) tidak; salinan arsip adalah salinan dari tautan asli: isi url, atau hapus archive_url dan archive_date",
    () =>
      "archive_url is given but url (the original address) is not; an archived copy is a copy of the original: fill in url, or remove archive_url and archive_date",
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
} satisfies Record<string, Entry<never>>;
