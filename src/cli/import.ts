/**
 * `npm run import -- <raw.txt|-> --event <event-id> [--id <article-id>] [--articles DIR]`:
 * turn text copied from a news site into `articles/<event-id>/<article-id>.md` and print a report
 * (fields found, lines removed, tags suggested, candidate event dates, what to check).
 *
 * Exit codes: 0 written; 1 nothing written because of the archive or the input (event missing,
 * file exists, unreadable or empty text); 2 the command line is wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { join } from "node:path";
import { writeFileAtomic } from "../lib/files.ts";
import { findSameText } from "../editor/duplicates.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { decodeUtf8, normaliseText } from "../content/text.ts";
import { unsafeTextProblem } from "../content/unsafe-text.ts";
import { idProblem } from "../content/ids.ts";
import { EVENT_FILE } from "../content/loader.ts";
import { readTagsFile, TAGS_FILE } from "../content/tags-file.ts";
import { articleFileProblems, articleIdFor, formatReport, importArticle, renderArticle, vocabularyOf, type VocabularyTag } from "../editor/import/index.ts";
import { articlesDirOf, command, fail, parseCommandLine, pathArg, runIfMain, show as showPath, langOfIo } from "./run.ts";
import { ARTICLES_OPTION, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const IMPORT = {
  name: "npm run import",
  args: { id: "<teks.txt | ->", en: "<raw.txt | ->" },
  // more than one file is refused below with its own message
  positionals: Infinity,
  options: {
    event: {
      type: "string",
      required: true,
      value: { id: "<id-peristiwa>", en: "<event-id>" },
      help: {
        id: "folder peristiwa tempat artikel ini, misalnya 2021-03-22-kim-xi-bertukar-pesan",
        en: "the event folder the article belongs to, e.g. 2021-03-22-kim-xi-bertukar-pesan",
      },
    },
    id: {
      type: "string",
      value: { id: "<id-artikel>", en: "<article-id>" },
      help: {
        id: 'nama file artikel tanpa .md (bawaan: nama sumbernya, atau "artikel")',
        en: "the article's file name without .md (default: the outlet's name, or \"artikel\")",
      },
    },
    force: {
      type: "boolean",
      help: { id: "tetap impor teks yang sudah ada di arsip (biasanya ditolak)", en: "import a text the archive already holds (refused otherwise)" },
    },
    articles: ARTICLES_OPTION,
  },
  notes: {
    id: "<teks.txt> adalah teks yang disalin dari situs berita (UTF-8); - membacanya dari masukan standar.",
    en: "<raw.txt> is the text copied from the news site (UTF-8); - reads it from standard input.",
  },
} as const satisfies CommandSpec;

export const importCommand = command(IMPORT, async (argv, io) => {
  const show = (abs: string): string => showPath(io, abs);
  const lang = langOfIo(io);
  const { values, positionals } = parseCommandLine(argv, IMPORT);
  const input = positionals[0];
  if (input === undefined) fail(2, msg("import.no-file"));
  if (positionals.length > 1) fail(2, msg("import.one-file", { files: positionals.map((p) => `"${p}"`).join(", ") }));
  const eventId = values.event;
  if (eventId === undefined) fail(2, msg("import.no-event"));
  const badEvent = idProblem(eventId);
  if (badEvent) fail(2, msg("new.option-value", { name: "--event", problem: badEvent }));
  if (values.id !== undefined) {
    const badId = idProblem(values.id);
    if (badId) fail(2, msg("new.option-value", { name: "--id", problem: badId }));
    if (values.id === "index") fail(2, msg("new.option-value", { name: "--id", problem: msg("article.index-id") }));
  }

  const articlesDir = articlesDirOf(io, values.articles);
  const eventDir = join(articlesDir, eventId);
  const eventFile = join(eventDir, EVENT_FILE);
  if (!existsSync(eventDir)) fail(1, msg("import.no-event-folder", { dir: show(eventDir), id: eventId }));
  if (!existsSync(eventFile)) fail(1, msg("import.no-index", { dir: show(eventDir), id: eventId }));

  // the text
  let bytes: Buffer;
  try {
    if (input === "-" && io.stdinIsTTY) io.err(`${say(msg("import.paste"), lang)}\n`);
    bytes = input === "-" ? await io.readStdin() : readFileSync(pathArg(io, input));
  } catch (e) {
    fail(1, msg("import.unreadable", { input: input === "-" ? msg("import.stdin") : input, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  const inputName = input === "-" ? msg("import.stdin") : input;
  // text saved as UTF-16 without its byte order mark reads as valid UTF-8 full of NULs: named for what it is
  if (looksUtf16(bytes)) fail(1, msg("import.bad-text", { input: inputName, problem: msg("import.utf16") }));
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) {
    // what check would refuse in a body (NUL and the other controls, a lone surrogate…) is refused here, at its line
    const problem = unsafeTextProblem(normaliseText(decoded.text), true);
    if (problem) {
      const lines = normaliseText(decoded.text).split("\n");
      const at = lines.findIndex((l) => unsafeTextProblem(l, true) !== undefined);
      fail(
        1,
        msg("import.bad-text", {
          input: inputName,
          ...(at >= 0 && { line: at + 1 }),
          problem: at >= 0 ? (unsafeTextProblem(lines[at] ?? "", true) ?? problem) : problem,
        }),
      );
    }
  }
  if (!decoded.ok)
    fail(
      1,
      msg("import.bad-text", {
        input: input === "-" ? msg("import.stdin") : input,
        ...(decoded.problem.line !== undefined && { line: decoded.problem.line }),
        problem: decoded.problem,
      }),
    );

  // the vocabulary and the event's own tags
  const warnings: Msg[] = [];
  let vocabulary: VocabularyTag[] = [];
  const tagsFile = join(articlesDir, TAGS_FILE);
  const read = readTagsFile(tagsFile, show(tagsFile));
  vocabulary = vocabularyOf(read);
  if (!read.readable)
    warnings.push(msg("import.tags-unreadable", { file: show(tagsFile), problem: read.problems[0] ?? msg("yaml.unreadable", { detail: "?" }) }));
  let eventTags: string[] = [];
  const eventParsed = parseFrontmatter(readFileSync(eventFile, "utf8"));
  if (eventParsed.ok && Array.isArray(eventParsed.file.data.tags)) {
    eventTags = eventParsed.file.data.tags.filter((t): t is string => typeof t === "string");
  }

  const result = importArticle({ text: decoded.text, vocabulary, eventTags });
  if (result.body === "") fail(1, msg("import.no-text"));
  // the same text imported twice would become two articles: refused unless asked for
  const same = values.force ? undefined : findSameText(articlesDir, result.body, show);
  if (same !== undefined) fail(1, msg("import.duplicate", { file: same }));

  const articleId = values.id ?? articleIdFor(result.fields.outlet, (id) => id === "index" || existsSync(join(eventDir, `${id}.md`)));
  const target = join(eventDir, `${articleId}.md`);
  if (existsSync(target)) fail(1, msg("import.exists", { file: show(target) }));

  const content = renderArticle(result.fields, result.body);
  // the file must pass the archive's own schema; anything else is a bug here, not the editor's problem
  const invalid = articleFileProblems(content, show(target));
  if (invalid.length > 0) fail(1, msg("import.internal", { lines: invalid }));

  try {
    writeFileAtomic(target, content, { exclusive: true });
  } catch (e) {
    fail(1, msg("write.failed", { file: show(target), code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  for (const w of warnings) io.err(`${say(w, lang)}\n`);
  io.out(formatReport(result, show(target), lang));
  io.out(`${say(msg("import.next"), lang)}\n`);
});

/**
 * Whether bytes look like UTF-16 text: a UTF-16 byte order mark, or (without one) NUL in every
 * other byte of most of the first kilobytes, which Latin-script text saved as UTF-16 has.
 */
export function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.4 && Math.min(even, odd) <= (n / 2) * 0.05;
}

runIfMain(import.meta.url, importCommand);
