/** Ids of events (folder names), articles (file names without `.md`) and tags. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `id` is not a valid id, or `null` when it is. */
export function idProblem(id: string): string | null {
  if (id.length === 0) return "an id may not be empty";
  if (ID_PATTERN.test(id)) return null;
  if (/[A-Z]/.test(id)) return `"${id}" has uppercase letters; ids use lowercase a-z, 0-9 and single hyphens`;
  if (/--/.test(id)) return `"${id}" has a double hyphen; ids use single hyphens between words`;
  if (/^-|-$/.test(id)) return `"${id}" starts or ends with a hyphen`;
  return `"${id}" may only contain lowercase a-z, 0-9 and single hyphens (no spaces, dots, slashes or accents)`;
}

/** Turn free text into a valid id ("Kim Jong-un" → "kim-jong-un"); may return "" for text with no letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
