/** Site furniture and byline keys: what a copied news page holds that is not the article. */

/** Site furniture, matched against a whole trimmed line of at most 300 characters. */
export const FURNITURE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^baca\s+(?:juga|pula)\b/i, "related link"],
  [/^(?:lihat|simak)\s+juga\b/i, "related link"],
  [/^(?:baca|simak)\s+(?:berita|artikel)\s+(?:lainnya|selengkapnya|terkait)\b/i, "related link"],
  [/^baca\s+selengkapnya\b/i, "related link"],
  [/^(?:berita|artikel)\s+terkait\s*:?$/i, "related link"],
  [/^mau\s+berita\s+terbaru\b/i, "promo"],
  [/^ikuti\s+(?:kami|kanal|saluran|akun|berita|update|informasi)\b/i, "promo"],
  [/^(?:follow|gabung|dapatkan|download|unduh|klik)\b.*\b(?:google\s+news|whatsapp|telegram|aplikasi|channel)\b/i, "promo"],
  [/^simak\s+breaking\s+news\b/i, "promo"],
  [/^(?:artikel|berita)\s+ini\s+(?:telah\s+)?(?:tayang|terbit)\s+di\b/i, "republication note"],
  [/^tags?(?:\s+terkait)?\s*:/i, "tag list"],
  [/^tags?\s+terkait$/i, "tag list"],
  [/^leave\s+a\s+reply$/i, "comment form"],
  [/^your\s+email\s+address\s+will\s+not\s+be\s+published\b/i, "comment form"],
  [/^required\s+fields\s+are\s+marked\b/i, "comment form"],
  [/^\+?\s*there\s+are\s+no\s+comments\b/i, "comment form"],
  [/^add\s+yours\.?$/i, "comment form"],
  [/^(?:tulis|kirim|berikan)\s+komentar\b/i, "comment form"],
  [/^\d*\s*komentar$/i, "comment form"],
  // a notice, not a sentence about rights: it carries ©, (c), a year or "all rights reserved"
  [/^(?:copyright|hak\s+cipta)\b(?=.*(?:©|\(c\)|\b(?:19|20)\d{2}\b|all\s+rights\s+reserved|dilindungi\s+undang))/i, "copyright"],
  [/^©/, "copyright"],
  [/^all\s+rights\s+reserved\.?$/i, "copyright"],
  [/\brendering\s+in\s+[\d.,]+\s*(?:seconds?|detik)\b/i, "page timing"],
  [/^(?:A[+-]?\s*){2,3}$/, "font-size widget"],
  [/^(?:advertisement|iklan|sponsored|konten\s+bersponsor)$/i, "advertisement"],
  [/^scroll\s+(?:to\s+continue|untuk\s+melanjutkan|ke\s+bawah)\b/i, "advertisement"],
  [/^(?:bagikan|share)(?:\s+(?:artikel|berita)\s+ini)?\s*:?$/i, "share widget"],
  [/^halaman\s+selanjutnya$/i, "pagination"],
  [/^halaman\s*:?\s*(?:\d+\s*)+$/i, "pagination"],
];

export const BYLINE_KEYS: Readonly<Record<string, "author" | "editor" | "via">> = {
  sumber: "via",
  editor: "editor",
  redaktur: "editor",
  penyunting: "editor",
  penulis: "author",
  reporter: "author",
  pewarta: "author",
  oleh: "author",
  author: "author",
  writer: "author",
};

/**
 * Words that make a line prose even when it starts like furniture: reported speech ("…, kata
 * pejabat itu") or a full sentence's verbs. Such a line stays in the body.
 */
export const PROSE_MARKERS = /\b(?:kata|ujar|ucap|tutur|ungkap(?:nya)?|jelas(?:nya)?|tegas(?:nya)?|menurut|mengatakan|menyatakan|dipegang)\b/i;
