/** The verbs that cite a source in Indonesian news text. */

/** verb → whether an unknown name after it is accepted as a source */
export const CITE_VERBS: ReadonlyArray<readonly [string, boolean]> = [
  ["melansir", true],
  ["dilansir dari", true],
  ["dilansir", true],
  ["disitir dari", true],
  ["disitir", true],
  ["dikutip dari", true],
  ["seperti diberitakan", true],
  ["seperti dilaporkan", true],
  ["mengutip dari", false],
  ["mengutip", false],
];
