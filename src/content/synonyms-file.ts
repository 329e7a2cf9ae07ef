/**
 * The synonym list, `articles/sinonim.yaml` (optional): groups of names that mean one thing, such as
 * `[AS, Amerika Serikat]`. Search treats every name of a group as a spelling of the others, like
 * a tag's label and aliases in tags.yaml. Editors extend it; one group a line.
 */
import { msg } from "../lib/messages/index.ts";
import { existsSync, readFileSync } from "node:fs";
import { isSeq } from "yaml";
import { problem, type Problem } from "./problems.ts";
import { decodeUtf8, normaliseText } from "./text.ts";
import { unsafeTextProblem } from "./unsafe-text.ts";
import { parseYaml, yamlData, yamlMessage } from "./yaml.ts";

/** The file name of the synonym list inside the articles folder. */
export const SYNONYMS_FILE = "sinonim.yaml";

/** Read the synonym list at `abs` (none when the file does not exist); `file` is how messages name it. */
export function readSynonymsFile(abs: string, file: string): { groups: string[][]; problems: Problem[] } {
  if (!existsSync(abs)) return { groups: [], problems: [] };
  const decoded = decodeUtf8(readFileSync(abs));
  if (!decoded.ok) return { groups: [], problems: [{ severity: "error", file, ...decoded.problem }] };
  const { doc, lineAt } = parseYaml(normaliseText(decoded.text));
  if (doc.errors.length > 0) {
    return {
      groups: [],
      problems: doc.errors.map((e) => problem("error", file, msg("yaml.invalid", { detail: yamlMessage(e.message) }), lineAt(e.pos[0]))),
    };
  }
  if (doc.contents === null) return { groups: [], problems: [] };
  const usage = msg("synonyms.shape");
  if (!isSeq(doc.contents)) return { groups: [], problems: [problem("error", file, usage, 1)] };
  const data = yamlData(doc) as unknown[];
  const groups: string[][] = [];
  const problems: Problem[] = [];
  data.forEach((group, i) => {
    const node = doc.contents && isSeq(doc.contents) ? doc.contents.items[i] : undefined;
    const line = (node as { range?: [number] } | undefined)?.range ? lineAt((node as { range: [number] }).range[0]) : undefined;
    const names = Array.isArray(group) ? group : undefined;
    if (!names || names.length < 2 || !names.every((n): n is string => typeof n === "string" && n.trim() !== "")) {
      problems.push(problem("error", file, usage, line, `[${i}]`));
      return;
    }
    const bad = names.map((n) => unsafeTextProblem(n)).find((p) => p !== undefined);
    if (bad !== undefined) {
      problems.push(problem("error", file, msg("synonyms.name", { reason: bad }), line, `[${i}]`));
      return;
    }
    groups.push(names.map((n) => n.trim()));
  });
  return { groups, problems };
}
