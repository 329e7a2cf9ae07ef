/** A file's `tags` checked against the vocabulary, with the tags an unknown one may have meant. */
import { msg } from "../lib/messages/index.ts";
import type { ParsedFile } from "./frontmatter.ts";
import { idProblem, slugify } from "./ids.ts";
import { closest, problem, type Problem } from "./problems.ts";
import { duplicateTagProblems, TAG_KINDS } from "./schema.ts";
import { nameKey, type TagDef } from "./tags-file.ts";
import { namesOf } from "./vocabulary.ts";

/**
 * A checker of the tags a file lists, run even when other fields of the file are wrong, so that every
 * problem shows at once. When tags.yaml itself could not be read, or a tag's own entry is invalid,
 * that problem is reported there; its uses are not also called unknown.
 */
export function tagRefChecker(
  vocabulary: { tags: ReadonlyMap<string, TagDef>; readable: boolean; invalid: ReadonlySet<string> },
  tagsFile: string,
  problems: Problem[],
): (file: string, parsed: ParsedFile) => void {
  const tagIds = new Set(vocabulary.tags.keys());
  // each label and alias under its key, as an article's `via` is looked up (vocabulary.ts)
  const aliasToId = new Map([...namesOf(vocabulary.tags)].map(([key, tag]) => [key, tag.id] as const));
  return (file, parsed) => {
    const raw = parsed.data.tags;
    if (!Array.isArray(raw)) return;
    const list = raw.filter((t): t is string => typeof t === "string");
    problems.push(...duplicateTagProblems(list, { file, lineOf: parsed.lineOf }));
    if (!vocabulary.readable) return;
    list.forEach((id, i) => {
      // an empty entry is reported by the schema ("may not be empty")
      if (tagIds.has(id) || vocabulary.invalid.has(id) || id.trim() === "") return;
      // the same id in other letters or spacing ("Kim-Jong-Un", "kim jong un"), or a label or alias
      const viaAlias = tagIds.has(slugify(id)) ? slugify(id) : aliasToId.get(nameKey(id));
      const m = msg("tag.unknown", { tag: id, nearest: nearestTags(id, viaAlias, tagIds), tagsFile, entry: tagEntry(id) });
      problems.push(problem("error", file, m, parsed.lineOf(["tags", i]), `tags[${i}]`));
    });
  };
}

/** Up to three tag ids an unknown one may have meant: the one its spelling or an alias points to first, then the closest. */
function nearestTags(id: string, viaAlias: string | undefined, tagIds: ReadonlySet<string>): string[] {
  const close = closest(id, tagIds, 3);
  return viaAlias === undefined ? close : [viaAlias, ...close.filter((t) => t !== viaAlias)].slice(0, 3);
}

/** The three lines of a new tags.yaml entry for `id`, indented to stand under a message; "" for an id tags.yaml would refuse. */
function tagEntry(id: string): string {
  if (idProblem(id) !== null) return "";
  const label = id
    .split("-")
    .map((w) => (w === "" ? w : `${w[0]?.toUpperCase() ?? ""}${w.slice(1)}`))
    .join(" ");
  return [`${id}:`, `  label: ${label}`, `  kind: ${TAG_KINDS.join(" | ")}`].map((l) => `    ${l}`).join("\n");
}
