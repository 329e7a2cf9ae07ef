/**
 * The word pools of the synthetic archive generator (generate.ts): tags by kind, outlets, people,
 * wires, sentence parts and headlines. Pure data; every name is fictional or public.
 */
import type { TagKind } from "../content/schema.ts";

export interface TagDef {
  id: string;
  label: string;
  kind: TagKind;
  aliases?: string[];
  /** how the body refers to it in running text (defaults to the label) */
  phrase?: string;
}

export const TOKOH: TagDef[] = [
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

export const LEMBAGA: TagDef[] = [
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

export const TEMPAT: TagDef[] = [
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

export const TOPIK: TagDef[] = [
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

export const POOLS: Record<TagKind, TagDef[]> = { tokoh: TOKOH, lembaga: LEMBAGA, tempat: TEMPAT, topik: TOPIK };

export const OUTLETS = [
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

export const PERSON_FIRST = [
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
export const PERSON_LAST = [
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
export const WIRES = ["AP", "Reuters", "AFP", "Xinhua", "Yonhap", "KCNA", "CNN", "BBC", "Kyodo", "NK News"];

export const SPEAKERS = [
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

export const VERBS = [
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

export const CLAUSES = [
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

export const OPENERS = [
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

export const TAILS = [
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

export const PLAIN = [
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

export const HEADINGS = [
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

export const QUOTES = [
  "Persahabatan antara China dan Korea Utara adalah aset berharga bagi kedua negara.",
  "Kami siap bekerja sama dengan semua pihak untuk menjaga perdamaian di kawasan.",
  "Tidak ada pihak yang diuntungkan oleh meningkatnya ketegangan di Semenanjung Korea.",
  "Kami akan terus memperkuat komunikasi strategis dengan kawan-kawan kami di Beijing.",
  "Situasi saat ini menuntut semua pihak untuk tetap tenang dan menahan diri.",
  "Hubungan kedua partai dan kedua negara akan terus berkembang di era baru.",
];

export const LINK_TEXTS = ["laporan sebelumnya", "pernyataan resmi", "data perdagangan", "analisis lengkap", "transkrip konferensi pers", "berita terkait"];
export const LINK_PATHS = ["berita", "analisis", "dokumen", "data", "arsip"];

export const EVENT_VERBS_TOKOH = ["bertemu", "menerima", "berbicara dengan", "bertukar pesan dengan", "menjamu"];
export const EVENT_TEMPLATES_TOPIK = [
  "China menanggapi {t} Korea Utara",
  "Beijing dan Pyongyang membahas {t}",
  "Korea Utara dan China sepakat soal {t}",
  "Sorotan internasional atas {t} di kawasan",
  "Pejabat China dan Korea Utara membicarakan {t}",
];

export const BACKGROUND = [
  "Peristiwa ini terjadi di tengah upaya kedua negara memulihkan hubungan tingkat tinggi.",
  "Beberapa media mengaitkan peristiwa ini dengan dinamika hubungan AS dan China.",
  "Liputan tentang peristiwa ini berbeda-beda dalam menekankan sikap Beijing.",
  "Sebagian besar laporan bersumber dari kantor berita resmi kedua negara.",
];
