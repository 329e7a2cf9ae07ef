/** Messages: Command lines (src/cli/run.ts) and the serve command. */
import { entry, q, type Entry, type Msg } from "./entry.ts";
import { usageText, type CommandSpec } from "../options.ts";

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

  // ---------------------------------------------------------------- usages (src/lib/options.ts) and ports
  "cli.usage": entry<{ spec: CommandSpec }>(
    (p) => usageText(p.spec, "id"),
    (p) => usageText(p.spec, "en"),
  ),
  "cli.port": entry<{ port: string; min: 0 | 1 }>(
    (p) => `--port harus nomor port dari ${p.min} sampai 65535${p.min === 0 ? " (0: port bebas mana saja)" : ""}, bukan ${q(p.port)}.`,
    (p) => `--port must be a port number from ${p.min} to 65535${p.min === 0 ? " (0: any free port)" : ""}, not ${q(p.port)}.`,
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
} satisfies Record<string, Entry<never>>;
