/** Messages: npm run new and npm run import. */
import { entry, q, type Entry, type Msg } from "./entry.ts";

export const EDITOR = {
  // ---------------------------------------------------------------- npm run new (src/cli/new.ts, src/editor/scaffold.ts)
  "new.option-value": entry<{ name: string; problem: Msg }>(
    (p, sub) => `${p.name}: ${sub(p.problem)}`,
    (p, sub) => `${p.name}: ${sub(p.problem)}`,
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
    (p, sub) => `Tidak dapat membaca ${typeof p.input === "string" ? p.input : sub(p.input)}: ${p.code}`,
    (p, sub) => `Cannot read ${typeof p.input === "string" ? p.input : sub(p.input)}: ${p.code}`,
  ),
  "import.bad-text": entry<{ input: Msg | string; line?: number; problem: Msg }>(
    (p, sub) => `${typeof p.input === "string" ? p.input : sub(p.input)}${p.line ? `:${p.line}` : ""}: ${sub(p.problem)}`,
    (p, sub) => `${typeof p.input === "string" ? p.input : sub(p.input)}${p.line ? `:${p.line}` : ""}: ${sub(p.problem)}`,
  ),
  "import.utf16": entry(
    () =>
      "teks ini tersimpan sebagai UTF-16, bukan UTF-8; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Pengodean UTF-8) lalu impor lagi. Tidak ada yang ditulis.",
    () => "this text is saved as UTF-16, not UTF-8; save it again as UTF-8 (in Notepad: Save As → Encoding UTF-8) and import it again. Nothing was written.",
  ),
  "import.tags-unreadable": entry<{ file: string; problem: Msg }>(
    (p, sub) => `peringatan: ${p.file}: ${sub(p.problem)}; tidak ada tag yang disarankan (npm run check menyebut masalahnya)`,
    (p, sub) => `warning: ${p.file}: ${sub(p.problem)}; no tags suggested (npm run check names the problem)`,
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
    (p, sub) => `Galat internal: file yang dihasilkan tidak akan sah; tidak ada yang ditulis.\n${p.lines.map((m) => sub(m)).join("\n")}`,
    (p, sub) => `Internal error: the generated file would not be valid; nothing was written.\n${p.lines.map((m) => sub(m)).join("\n")}`,
  ),
  "import.next": entry(
    () => "Berikutnya: baca filenya, pangkas tag-nya dan isi yang ada di bawah Periksa, lalu jalankan npm run check.",
    () => "Next: read the file, prune the tags and fill what is under Periksa, then run npm run check.",
  ),
} satisfies Record<string, Entry<never>>;
