/** Messages: Command lines (src/cli/run.ts) and the serve command. */
import { entry, q, type Entry, type Msg } from "./entry.ts";

export const CLI = {
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
    (p, sub) => `${p.lines.map((m) => sub(m)).join("\n")}`,
    (p, sub) => `${p.lines.map((m) => sub(m)).join("\n")}`,
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
} satisfies Record<string, Entry<never>>;
