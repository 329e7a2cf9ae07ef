/** Indonesian news outlets the importer recognises: display name → the spellings that name it. */
export type NameTable = ReadonlyArray<readonly [string, readonly string[]]>;

/** Outlet display name → the spellings that name it (compacted for lookup). */
export const OUTLETS: NameTable = [
  ["Kontan", ["Kontan", "KONTAN.CO.ID", "Kontan.co.id"]],
  ["SINDOnews", ["SINDOnews", "SINDOnews.com", "Sindonews"]],
  ["Warta Ekonomi", ["Warta Ekonomi", "WartaEkonomi.co.id"]],
  ["Purna Warta", ["Purna Warta", "PurnaWarta.com"]],
  ["Kompas.com", ["Kompas.com", "KOMPAS.com"]],
  ["Kompas", ["Kompas", "Kompas.id"]],
  ["detikcom", ["detikcom", "detik.com", "detikNews"]],
  ["Tempo", ["Tempo", "Tempo.co", "TEMPO.CO"]],
  ["CNN Indonesia", ["CNN Indonesia", "CNNIndonesia.com"]],
  ["CNBC Indonesia", ["CNBC Indonesia", "CNBCIndonesia.com"]],
  ["ANTARA", ["ANTARA", "Antaranews", "ANTARA News", "Antaranews.com"]],
  ["Liputan6.com", ["Liputan6.com", "Liputan6"]],
  ["Okezone", ["Okezone", "Okezone.com"]],
  ["Republika", ["Republika", "Republika.co.id"]],
  ["Tribunnews", ["Tribunnews", "Tribunnews.com"]],
  ["Merdeka.com", ["Merdeka.com"]],
  ["Suara.com", ["Suara.com"]],
  ["VIVA", ["VIVA", "VIVA.co.id"]],
  ["iNews", ["iNews", "iNews.id"]],
  ["Media Indonesia", ["Media Indonesia", "MediaIndonesia.com"]],
  ["Bisnis.com", ["Bisnis.com"]],
  ["Jawa Pos", ["Jawa Pos", "JawaPos.com"]],
  ["IDN Times", ["IDN Times", "IDNTimes.com"]],
  ["Tirto", ["Tirto", "Tirto.id"]],
  ["kumparan", ["kumparan", "kumparan.com"]],
  ["JPNN", ["JPNN", "JPNN.com"]],
  ["Beritasatu", ["Beritasatu", "Beritasatu.com"]],
];
