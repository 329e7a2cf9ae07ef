/**
 * What `npm run check` computes: the loader's errors and warnings, plus the curation warnings,
 * with the lines of the fields they are about; and the JSON report of `check --json`.
 */
import { NO_CACHE, type Cache } from "../lib/cache.ts";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { displayPath } from "../lib/files.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { loadArchive } from "../content/loader.ts";
import type { Archive } from "../content/model.ts";
import { msg, say, type Lang } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import type { Problem } from "../content/problems.ts";
import { parseTags, TAGS_FILE } from "../content/tags-file.ts";
import { AGENCIES_FILE } from "../content/agencies-file.ts";
import { curationWarnings } from "./warnings.ts";

export interface CheckResult {
  /** present when there are no errors */
  archive?: Archive;
  errors: Problem[];
  warnings: Problem[];
}

export function checkArchive(articlesDir: string, progress: Progress = NO_PROGRESS, cache: Cache = NO_CACHE): CheckResult {
  const displayRoot = dirname(resolve(articlesDir));
  const { archive, problems } = loadArchive(articlesDir, { progress, cache });
  const warnings: Problem[] = problems.filter((p) => p.severity === "warning");
  if (archive) {
    progress.phase(msg("progress.duplicates"));
    warnings.push(
      ...curationWarnings(archive, {
        tagsFile: displayPath(join(articlesDir, TAGS_FILE), displayRoot),
        agenciesFile: displayPath(join(articlesDir, AGENCIES_FILE), displayRoot),
        extraUsedTagIds: new Set(archive.draftTagIds),
        lineOf: lineLocator(displayRoot),
      }),
    );
  }
  progress.end();
  const result: CheckResult = { errors: problems.filter((p) => p.severity === "error"), warnings };
  if (archive) result.archive = archive;
  return result;
}

interface PlainProblem {
  file: string;
  line: number | null;
  field: string | null;
  /** stable across languages and versions (messages.ts), for tools */
  code: string;
  /** in the run's language */
  message: string;
}

/** The object `check --json` prints. */
export function checkReport(
  { archive, errors, warnings }: CheckResult,
  lang: Lang,
): {
  ok: boolean;
  lang: Lang;
  errors: PlainProblem[];
  warnings: PlainProblem[];
  summary: { errors: number; warnings: number; events: number | null; articles: number | null; tags: number | null; drafts: Archive["drafts"] | null };
} {
  const plain = (p: Problem): PlainProblem => ({ file: p.file, line: p.line ?? null, field: p.field ?? null, code: p.code, message: say(p, lang) });
  return {
    ok: errors.length === 0,
    lang,
    errors: errors.map(plain),
    warnings: warnings.map(plain),
    summary: {
      errors: errors.length,
      warnings: warnings.length,
      events: archive ? archive.events.length : null,
      articles: archive ? archive.articleCount : null,
      tags: archive ? archive.tags.length : null,
      drafts: archive ? archive.drafts : null,
    },
  };
}

/** Lines of fields in content files and of tag ids in tags.yaml, read on demand with the loader's own readers. */
function lineLocator(displayRoot: string): (file: string, path: readonly PropertyKey[]) => number | undefined {
  const cache = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();
  return (file, path) => {
    let find = cache.get(file);
    if (!find) {
      find = () => undefined;
      try {
        const text = readFileSync(resolve(displayRoot, file), "utf8");
        if (file.endsWith(".yaml")) {
          const { tags } = parseTags(text, file);
          find = (p) => tags.get(String(p[0]))?.line;
        } else {
          const parsed = parseFrontmatter(text);
          if (parsed.ok) find = (p) => parsed.file.lineOf(p);
        }
      } catch {
        // unreadable: no line numbers for this file
      }
      cache.set(file, find);
    }
    return find(path);
  };
}
