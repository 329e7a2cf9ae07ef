/**
 * A deterministic synthetic archive in the real content format, for performance work (issue 7):
 * `tags.yaml` plus one folder per event with `index.md` and one `.md` per article, written into
 * `out`. The same (articles, seed) always gives byte-identical files.
 *
 * Shape, chosen to resemble a large real archive:
 * - articles per event 1…12, a truncated shifted geometric with mean ≈ 3;
 * - 40…80 tags of all four kinds, used with a Zipf-like skew (a few tags everywhere, a long tail);
 * - event dates over 1990-01-01 … 2026-12-31, denser in recent years; articles published on the
 *   event's day or up to three days later, as a date, a date-time with an offset or one without;
 * - ~1% draft events and ~1% draft articles elsewhere (so ~2% of articles are not published);
 * - ~600 words per article on average, Indonesian sentences built from a fixed vocabulary of
 *   words, names, places and institutions of China–North Korea news, with `##` headings,
 *   `>` quotes and links to `https://contoh.example/…`;
 * - optional fields (outlet, title, published, url, author, editor, via, language, tags) present
 *   in realistic proportions.
 *
 * Everything written passes `loadArchive` with zero problems. Plain string building and
 * writeFileSync: 30,000 articles take a few seconds.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { slugify } from "../content/ids.ts";
import { TAG_KINDS, type TagKind } from "../content/schema.ts";
import { yamlString } from "../content/yaml.ts";

export interface GenerateOptions {
  /** exact number of article files to write (drafts included); at least 1 */
  articles: number;
  /** PRNG seed; default 1 */
  seed?: number;
  /** folder to write into (created if missing); existing files with the same names are overwritten */
  out: string;
}

export interface GenerateResult {
  /** event folders written (draft events included) */
  events: number;
  /** article files written (drafts included); always equals the `articles` option */
  articles: number;
  /** tags in tags.yaml */
  tags: number;
  /** articles that will not be published: those marked draft plus every article of a draft event */
  drafts: number;
  /** files written: tags.yaml, one index.md per event and the article files */
  files: number;
}

export const DATE_MIN = "1990-01-01";
export const DATE_MAX = "2026-12-31";
export const MAX_ARTICLES_PER_EVENT = 12;

// ---------------------------------------------------------------------------------------------
// randomness

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)];
    if (v === undefined) throw new Error("internal: pick from an empty list");
    return v;
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = list[i] as T;
      list[i] = list[j] as T;
      list[j] = t;
    }
    return list;
  }
}

// ---------------------------------------------------------------------------------------------
// vocabulary

type Kind = TagKind;

interface TagDef {
  id: string;
  label: string;
  kind: Kind;
  aliases?: string[];
  /** how the body refers to it in running text (defaults to the label) */
  phrase?: string;
}

const TOKOH: TagDef[] = [
  { id: "kim-jong-un", label: "Kim Jong Un", kind: "tokoh", aliases: ["Kim Jong-un"], phrase: "pemimpin Korea Utara Kim Jong Un" },
  { id: "xi-jinping", label: "Xi Jinping", kind: "tokoh", phrase: "Presiden China Xi Jinping" },
  { id: "kim-jong-il", label: "Kim Jong Il", kind: "tokoh", aliases: ["Kim Jong-il"], phrase: "mendiang pemimpin Kim Jong Il" },
  { id: "kim-il-sung", label: "Kim Il Sung", kind: "tokoh", aliases: ["Kim Il-sung"], phrase: "pendiri negara Kim Il Sung" },
  { id: "hu-jintao", label: "Hu Jintao", kind: "tokoh", phrase: "Presiden China Hu Jintao" },
  { id: "jiang-zemin", label: "Jiang Zemin", kind: "tokoh", phrase: "Presiden China Jiang Zemin" },
  { id: "wang-yi", label: "Wang Yi", kind: "tokoh", phrase: "Menteri Luar Negeri China Wang Yi" },
  { id: "li-keqiang", label: "Li Keqiang", kind: "tokoh", phrase: "Perdana Menteri China Li Keqiang" },
  { id: "li-qiang", label: "Li Qiang", kind: "tokoh", phrase: "Perdana Menteri China Li Qiang" },
  { id: "choe-son-hui", label: "Choe Son Hui", kind: "tokoh", aliases: ["Choe Son-hui"], phrase: "Menteri Luar Negeri Korea Utara Choe Son Hui" },
  { id: "ri-yong-ho", label: "Ri Yong Ho", kind: "tokoh", phrase: "Menteri Luar Negeri Korea Utara Ri Yong Ho" },
  { id: "kim-yo-jong", label: "Kim Yo Jong", kind: "tokoh", aliases: ["Kim Yo-jong"], phrase: "adik Kim Jong Un, Kim Yo Jong" },
  { id: "song-tao", label: "Song Tao", kind: "tokoh", phrase: "diplomat senior China Song Tao" },
  { id: "ri-ryong-nam", label: "Ri Ryong Nam", kind: "tokoh", phrase: "Duta Besar Korea Utara Ri Ryong Nam" },
  { id: "li-hongzhong", label: "Li Hongzhong", kind: "tokoh", phrase: "anggota Politbiro Li Hongzhong" },
  { id: "kim-song-nam", label: "Kim Song Nam", kind: "tokoh", phrase: "pejabat Partai Buruh Korea Kim Song Nam" },
  { id: "wang-huning", label: "Wang Huning", kind: "tokoh", phrase: "pejabat senior China Wang Huning" },
  { id: "zhao-leji", label: "Zhao Leji", kind: "tokoh", phrase: "Ketua Kongres Rakyat Nasional Zhao Leji" },
  { id: "choe-ryong-hae", label: "Choe Ryong Hae", kind: "tokoh", phrase: "pejabat tinggi Korea Utara Choe Ryong Hae" },
  { id: "moon-jae-in", label: "Moon Jae-in", kind: "tokoh", aliases: ["Moon Jae In"], phrase: "Presiden Korea Selatan Moon Jae-in" },
  { id: "yoon-suk-yeol", label: "Yoon Suk Yeol", kind: "tokoh", phrase: "Presiden Korea Selatan Yoon Suk Yeol" },
  { id: "donald-trump", label: "Donald Trump", kind: "tokoh", phrase: "Presiden AS Donald Trump" },
  { id: "joe-biden", label: "Joe Biden", kind: "tokoh", phrase: "Presiden AS Joe Biden" },
  { id: "vladimir-putin", label: "Vladimir Putin", kind: "tokoh", phrase: "Presiden Rusia Vladimir Putin" },
  { id: "antony-blinken", label: "Antony Blinken", kind: "tokoh", phrase: "Menteri Luar Negeri AS Antony Blinken" },
  { id: "shinzo-abe", label: "Shinzo Abe", kind: "tokoh", phrase: "Perdana Menteri Jepang Shinzo Abe" },
];

const LEMBAGA: TagDef[] = [
  { id: "kcna", label: "KCNA", kind: "lembaga", aliases: ["Kantor Berita Pusat Korea"], phrase: "Kantor Berita Pusat Korea (KCNA)" },
  { id: "xinhua", label: "Xinhua", kind: "lembaga", phrase: "kantor berita Xinhua" },
  { id: "partai-komunis-china", label: "Partai Komunis China", kind: "lembaga", aliases: ["Partai Komunis Tiongkok"] },
  { id: "partai-buruh-korea", label: "Partai Buruh Korea", kind: "lembaga" },
  { id: "dewan-keamanan-pbb", label: "Dewan Keamanan PBB", kind: "lembaga", aliases: ["DK PBB"] },
  { id: "pbb", label: "PBB", kind: "lembaga", aliases: ["Perserikatan Bangsa-Bangsa"] },
  { id: "kementerian-luar-negeri-china", label: "Kementerian Luar Negeri China", kind: "lembaga", phrase: "juru bicara Kementerian Luar Negeri China" },
  { id: "tentara-pembebasan-rakyat", label: "Tentara Pembebasan Rakyat", kind: "lembaga", aliases: ["PLA"] },
  { id: "iaea", label: "IAEA", kind: "lembaga", aliases: ["Badan Energi Atom Internasional"] },
  { id: "rodong-sinmun", label: "Rodong Sinmun", kind: "lembaga", phrase: "surat kabar Rodong Sinmun" },
  { id: "majelis-rakyat-tertinggi", label: "Majelis Rakyat Tertinggi", kind: "lembaga" },
  { id: "kongres-rakyat-nasional", label: "Kongres Rakyat Nasional", kind: "lembaga" },
];

const TEMPAT: TagDef[] = [
  { id: "beijing", label: "Beijing", kind: "tempat" },
  { id: "pyongyang", label: "Pyongyang", kind: "tempat" },
  { id: "semenanjung-korea", label: "Semenanjung Korea", kind: "tempat" },
  { id: "amerika-serikat", label: "Amerika Serikat", kind: "tempat", aliases: ["AS", "Washington"] },
  { id: "korea-selatan", label: "Korea Selatan", kind: "tempat", aliases: ["Korsel", "Seoul"] },
  { id: "jepang", label: "Jepang", kind: "tempat", aliases: ["Tokyo"] },
  { id: "rusia", label: "Rusia", kind: "tempat", aliases: ["Moskow"] },
  { id: "taiwan", label: "Taiwan", kind: "tempat" },
  { id: "dandong", label: "Dandong", kind: "tempat" },
  { id: "sinuiju", label: "Sinuiju", kind: "tempat" },
  { id: "sungai-yalu", label: "Sungai Yalu", kind: "tempat" },
  { id: "panmunjom", label: "Panmunjom", kind: "tempat" },
  { id: "shenyang", label: "Shenyang", kind: "tempat" },
  { id: "yongbyon", label: "Yongbyon", kind: "tempat" },
  { id: "singapura", label: "Singapura", kind: "tempat" },
  { id: "hanoi", label: "Hanoi", kind: "tempat" },
  { id: "vladivostok", label: "Vladivostok", kind: "tempat" },
  { id: "dalian", label: "Dalian", kind: "tempat" },
  { id: "laut-kuning", label: "Laut Kuning", kind: "tempat" },
  { id: "rason", label: "Rason", kind: "tempat" },
];

const TOPIK: TagDef[] = [
  { id: "pertukaran-pesan", label: "Pertukaran pesan", kind: "topik", phrase: "pertukaran pesan" },
  { id: "hubungan-diplomatik", label: "Hubungan diplomatik", kind: "topik", phrase: "hubungan diplomatik" },
  { id: "kunjungan-delegasi", label: "Kunjungan delegasi", kind: "topik", phrase: "kunjungan delegasi" },
  { id: "nuklir", label: "Nuklir", kind: "topik", aliases: ["senjata nuklir", "denuklirisasi"], phrase: "program nuklir" },
  { id: "rudal-balistik", label: "Rudal balistik", kind: "topik", aliases: ["ICBM"], phrase: "uji coba rudal balistik" },
  { id: "perang-korea", label: "Perang Korea", kind: "topik", aliases: ["gencatan senjata"], phrase: "peringatan Perang Korea" },
  { id: "sanksi", label: "Sanksi", kind: "topik", aliases: ["sanksi ekonomi"], phrase: "sanksi internasional" },
  { id: "perdagangan", label: "Perdagangan", kind: "topik", phrase: "perdagangan bilateral" },
  { id: "bantuan-pangan", label: "Bantuan pangan", kind: "topik", phrase: "bantuan pangan" },
  { id: "perbatasan", label: "Perbatasan", kind: "topik", phrase: "keamanan perbatasan" },
  { id: "pembelot", label: "Pembelot", kind: "topik", aliases: ["pengungsi Korea Utara"], phrase: "nasib para pembelot" },
  { id: "uji-coba-nuklir", label: "Uji coba nuklir", kind: "topik", phrase: "uji coba nuklir" },
  { id: "pertemuan-puncak", label: "Pertemuan puncak", kind: "topik", aliases: ["KTT"], phrase: "pertemuan puncak" },
  { id: "latihan-militer", label: "Latihan militer", kind: "topik", phrase: "latihan militer gabungan" },
  { id: "pariwisata", label: "Pariwisata", kind: "topik", phrase: "kunjungan wisatawan China" },
  { id: "pandemi-covid-19", label: "Pandemi Covid-19", kind: "topik", aliases: ["Covid-19"], phrase: "pandemi Covid-19" },
  { id: "energi", label: "Energi", kind: "topik", phrase: "pasokan minyak dan energi" },
  { id: "hak-asasi-manusia", label: "Hak asasi manusia", kind: "topik", aliases: ["HAM"], phrase: "catatan hak asasi manusia" },
  { id: "satelit", label: "Satelit", kind: "topik", aliases: ["peluncuran satelit"], phrase: "peluncuran satelit" },
  { id: "ekonomi", label: "Ekonomi", kind: "topik", phrase: "kerja sama ekonomi" },
];

const POOLS: Record<Kind, TagDef[]> = { tokoh: TOKOH, lembaga: LEMBAGA, tempat: TEMPAT, topik: TOPIK };

const OUTLETS = [
  "Kompas",
  "Kontan",
  "Tempo",
  "Detik",
  "CNN Indonesia",
  "CNBC Indonesia",
  "Republika",
  "Sindonews",
  "Okezone",
  "Liputan6",
  "Antara",
  "Tribunnews",
  "Media Indonesia",
  "Bisnis Indonesia",
  "Suara",
  "Warta Ekonomi",
  "Purna Warta",
  "VOA Indonesia",
  "BBC News Indonesia",
  "Jawa Pos",
  "Kumparan",
  "IDN Times",
  "Tirto",
  "Merdeka",
  "Viva",
];

const PERSON_FIRST = [
  "Andi",
  "Budi",
  "Citra",
  "Dewi",
  "Eko",
  "Fajar",
  "Gita",
  "Hendra",
  "Indah",
  "Joko",
  "Kurnia",
  "Lestari",
  "Maya",
  "Nur",
  "Putri",
  "Rizky",
  "Sari",
  "Teguh",
  "Wahyu",
  "Yulia",
  "Agus",
  "Bambang",
  "Dian",
  "Rina",
];
const PERSON_LAST = [
  "Saputra",
  "Wijaya",
  "Lestari",
  "Pratama",
  "Santoso",
  "Hidayat",
  "Nugroho",
  "Rahmawati",
  "Kusuma",
  "Setiawan",
  "Siregar",
  "Nasution",
  "Hutapea",
  "Ramadhan",
  "Utami",
  "Harahap",
  "Permana",
  "Syahputra",
];
const WIRES = ["AP", "Reuters", "AFP", "Xinhua", "Yonhap", "KCNA", "CNN", "BBC", "Kyodo", "NK News"];

const SPEAKERS = [
  "juru bicara Kementerian Luar Negeri China",
  "para analis di Seoul",
  "pejabat Korea Selatan",
  "seorang diplomat Barat di Beijing",
  "media pemerintah Korea Utara",
  "kantor berita Xinhua",
  "Kantor Berita Pusat Korea (KCNA)",
  "pengamat hubungan internasional",
  "pemerintah di Beijing",
  "Pyongyang",
  "Washington",
  "sejumlah pakar keamanan kawasan",
  "Kementerian Unifikasi Korea Selatan",
  "seorang peneliti di Universitas Renmin",
];

const VERBS = [
  "mengatakan bahwa",
  "menegaskan bahwa",
  "menyatakan bahwa",
  "melaporkan bahwa",
  "menyebutkan bahwa",
  "menekankan bahwa",
  "mengungkapkan bahwa",
  "menilai bahwa",
  "memperkirakan bahwa",
  "mengingatkan bahwa",
];

const CLAUSES = [
  "hubungan kedua negara akan terus diperkuat di segala bidang",
  "kerja sama ekonomi di wilayah perbatasan perlu ditingkatkan",
  "perdamaian dan stabilitas di Semenanjung Korea adalah kepentingan bersama",
  "sanksi internasional telah memukul perdagangan lintas Sungai Yalu",
  "China tetap menjadi mitra dagang terbesar Korea Utara",
  "uji coba terbaru memicu kekhawatiran di seluruh kawasan Asia Timur",
  "persahabatan tradisional kedua bangsa ditempa dalam darah selama perang",
  "dialog adalah satu-satunya jalan keluar dari kebuntuan saat ini",
  "Beijing menentang segala bentuk tekanan sepihak terhadap Pyongyang",
  "kedua pihak sepakat untuk memperluas pertukaran di tingkat partai",
  "penutupan perbatasan akibat pandemi membuat pasokan pangan semakin menipis",
  "volume perdagangan bilateral turun tajam dibandingkan tahun sebelumnya",
  "kunjungan tersebut menandai babak baru dalam hubungan kedua negara",
  "Korea Utara tidak akan menyerahkan senjata nuklirnya dalam waktu dekat",
  "Washington harus mengubah kebijakan yang dianggap bermusuhan oleh Pyongyang",
  "China memiliki pengaruh yang besar terhadap keputusan Korea Utara",
  "pertemuan itu berlangsung dalam suasana yang hangat dan bersahabat",
  "resolusi Dewan Keamanan PBB harus dilaksanakan secara menyeluruh",
  "ribuan pekerja Korea Utara masih bekerja di pabrik-pabrik di timur laut China",
  "jalur kereta api antara Dandong dan Sinuiju kembali dibuka untuk angkutan barang",
  "Beijing mendesak semua pihak untuk menahan diri dan menghindari provokasi",
  "latihan militer gabungan di kawasan hanya akan memperburuk ketegangan",
  "bantuan pupuk dan beras dari China dikirim melalui jalur darat",
  "hubungan tingkat tinggi sempat renggang selama beberapa tahun terakhir",
];

const OPENERS = [
  "Sementara itu,",
  "Di sisi lain,",
  "Menurut laporan tersebut,",
  "Dalam pernyataannya,",
  "Sebelumnya,",
  "Selain itu,",
  "Namun,",
  "Pada kesempatan yang sama,",
  "Seperti dilansir media setempat,",
  "Dalam beberapa bulan terakhir,",
];

const TAILS = [
  "dalam pertemuan di Beijing",
  "dalam konferensi pers rutin",
  "pada Senin pekan ini",
  "pada akhir pekan lalu",
  "setelah pertemuan tertutup",
  "di tengah ketegangan yang meningkat",
  "menurut sumber yang mengetahui pembicaraan itu",
  "tanpa memberikan rincian lebih lanjut",
  "seperti dikutip kantor berita resmi",
  "dalam pidato yang disiarkan televisi pemerintah",
];

const PLAIN = [
  "Pertemuan itu digelar di Wisma Tamu Negara Diaoyutai dan berlangsung selama hampir dua jam.",
  "Kedua delegasi bertukar cendera mata dan menghadiri jamuan makan malam kenegaraan.",
  "Harga beras dan jagung di pasar-pasar Pyongyang dilaporkan naik dalam beberapa pekan terakhir.",
  "Truk-truk bermuatan bahan bangunan terlihat melintasi Jembatan Persahabatan China–Korea.",
  "Pemerintah Korea Selatan menyatakan terus memantau perkembangan situasi dengan cermat.",
  "Para pengamat mencatat bahwa pernyataan itu disusun dengan bahasa yang sangat hati-hati.",
  "Kunjungan serupa terakhir kali terjadi beberapa tahun lalu, sebelum hubungan kedua negara mendingin.",
  "Tidak ada konferensi pers bersama setelah pembicaraan tersebut.",
  "Media pemerintah menyiarkan foto-foto pertemuan itu keesokan harinya.",
  "Beijing dan Pyongyang terikat oleh perjanjian persahabatan yang ditandatangani pada tahun 1961.",
  "Data bea cukai China menunjukkan ekspor ke Korea Utara berfluktuasi tajam dari bulan ke bulan.",
  "Sejumlah negara Barat menyerukan agar China berbuat lebih banyak untuk menekan Pyongyang.",
];

const HEADINGS = [
  "Hubungan yang pasang surut",
  "Tekanan internasional",
  "Reaksi Washington dan Seoul",
  "Perdagangan di perbatasan",
  "Latar belakang",
  "Sikap Beijing",
  "Dampak sanksi",
  "Pesan dari Pyongyang",
  "Langkah selanjutnya",
  "Sejarah panjang persahabatan",
];

const QUOTES = [
  "Persahabatan antara China dan Korea Utara adalah aset berharga bagi kedua negara.",
  "Kami siap bekerja sama dengan semua pihak untuk menjaga perdamaian di kawasan.",
  "Tidak ada pihak yang diuntungkan oleh meningkatnya ketegangan di Semenanjung Korea.",
  "Kami akan terus memperkuat komunikasi strategis dengan kawan-kawan kami di Beijing.",
  "Situasi saat ini menuntut semua pihak untuk tetap tenang dan menahan diri.",
  "Hubungan kedua partai dan kedua negara akan terus berkembang di era baru.",
];

const LINK_TEXTS = ["laporan sebelumnya", "pernyataan resmi", "data perdagangan", "analisis lengkap", "transkrip konferensi pers", "berita terkait"];
const LINK_PATHS = ["berita", "analisis", "dokumen", "data", "arsip"];

const EVENT_VERBS_TOKOH = ["bertemu", "menerima", "berbicara dengan", "bertukar pesan dengan", "menjamu"];
const EVENT_TEMPLATES_TOPIK = [
  "China menanggapi {t} Korea Utara",
  "Beijing dan Pyongyang membahas {t}",
  "Korea Utara dan China sepakat soal {t}",
  "Sorotan internasional atas {t} di kawasan",
  "Pejabat China dan Korea Utara membicarakan {t}",
];

const BACKGROUND = [
  "Peristiwa ini terjadi di tengah upaya kedua negara memulihkan hubungan tingkat tinggi.",
  "Beberapa media mengaitkan peristiwa ini dengan dinamika hubungan AS dan China.",
  "Liputan tentang peristiwa ini berbeda-beda dalam menekankan sikap Beijing.",
  "Sebagian besar laporan bersumber dari kantor berita resmi kedua negara.",
];

// ---------------------------------------------------------------------------------------------
// dates

const DAY_MS = 86_400_000;
const MIN_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const MAX_DAY = Date.UTC(2026, 11, 31) / DAY_MS;
const RECENT_DAY = Date.UTC(2010, 0, 1) / DAY_MS;

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// ---------------------------------------------------------------------------------------------
// text

/** Words while building: space-separated tokens (counts the odd "–", "##" or ">" too). */
function roughWords(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Vocab {
  tags: TagDef[];
  /** cumulative Zipf weights over `tags` (after a seeded shuffle) */
  cumulative: number[];
  byKind: Record<Kind, TagDef[]>;
}

function buildVocab(rng: Rng): Vocab {
  const total = rng.int(40, 80);
  // proportional share of each pool, at least 4 of each kind
  const all = TOKOH.length + LEMBAGA.length + TEMPAT.length + TOPIK.length;
  const kinds: readonly Kind[] = TAG_KINDS;
  const counts = kinds.map((k) => Math.max(4, Math.min(POOLS[k].length, Math.round((POOLS[k].length * total) / all))));
  let sum = counts.reduce((a, b) => a + b, 0);
  for (let i = 0; sum !== total && i < 1000; i++) {
    const k = i % 4;
    const c = counts[k] ?? 0;
    if (sum < total && c < POOLS[kinds[k] ?? "topik"].length) {
      counts[k] = c + 1;
      sum++;
    } else if (sum > total && c > 4) {
      counts[k] = c - 1;
      sum--;
    }
  }
  const tags: TagDef[] = [];
  kinds.forEach((k, i) => {
    // the first entries of each pool are the archive's core vocabulary: always present
    const pool = POOLS[k];
    const core = pool.slice(0, 3);
    const rest = rng.shuffle(pool.slice(3)).slice(0, (counts[i] ?? 4) - 3);
    tags.push(...core, ...rest);
  });
  rng.shuffle(tags);
  // the core names lead the ranking, so the most used tags are the ones real coverage is about
  tags.sort((a, b) => coreRank(a) - coreRank(b));
  const cumulative: number[] = [];
  let acc = 0;
  tags.forEach((_, i) => {
    acc += 1 / Math.pow(i + 1, 1.05);
    cumulative.push(acc);
  });
  const byKind: Record<Kind, TagDef[]> = { tokoh: [], lembaga: [], tempat: [], topik: [] };
  for (const t of tags) byKind[t.kind].push(t);
  return { tags, cumulative, byKind };
}

const CORE = ["kim-jong-un", "xi-jinping", "beijing", "pyongyang", "nuklir", "hubungan-diplomatik", "kcna", "xinhua"];
function coreRank(t: TagDef): number {
  const i = CORE.indexOf(t.id);
  return i < 0 ? CORE.length : i;
}

function zipfTag(rng: Rng, v: Vocab): TagDef {
  const total = v.cumulative[v.cumulative.length - 1] ?? 1;
  const x = rng.next() * total;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return v.tags[lo] as TagDef;
}

function zipfTags(rng: Rng, v: Vocab, n: number, into: TagDef[] = []): TagDef[] {
  for (let tries = 0; into.length < n && tries < n * 20; tries++) {
    const t = zipfTag(rng, v);
    if (!into.includes(t)) into.push(t);
  }
  return into;
}

const phraseOf = (t: TagDef): string => t.phrase ?? t.label;

/** One sentence; `names` are the event's tags, mentioned now and then. */
function sentence(rng: Rng, names: readonly TagDef[], openers = true): string {
  const r = rng.next();
  if (r < 0.18) return rng.pick(PLAIN);
  let subject: string;
  const named = names.filter((t) => t.kind === "tokoh" || t.kind === "lembaga");
  if (named.length > 0 && rng.chance(0.45)) subject = phraseOf(rng.pick(named));
  else subject = rng.pick(SPEAKERS);
  let s = `${subject} ${rng.pick(VERBS)} ${rng.pick(CLAUSES)}`;
  if (rng.chance(0.5)) s += ` ${rng.pick(TAILS)}`;
  if (rng.chance(0.25)) {
    const topics = names.filter((t) => t.kind === "topik");
    const place = names.find((t) => t.kind === "tempat");
    if (topics.length > 0) s += `, terutama terkait ${phraseOf(rng.pick(topics))}`;
    else if (place) s += `, khususnya di ${place.label}`;
  }
  if (openers && rng.chance(0.3)) return `${rng.pick(OPENERS)} ${s}.`;
  return `${capitalise(s)}.`;
}

function paragraph(rng: Rng, names: readonly TagDef[]): string {
  const n = rng.int(2, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(rng, names));
  return parts.join(" ");
}

/** An article body of about `target` words. */
function articleBody(rng: Rng, names: readonly TagDef[], target: number, dateline: string, linkBase: string): string {
  const blocks: string[] = [];
  let words = 0;
  const lead = `${dateline} – ${paragraph(rng, names)}`;
  blocks.push(lead);
  words += roughWords(lead);
  let sinceHeading = 1;
  let links = 0;
  while (words < target) {
    let block: string;
    const r = rng.next();
    if (sinceHeading >= 3 && r < 0.12) {
      block = `## ${rng.pick(HEADINGS)}`;
      sinceHeading = 0;
    } else if (r < 0.18) {
      block = `> ${rng.pick(QUOTES)}`;
    } else {
      block = paragraph(rng, names);
      if (links < 2 && rng.chance(0.12)) {
        const text = rng.pick(LINK_TEXTS);
        block += ` Baca ${`[${text}](${linkBase}/${rng.pick(LINK_PATHS)}/${slugify(text)}-${rng.int(1000, 99999)})`} untuk keterangan lebih lanjut.`;
        links++;
      }
      sinceHeading++;
    }
    blocks.push(block);
    words += roughWords(block);
  }
  return `${blocks.join("\n\n")}\n`;
}

function personName(rng: Rng): string {
  return `${rng.pick(PERSON_FIRST)} ${rng.pick(PERSON_LAST)}`;
}

function eventTitle(rng: Rng, tags: readonly TagDef[]): string {
  const tokoh = tags.filter((t) => t.kind === "tokoh");
  const lembaga = tags.find((t) => t.kind === "lembaga");
  const tempat = tags.find((t) => t.kind === "tempat");
  const topik = tags.find((t) => t.kind === "topik");
  const where = tempat ? ` di ${tempat.label}` : "";
  const [a, b] = tokoh;
  const options: string[] = [];
  if (a && b) options.push(`${a.label} ${rng.pick(EVENT_VERBS_TOKOH)} ${b.label}${where}`, `Pertemuan ${a.label} dan ${b.label}${where}`);
  if (a && topik) options.push(`${a.label} membahas ${phraseOf(topik)}${where}`, `${a.label} menyoroti ${phraseOf(topik)}`);
  if (a && tempat) options.push(`${a.label} berkunjung ke ${tempat.label}`, `${a.label} tiba di ${tempat.label}`);
  if (lembaga && topik) options.push(`${lembaga.label} melaporkan perkembangan ${phraseOf(topik)}`);
  if (lembaga && a) options.push(`${lembaga.label} memberitakan pesan ${a.label}`);
  if (topik) options.push(rng.pick(EVENT_TEMPLATES_TOPIK).replace("{t}", phraseOf(topik)) + where);
  if (a) options.push(`${a.label} menyampaikan pesan kepada pemimpin ${rng.pick(["China", "Korea Utara"])}`);
  options.push(
    `Pejabat China dan Korea Utara bertemu${where || " di Beijing"}`,
    `Delegasi Korea Utara tiba${where || " di Beijing"}`,
    "China dan Korea Utara menandatangani kesepakatan baru",
  );
  // the first options are the most specific; prefer them
  return options[Math.min(options.length - 1, Math.floor(rng.next() * rng.next() * options.length))] as string;
}

const ID_STOPWORDS = new Set(["di", "ke", "dan", "dengan", "kepada", "soal", "atas", "pada", "untuk", "yang", "dari", "pemimpin"]);

/** The part of an event id after its date: the title's first words, without a dangling "di" or "kepada". */
function idWords(title: string): string {
  const words = slugify(title).split("-").slice(0, 7);
  while (words.length > 1 && ID_STOPWORDS.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("-");
}

function eventSummary(rng: Rng, tags: readonly TagDef[]): string {
  const first = sentence(rng, tags, false);
  return rng.chance(0.4) ? `${first} ${sentence(rng, tags, false)}` : first;
}

function tagsLine(tags: readonly TagDef[]): string {
  return `tags: [${tags.map((t) => t.id).join(", ")}]\n`;
}

function tagsYaml(v: Vocab): string {
  const lines = [
    "# Kosakata tag arsip sintetis (src/generate.ts). Setiap tag: id →",
    "#   label: nama yang dilihat pembaca",
    "#   kind: tokoh | lembaga | tempat | topik",
    "#   aliases: ejaan lain (opsional)",
  ];
  for (const kind of ["tokoh", "lembaga", "tempat", "topik"] as const) {
    lines.push("", `# --- ${kind} ---`);
    for (const t of v.byKind[kind]) {
      lines.push(`${t.id}:`, `  label: ${yamlString(t.label)}`, `  kind: ${t.kind}`);
      if (t.aliases && t.aliases.length > 0) lines.push(`  aliases: [${t.aliases.map((a) => (/[,[\]{}:#]/.test(a) ? `"${a}"` : a)).join(", ")}]`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Articles in the next event: 1 + geometric(p = 1/3), truncated at 12 (mean ≈ 3). */
function articlesInEvent(rng: Rng): number {
  let k = 1;
  while (k < MAX_ARTICLES_PER_EVENT && rng.next() < 2 / 3) k++;
  return k;
}

function eventDay(rng: Rng): number {
  // half the events anywhere in 1990–2026, half since 2010: coverage grows with time
  return rng.chance(0.5) ? rng.int(MIN_DAY, MAX_DAY) : rng.int(RECENT_DAY, MAX_DAY);
}

function published(rng: Rng, day: number): string | undefined {
  if (rng.chance(0.12)) return undefined;
  const d = isoDay(Math.min(MAX_DAY, day + (rng.chance(0.6) ? 0 : rng.int(1, 3))));
  const r = rng.next();
  if (r < 0.4) return d;
  const minute = two(rng.int(0, 59));
  if (r < 0.65) return `${d}T${two(rng.int(0, 23))}:${minute}`;
  if (r < 0.8) return `${d}T${two(rng.int(0, 23))}:${minute}:${two(rng.int(0, 59))}+07:00`;
  // other offsets only at hours that stay on the same day in Jakarta
  if (r < 0.92) return `${d}T${two(rng.int(8, 20))}:${minute}:00+${rng.pick(["08:00", "09:00"])}`;
  return `${d}T${two(rng.int(0, 16))}:${minute}:00Z`;
}

// ---------------------------------------------------------------------------------------------
// the archive

/** Write a synthetic archive into `out`; see the module comment. */
export function generateArchive(options: GenerateOptions): GenerateResult {
  const total = options.articles;
  if (!Number.isInteger(total) || total < 1) throw new Error(`articles must be a whole number of at least 1, not ${total}`);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const rng = new Rng(seed);
  const vocab = buildVocab(rng);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, "tags.yaml"), tagsYaml(vocab));

  const usedIds = new Set<string>();
  let written = 0;
  let events = 0;
  let drafts = 0;
  while (written < total) {
    const count = Math.min(articlesInEvent(rng), total - written);
    const day = eventDay(rng);
    const date = isoDay(day);
    const eventTags = zipfTags(rng, vocab, rng.int(2, 7));
    const title = eventTitle(rng, eventTags);
    let id = `${date}-${idWords(title)}`;
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    usedIds.add(id);
    const place = eventTags.find((t) => t.kind === "tempat");
    const draftEvent = rng.chance(0.01);
    const dir = join(options.out, id);
    mkdirSync(dir, { recursive: true });

    let index = `---\ntitle: ${yamlString(title)}\ndate: ${date}\nsummary: ${yamlString(eventSummary(rng, eventTags))}\n`;
    if (place && rng.chance(0.7)) index += `place: ${yamlString(place.label)}\n`;
    if (rng.chance(0.92)) index += tagsLine(eventTags);
    if (draftEvent) index += "draft: true\n";
    index += "---\n";
    if (rng.chance(0.5)) index += `${rng.pick(BACKGROUND)} ${sentence(rng, eventTags)}\n`;
    writeFileSync(join(dir, "index.md"), index);

    const articleIds = new Set<string>();
    for (let i = 0; i < count; i++) {
      const outlet = rng.chance(0.95) ? rng.pick(OUTLETS) : undefined;
      let articleId = outlet ? slugify(outlet) : "tanpa-sumber";
      if (articleIds.has(articleId)) {
        let n = 2;
        while (articleIds.has(`${articleId}-${n}`)) n++;
        articleId = `${articleId}-${n}`;
      }
      articleIds.add(articleId);
      // an article of a published event is a draft now and then, never the event's first one
      const draft = !draftEvent && i > 0 && rng.chance(0.015);
      if (draft || draftEvent) drafts++;

      let fm = "---\n";
      if (rng.chance(0.85)) fm += `title: ${yamlString(eventTitle(rng, eventTags))}\n`;
      if (outlet) fm += `outlet: ${outlet}\n`;
      const pub = published(rng, day);
      if (pub) fm += `published: ${pub}\n`;
      if (rng.chance(0.6))
        fm += `url: https://${outlet ? slugify(outlet) : "sumber"}.contoh.example/${date.slice(0, 4)}/${date.slice(5, 7)}/${id.slice(11)}-${rng.int(100000, 999999)}\n`;
      if (rng.chance(0.5)) fm += `author: ${rng.chance(0.2) ? rng.pick(["ADN", "RZK", "dwi", "afp/ant", "HRS"]) : personName(rng)}\n`;
      if (rng.chance(0.4)) fm += `editor: ${personName(rng)}\n`;
      if (rng.chance(0.3)) fm += `via: ${rng.pick(WIRES)}\n`;
      if (rng.chance(0.03)) fm += "language: id\n";
      if (rng.chance(0.7)) {
        const own = zipfTags(
          rng,
          vocab,
          rng.int(1, 5),
          eventTags.filter(() => rng.chance(0.3)),
        );
        fm += tagsLine(own);
      }
      if (draft) fm += "draft: true\n";
      fm += "---\n";

      const target = Math.round(120 + 900 * ((rng.next() + rng.next() + rng.next()) / 3)) * (rng.chance(0.05) ? 2 : 1);
      const city = (place?.label ?? rng.pick(["Beijing", "Pyongyang", "Seoul", "Jakarta"])).toUpperCase();
      const dateline = outlet ? `${outlet.toUpperCase()} – ${city}` : city;
      writeFileSync(join(dir, `${articleId}.md`), fm + articleBody(rng, eventTags, target, dateline, `https://contoh.example/${slugify(outlet ?? "sumber")}`));
      written++;
    }
    events++;
  }
  return { events, articles: written, tags: vocab.tags.length, drafts, files: 1 + events + written };
}
