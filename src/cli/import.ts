/**
 * `npm run import -- <raw.txt|-> --event <event-id> [--id <article-id>] [--articles DIR]`:
 * turn text copied from a news site into `articles/<event-id>/<article-id>.md` and print a report
 * (fields found, lines removed, tags suggested, candidate event dates, what to check).
 *
 * Exit codes: 0 written; 1 nothing written because of the archive or the input (event missing,
 * file exists, unreadable or empty text); 2 the command line is wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../content/files.ts";
import { findSameText } from "../editor/duplicates.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { decodeUtf8 } from "../content/text.ts";
import { idProblem } from "../content/ids.ts";
import { EVENT_FILE } from "../content/loader.ts";
import { readTagsFile, TAGS_FILE } from "../content/tags-file.ts";
import { articleFileProblems, articleIdFor, formatReport, importArticle, renderArticle, vocabularyOf, type VocabularyTag } from "../editor/import/index.ts";
import { articlesDirOf, command, fail, parseCommandLine, pathArg, runIfMain, show as showPath } from "./run.ts";

const USAGE = `Usage: npm run import -- <raw.txt | -> --event <event-id> [--id <article-id>] [--force] [--articles DIR]
  <raw.txt>     the text copied from the news site (UTF-8); - reads it from standard input
  --event       the event folder the article belongs to, e.g. 2021-03-22-kim-xi-bertukar-pesan
  --id          the article's file name without .md (default: the outlet's name, or "artikel")
  --force       import a text the archive already holds (refused otherwise)
  --articles    the articles folder (default: $ARSIP_ARTICLES_DIR or articles)`;

export const importCommand = command(USAGE, async (argv, io) => {
  const show = (abs: string): string => showPath(io, abs);
  const { values, positionals } = parseCommandLine(
    argv,
    { event: { type: "string" }, id: { type: "string" }, force: { type: "boolean" }, articles: { type: "string" } },
    Infinity,
  );
  const input = positionals[0];
  if (input === undefined) fail(2, "Give the text file to import (or - to read standard input).");
  if (positionals.length > 1) fail(2, `Only one text file at a time; got ${positionals.map((p) => `"${p}"`).join(", ")}.`);
  const eventId = values.event;
  if (eventId === undefined) fail(2, "Give the event the article belongs to with --event <event-id>.");
  const badEvent = idProblem(eventId);
  if (badEvent) fail(2, `--event: ${badEvent}`);
  if (values.id !== undefined) {
    const badId = idProblem(values.id);
    if (badId) fail(2, `--id: ${badId}`);
    if (values.id === "index") fail(2, "--id: \"index\" is the event's own file (index.md); choose another id, e.g. the outlet's name");
  }

  const articlesDir = articlesDirOf(io, values.articles);
  const eventDir = join(articlesDir, eventId);
  const eventFile = join(eventDir, EVENT_FILE);
  const createHint = `Create the event first, then import again:\n  npm run new -- event ${eventId} --title "…" --date YYYY-MM-DD`;
  if (!existsSync(eventDir)) fail(1, `There is no event folder ${show(eventDir)}/. ${createHint}`);
  if (!existsSync(eventFile)) fail(1, `The event folder ${show(eventDir)}/ has no index.md. ${createHint}`);

  // the text
  let bytes: Buffer;
  try {
    if (input === "-" && io.stdinIsTTY) io.err("Paste the article text, then press Ctrl-D (Ctrl-Z, Enter on Windows).\n");
    bytes = input === "-" ? await io.readStdin() : readFileSync(pathArg(io, input));
  } catch (e) {
    fail(1, `Cannot read ${input === "-" ? "standard input" : input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) fail(1, `${input === "-" ? "standard input" : input}${decoded.problem.line ? `:${decoded.problem.line}` : ""}: ${decoded.problem.message}`);

  // the vocabulary and the event's own tags
  const warnings: string[] = [];
  let vocabulary: VocabularyTag[] = [];
  const tagsFile = join(articlesDir, TAGS_FILE);
  const read = readTagsFile(tagsFile, show(tagsFile));
  vocabulary = vocabularyOf(read);
  if (!read.readable)
    warnings.push(`${show(tagsFile)}: ${read.problems[0]?.message ?? "could not be read"}; no tags suggested (npm run check names the problem)`);
  let eventTags: string[] = [];
  const eventParsed = parseFrontmatter(readFileSync(eventFile, "utf8"));
  if (eventParsed.ok && Array.isArray(eventParsed.file.data.tags)) {
    eventTags = eventParsed.file.data.tags.filter((t): t is string => typeof t === "string");
  }

  const result = importArticle({ text: decoded.text, vocabulary, eventTags });
  if (result.body === "") fail(1, "No article text is left after removing site furniture; nothing was written.");
  // the same text imported twice would become two articles: refused unless asked for
  const same = values.force ? undefined : findSameText(articlesDir, result.body, show);
  if (same !== undefined) fail(1, `The archive already holds this text: ${same}; nothing was written. To import it anyway, add --force.`);

  const articleId = values.id ?? articleIdFor(result.fields.outlet, (id) => id === "index" || existsSync(join(eventDir, `${id}.md`)));
  const target = join(eventDir, `${articleId}.md`);
  if (existsSync(target)) fail(1, `${show(target)} already exists; nothing was written. Choose another id with --id, or remove that file first.`);

  const content = renderArticle(result.fields, result.body);
  // the file must pass the archive's own schema; anything else is a bug here, not the editor's problem
  const invalid = articleFileProblems(content, show(target));
  if (invalid.length > 0) fail(1, `Internal error: the generated file would not be valid; nothing was written.\n${invalid.join("\n")}`);

  try {
    writeFileAtomic(target, content, { exclusive: true });
  } catch (e) {
    fail(1, `Cannot write ${show(target)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; nothing was written.`);
  }
  for (const w of warnings) io.err(`warning: ${w}\n`);
  io.out(formatReport(result, show(target)));
  io.out(`Next: read the file, prune the tags and fill what is under Periksa, then run npm run check.\n`);
});

runIfMain(import.meta.url, importCommand);
