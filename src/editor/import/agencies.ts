/** Wire agencies and foreign outlets an article may cite (`via`): display name → spellings. */
import type { NameTable } from "./outlets.ts";

/** Agency display name → the spellings that name it. Used for `via` and for hints. */
export const AGENCIES: NameTable = [
  ["AP", ["AP", "Associated Press", "Associate Press"]],
  ["AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]],
  ["Reuters", ["Reuters"]],
  ["Xinhua", ["Xinhua"]],
  ["KCNA", ["KCNA", "Kantor Berita Pusat Korea", "Korean Central News Agency"]],
  ["Yonhap", ["Yonhap"]],
  ["Kyodo", ["Kyodo"]],
  ["TASS", ["TASS"]],
  ["CNN", ["CNN"]],
  ["BBC", ["BBC"]],
  ["Al Jazeera", ["Al Jazeera", "Aljazeera"]],
  ["NHK", ["NHK"]],
  ["Bloomberg", ["Bloomberg"]],
  ["Global Times", ["Global Times"]],
  ["South China Morning Post", ["South China Morning Post", "SCMP"]],
  ["NK News", ["NK News"]],
  ["Rodong Sinmun", ["Rodong Sinmun"]],
  ["CGTN", ["CGTN"]],
  ["Sputnik", ["Sputnik"]],
  ["The New York Times", ["The New York Times", "New York Times", "NYT"]],
  ["ANTARA", ["ANTARA"]],
];
