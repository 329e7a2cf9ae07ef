/** Where things are: the project root and the included archive. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED_ARTICLES = join(ROOT, "articles");
