/**
 * `npm run new -- event <event-id> --title "…" --date YYYY-MM-DD [--place …] [--summary …]`
 * `npm run new -- article <event-id> <article-id> [--outlet …]`
 * (both take [--articles DIR]; default $ARSIP_ARTICLES_DIR or articles)
 *
 * Writes a commented skeleton (see src/editor/scaffold.ts for what passes `npm run check` at once).
 * Exit codes: 0 written; 1 nothing written because of the archive (file exists, event missing);
 * 2 the command line is wrong (unknown command or option, invalid id, date or value).
 */
import { msg, say, type Msg } from "../lib/messages/index.ts";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../lib/files.ts";
import { EVENT_FILE } from "../content/loader.ts";
import { articleFile, articleOptionProblems, eventFile, eventOptionProblems, idConventionNote } from "../editor/scaffold.ts";
import { articlesDirOf, command, fail, parseCommandLine, runIfMain, show as showPath, langOfIo } from "./run.ts";
import { ARTICLES_OPTION, type CommandSpec } from "../lib/options.ts";

/** The options table (src/lib/options.ts): the parse and the usage text. */
export const NEW = {
  name: "npm run new",
  args: {
    id: 'event <id-peristiwa> --title "…" --date YYYY-MM-DD [--place …] [--summary …] | article <id-peristiwa> <id-artikel> [--outlet …]',
    en: 'event <event-id> --title "…" --date YYYY-MM-DD [--place …] [--summary …] | article <event-id> <article-id> [--outlet …]',
  },
  // a wrong number for the kind of file is refused below with its own message
  positionals: Infinity,
  options: {
    title: { type: "string", inArgs: true, help: { id: "event: judul peristiwa (wajib)", en: "event: the event's title (required)" } },
    date: { type: "string", inArgs: true, help: { id: "event: tanggal peristiwa (wajib)", en: "event: the event's date (required)" } },
    place: { type: "string", inArgs: true, help: { id: "event: tempatnya", en: "event: where it happened" } },
    summary: { type: "string", inArgs: true, help: { id: "event: ringkasannya", en: "event: its summary" } },
    outlet: { type: "string", inArgs: true, help: { id: "article: nama media penerbitnya", en: "article: the outlet that published it" } },
    articles: ARTICLES_OPTION,
  },
} as const satisfies CommandSpec;

export const newCommand = command(NEW, async (argv, io) => {
  const show = (abs: string): string => showPath(io, abs);
  const lang = langOfIo(io);
  const tell = (m: Msg): void => io.out(`${say(m, lang)}\n`);
  const { values, positionals } = parseCommandLine(argv, NEW);
  const [what, ...rest] = positionals;
  const articlesDir = articlesDirOf(io, values.articles);

  /** Options that belong to the other command are an error, not silently ignored. */
  function refuseOptions(names: readonly ("title" | "date" | "place" | "summary" | "outlet")[], command: string): void {
    const given = names.filter((n) => values[n] !== undefined);
    if (given.length > 0) fail(2, msg("new.wrong-options", { options: given.map((n) => `--${n}`).join(", "), command }));
  }

  /** Write a new file whole or not at all; `madeDir` is a folder this run created for it, removed again on failure. */
  function write(path: string, content: string, madeDir?: string): void {
    try {
      writeFileAtomic(path, content, { exclusive: true });
    } catch (e) {
      if (madeDir !== undefined) rmSync(madeDir, { recursive: true, force: true });
      fail(1, msg("write.failed", { file: show(path), code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
  }

  if (what === "event") {
    refuseOptions(["outlet"], "event");
    const [id, ...extra] = rest;
    if (id === undefined) fail(2, msg("new.event-id-missing"));
    if (extra.length > 0) fail(2, msg("new.unexpected", { args: extra.map((x) => `"${x}"`).join(", "), example: '--title "Kim dan Xi bertukar pesan"' }));
    if (values.title === undefined || values.date === undefined) fail(2, msg("new.event-needs"));
    const options = {
      title: values.title,
      date: values.date,
      ...(values.place !== undefined && { place: values.place }),
      ...(values.summary !== undefined && { summary: values.summary }),
    };
    const problems = eventOptionProblems(id, options);
    if (problems.length > 0) fail(2, msg("cli.lines", { lines: problems }));
    const dir = join(articlesDir, id);
    const file = join(dir, EVENT_FILE);
    if (!existsSync(articlesDir)) fail(1, msg("new.no-articles-folder", { dir: show(articlesDir) }));
    if (existsSync(file)) fail(1, msg("new.event-exists", { file: show(file) }));
    const madeDir = existsSync(dir) ? undefined : dir;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      // an articles folder that cannot be written: said as import says it, nothing left behind
      fail(1, msg("write.failed", { file: show(dir), code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
    write(file, eventFile(options), madeDir);
    tell(msg("new.created", { file: show(file) }));
    const note = idConventionNote(id, options.date);
    if (note) tell(note);
    tell(options.summary === undefined ? msg("new.next-summary", { file: show(file), id }) : msg("new.next-article", { id }));
  } else if (what === "article") {
    refuseOptions(["title", "date", "place", "summary"], "article");
    const [eventId, articleId, ...extra] = rest;
    if (eventId === undefined || articleId === undefined) fail(2, msg("new.article-ids-missing"));
    if (extra.length > 0) fail(2, msg("new.unexpected", { args: extra.map((x) => `"${x}"`).join(", "), example: '--outlet "Warta Ekonomi"' }));
    const problems = articleOptionProblems(eventId, articleId, values.outlet === undefined ? {} : { outlet: values.outlet });
    if (problems.length > 0) fail(2, msg("cli.lines", { lines: problems }));
    const dir = join(articlesDir, eventId);
    if (!existsSync(join(dir, EVENT_FILE))) {
      fail(1, msg("new.no-event", { dir: show(dir), id: eventId }));
    }
    const file = join(dir, `${articleId}.md`);
    if (existsSync(file)) fail(1, msg("new.article-exists", { file: show(file) }));
    write(file, articleFile({ eventId, ...(values.outlet !== undefined && { outlet: values.outlet }) }));
    tell(msg("new.created", { file: show(file) }));
    tell(msg("new.next-text"));
  } else {
    fail(2, what === undefined ? msg("new.what") : msg("new.unknown-what", { what }));
  }
});

runIfMain(import.meta.url, newCommand);
