/**
 * `npm run check [-- --json]`: validate every file in the archive without building; exit 1 on any
 * error. Curation warnings (src/warnings.ts) are printed too but never change the exit code.
 * Warnings need the whole validated archive, so they are only computed when there are no errors.
 *
 * --json prints one JSON object on stdout and nothing on stderr:
 *   { ok, errors: [{ file, line, field, message }], warnings: [...], summary: { … } }
 * `line` and `field` are null where unknown; the summary's archive counts are null when the
 * archive did not load.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import { parseFrontmatter } from "../frontmatter.ts";
import { loadArchive } from "../loader.ts";
import { formatProblem, type Problem } from "../problems.ts";
import { siteConfig } from "../site.ts";
import { summaryLine } from "../summary.ts";
import { curationWarnings } from "../warnings.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--json");
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.map((a) => `"${a}"`).join(", ")}.\nUsage: npm run check [-- --json]`);
  process.exit(2);
}
const json = args.includes("--json");

const { articlesDir } = siteConfig();
const displayRoot = dirname(resolve(articlesDir));
const show = (abs: string): string => {
  const rel = relative(displayRoot, abs);
  return (rel.startsWith("..") ? abs : rel).split(sep).join("/");
};
const started = performance.now();
const { archive, problems } = loadArchive(articlesDir);
const warnings: Problem[] = [...problems.filter((p) => p.severity === "warning")];
if (archive) {
  warnings.push(
    ...curationWarnings(archive, {
      tagsFile: show(join(articlesDir, "tags.yaml")),
      extraUsedTagIds: new Set(archive.draftTagIds),
      lineOf: lineLocator(),
    }),
  );
}
const errors = problems.filter((p) => p.severity === "error");

if (json) {
  const plain = (p: Problem): { file: string; line: number | null; field: string | null; message: string } => ({
    file: p.file,
    line: p.line ?? null,
    field: p.field ?? null,
    message: p.message,
  });
  const report = {
    ok: errors.length === 0,
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
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(errors.length === 0 ? 0 : 1);
}

for (const p of [...errors, ...warnings]) console.error(formatProblem(p));
if (!archive) {
  const n = errors.length;
  console.error(`\n${n} ${n === 1 ? "problem" : "problems"} found; nothing was built. Fix ${n === 1 ? "it" : "them"} and run npm run check again.`);
  process.exit(1);
}
if (warnings.length > 0) {
  console.error(`\n${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}: worth a look, but the archive is valid.`);
}
console.log(`OK: ${summaryLine(archive, { seconds: (performance.now() - started) / 1000 })}`);

/** Lines of fields in content files and of tag ids in tags.yaml, read on demand. */
function lineLocator(): (file: string, path: readonly PropertyKey[]) => number | undefined {
  const cache = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();
  return (file, path) => {
    let find = cache.get(file);
    if (!find) {
      find = () => undefined;
      try {
        const text = readFileSync(resolve(displayRoot, file), "utf8");
        if (file.endsWith(".yaml")) {
          const counter = new LineCounter();
          const doc = parseDocument(text, { schema: "failsafe", lineCounter: counter });
          find = (p) => {
            if (!isMap(doc.contents)) return undefined;
            const pair = doc.contents.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === p[0]);
            const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
            return offset === undefined ? undefined : counter.linePos(offset).line;
          };
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
