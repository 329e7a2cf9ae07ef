/** Messages: check and build. */
import { entry, type Entry, type Msg } from "./entry.ts";

export const BUILD = {
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
    (p, sub) => `OK: ${sub(p.summary)}`,
    (p, sub) => `OK: ${sub(p.summary)}`,
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
    (p, sub) => `${sub(p.problems)}\nTidak ada yang dibangun.`,
    (p, sub) => `${sub(p.problems)}\nNothing was built.`,
  ),
  "build.nothing-written": entry<{ problem: Msg }>(
    (p, sub) => `${sub(p.problem)} Tidak ada yang ditulis.`,
    (p, sub) => `${sub(p.problem)} Nothing was written.`,
  ),
  "build.localhost": entry<{ url: string }>(
    (p) =>
      `peringatan: ARSIP_SITE_URL belum diatur, jadi umpan berita, tautan kanonis dan peta situs menunjuk ke ${p.url}; atur ke alamat terbitnya, misalnya ARSIP_SITE_URL=https://arsip.example.org npm run build`,
    (p) =>
      `warning: ARSIP_SITE_URL is not set, so feeds, canonical links and the sitemap point to ${p.url}; set it to the published address, e.g. ARSIP_SITE_URL=https://arsip.example.org npm run build`,
  ),
  "build.done": entry<{ output: string; summary: Msg }>(
    (p, sub) => `Situs ditulis ke ${p.output}/: ${sub(p.summary)}`,
    (p, sub) => `Built ${p.output}/: ${sub(p.summary)}`,
  ),
  "build.search": entry<{ pages: number; files: number; kib: string; seconds: number }>(
    (p) => `Indeks pencarian: ${p.pages} halaman, ${p.files} file, ${p.kib} KiB, ${p.seconds.toFixed(2).replace(".", ",")} dtk`,
    (p) => `Search index: ${p.pages} pages, ${p.files} files, ${p.kib} KiB, ${p.seconds.toFixed(2)} s`,
  ),
  "cache.folder-refused": entry<{ cache: string; folder: string; role: "articles" | "output" }>(
    (p) =>
      `ARSIP_CACHE_DIR=${p.cache} ${p.role === "output" ? "bertumpang tindih dengan folder tujuan situs" : "bertumpang tindih dengan folder artikel"} (${p.folder}): ${p.role === "output" ? "cache akan ikut diterbitkan" : "cache akan terbaca sebagai isi"}. Pilih folder tersendiri di luar keduanya, misalnya .cache; tidak ada yang ditulis.`,
    (p) =>
      `ARSIP_CACHE_DIR=${p.cache} overlaps the ${p.role === "output" ? "site's output folder" : "articles folder"} (${p.folder}): ${p.role === "output" ? "the cache would be published" : "the cache would be read as content"}. Choose a folder of its own outside both, e.g. .cache; nothing was written.`,
  ),
  "cache.not-saved": entry<{ detail: string }>(
    (p) => `peringatan: cache isi tidak dapat disimpan (${p.detail}); hasilnya tetap benar, hanya perintah berikutnya tidak lebih cepat`,
    (p) => `warning: the content cache could not be saved (${p.detail}); results are still right, only the next run is not faster`,
  ),
  "build.kept": entry<{ pages: number; pagesTotal: number; files: number; filesTotal: number; searchParts: number; searchPartsTotal: number }>(
    (p) =>
      `Tidak berubah sejak build sebelumnya, jadi dipakai lagi: ${p.pages} dari ${p.pagesTotal} halaman, ${p.files} dari ${p.filesTotal} file data dan kutipan, ${p.searchParts} dari ${p.searchPartsTotal} bagian indeks pencarian`,
    (p) =>
      `Unchanged since the previous build, so kept: ${p.pages} of ${p.pagesTotal} pages, ${p.files} of ${p.filesTotal} data and citation files, ${p.searchParts} of ${p.searchPartsTotal} parts of the search index`,
  ),
  "build.failed": entry<{ detail: Msg; output: string }>(
    (p, sub) => `${sub(p.detail)}\n${p.output}/ tidak berubah.`,
    (p, sub) => `${sub(p.detail)}\n${p.output}/ is unchanged.`,
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
  "config.prefix-section": entry<{ prefix: string; section: string; folders: string }>(
    (p) =>
      `ARSIP_PATH_PREFIX="${p.prefix}" diawali "${p.section}", nama folder situs ini sendiri, sehingga tautan ke /${p.section}/… dianggap sudah berprefiks dan menuju halaman lain; pilih nama lain, misalnya ARSIP_PATH_PREFIX=/arsip-korut/ (nama yang dipakai situs: ${p.folders})`,
    (p) =>
      `ARSIP_PATH_PREFIX="${p.prefix}" starts with "${p.section}", the name of one of this site's own folders, so links to /${p.section}/… would pass for prefixed and lead elsewhere; choose another name, e.g. ARSIP_PATH_PREFIX=/arsip-korut/ (the site's own names: ${p.folders})`,
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
} satisfies Record<string, Entry<never>>;
