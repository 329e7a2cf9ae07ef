/**
 * `npm run new -- event <event-id> --title "…" --date YYYY-MM-DD [--place …] [--summary …]`
 * `npm run new -- article <event-id> <article-id> [--outlet …]`
 * (both take [--articles DIR]; default $ARSIP_ARTICLES_DIR or articles)
 *
 * Writes a commented skeleton (see src/editor/scaffold.ts for what passes `npm run check` at once).
 * Exit codes: 0 written; 1 nothing written because of the archive (file exists, event missing);
 * 2 the command line is wrong (unknown command or option, invalid id, date or value).
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../content/files.ts";
import { EVENT_FILE } from "../content/loader.ts";
import { articleFile, articleOptionProblems, eventFile, eventOptionProblems, idConventionNote } from "../editor/scaffold.ts";
import { articlesDirOf, command, fail, parseCommandLine, runIfMain, show as showPath } from "./run.ts";

const USAGE = `Usage:
  npm run new -- event <event-id> --title "…" --date YYYY-MM-DD [--place …] [--summary …]
  npm run new -- article <event-id> <article-id> [--outlet …]
Both take --articles DIR (default: $ARSIP_ARTICLES_DIR or articles).`;

export const newCommand = command(USAGE, async (argv, io) => {
  const show = (abs: string): string => showPath(io, abs);
  const say = (line: string): void => io.out(`${line}\n`);
  const { values, positionals } = parseCommandLine(
    argv,
    {
      title: { type: "string" },
      date: { type: "string" },
      place: { type: "string" },
      summary: { type: "string" },
      outlet: { type: "string" },
      articles: { type: "string" },
    },
    Infinity,
  );
  const [what, ...rest] = positionals;
  const articlesDir = articlesDirOf(io, values.articles);

  /** Options that belong to the other command are an error, not silently ignored. */
  function refuseOptions(names: readonly ("title" | "date" | "place" | "summary" | "outlet")[], command: string): void {
    const given = names.filter((n) => values[n] !== undefined);
    if (given.length > 0) fail(2, `${given.map((n) => `--${n}`).join(", ")} cannot be used with "new ${command}".`);
  }

  /** Write a new file whole or not at all; `madeDir` is a folder this run created for it, removed again on failure. */
  function write(path: string, content: string, madeDir?: string): void {
    try {
      writeFileAtomic(path, content, { exclusive: true });
    } catch (e) {
      if (madeDir !== undefined) rmSync(madeDir, { recursive: true, force: true });
      fail(1, `Cannot write ${show(path)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; nothing was written.`);
    }
  }

  if (what === "event") {
    refuseOptions(["outlet"], "event");
    const [id, ...extra] = rest;
    if (id === undefined) fail(2, 'Give the event\'s id, e.g. npm run new -- event 2021-03-22-kim-xi-bertukar-pesan --title "…" --date 2021-03-22');
    if (extra.length > 0)
      fail(2, `Unexpected ${extra.map((x) => `"${x}"`).join(", ")}; put text with spaces in quotes, e.g. --title "Kim dan Xi bertukar pesan".`);
    if (values.title === undefined || values.date === undefined) fail(2, 'An event needs --title "…" and --date YYYY-MM-DD.');
    const options = {
      title: values.title,
      date: values.date,
      ...(values.place !== undefined && { place: values.place }),
      ...(values.summary !== undefined && { summary: values.summary }),
    };
    const problems = eventOptionProblems(id, options);
    if (problems.length > 0) fail(2, problems.join("\n"));
    const dir = join(articlesDir, id);
    const file = join(dir, EVENT_FILE);
    if (!existsSync(articlesDir)) fail(1, `There is no articles folder ${show(articlesDir)}/; run this in the project folder or pass --articles DIR.`);
    if (existsSync(file)) fail(1, `${show(file)} already exists; nothing was written. Edit that file, or choose another event id.`);
    const madeDir = existsSync(dir) ? undefined : dir;
    mkdirSync(dir, { recursive: true });
    write(file, eventFile(options), madeDir);
    say(`Created ${show(file)}`);
    const note = idConventionNote(id, options.date);
    if (note) say(note);
    say(
      options.summary === undefined
        ? `Next: write the summary in ${show(file)}, then add an article (npm run check fails until the event has both):\n  npm run import -- <text.txt> --event ${id}`
        : `Next: add an article (npm run check fails until the event has one):\n  npm run import -- <text.txt> --event ${id}\n  or npm run new -- article ${id} <article-id>`,
    );
  } else if (what === "article") {
    refuseOptions(["title", "date", "place", "summary"], "article");
    const [eventId, articleId, ...extra] = rest;
    if (eventId === undefined || articleId === undefined)
      fail(2, "Give the event's id and the new article's id, e.g. npm run new -- article 2021-03-22-kim-xi-bertukar-pesan kontan --outlet Kontan");
    if (extra.length > 0) fail(2, `Unexpected ${extra.map((x) => `"${x}"`).join(", ")}; put text with spaces in quotes, e.g. --outlet "Warta Ekonomi".`);
    const problems = articleOptionProblems(eventId, articleId, values.outlet === undefined ? {} : { outlet: values.outlet });
    if (problems.length > 0) fail(2, problems.join("\n"));
    const dir = join(articlesDir, eventId);
    if (!existsSync(join(dir, EVENT_FILE))) {
      fail(1, `There is no event ${show(dir)}/ (with an index.md). Create the event first:\n  npm run new -- event ${eventId} --title "…" --date YYYY-MM-DD`);
    }
    const file = join(dir, `${articleId}.md`);
    if (existsSync(file)) fail(1, `${show(file)} already exists; nothing was written. Choose another article id.`);
    write(file, articleFile({ eventId, ...(values.outlet !== undefined && { outlet: values.outlet }) }));
    say(`Created ${show(file)}`);
    say(`Next: paste the article text below the closing --- and fill the fields the source states (npm run check fails until the text is there).`);
  } else {
    fail(2, what === undefined ? "Say what to create: event or article." : `Unknown command "${what}"; use event or article.`);
  }
});

runIfMain(import.meta.url, newCommand);
