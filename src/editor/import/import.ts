/**
 * The importer: text copied from an Indonesian news site → an article file (frontmatter + body).
 * Pure functions only; reading the text, tags.yaml and the event, and writing the file, are
 * src/cli/import.ts's job. The raw text is untrusted data: it is matched, never evaluated.
 *
 * What it does, and the decisions where the brief left room:
 *
 * - Body. Every non-blank line of the source is one paragraph; paragraphs are separated by one
 *   blank line. Lines are trimmed at both ends and otherwise copied as they are: no rewording and
 *   no markdown escaping (a source list stays a list). Removed are site furniture (related links,
 *   promos, comment forms, tag lists, copyright, page timings, font-size widgets, ads, share
 *   widgets, pagination), repeated or truncated headlines, and byline/metadata lines whose facts
 *   go into the frontmatter. Datelines (`KONTAN.CO.ID - SEOUL.`, `Pyongyang, Purna Warta`) stay.
 *   Every removed line is listed in the report with its line number and reason.
 * - Subheadings are recognised conservatively (see `isSubheading`): a short line between two
 *   full paragraphs, without final punctuation, colon or brackets, never the first or last line.
 * - Fields are only what the text states; nothing is inferred from the event or guessed. What is
 *   missing is left out of the frontmatter and named under "periksa" (to check) in the report.
 *   Where the text gives several values for one field, the first is used and the others are
 *   named under periksa.
 * - `via` comes only from explicit citations: `Sumber: …` in a byline, `melansir`, `dilansir`,
 *   `disitir`, `dikutip dari`, `seperti diberitakan/dilaporkan`, and `mengutip` (the last only for
 *   known agencies, because it often quotes a person). "Menurut KCNA" or "lapor kantor berita
 *   KCNA" report what an agency said, not where the article came from; when there is no citation,
 *   the agencies named in the text are listed under periksa for the editor to decide.
 * - `published` comes only from a standalone date line or a byline segment
 *   (`Kamis, 02 November 2017 - 15:23 WIB`). A time without WIB/WITA/WIT is not given an
 *   assumed zone: only the date is written and the time is named under periksa. A weekday that
 *   does not match the date is written as stated and flagged. Dates inside paragraphs
 *   (`Selasa (23/3/2021)`) are candidate event dates, never the publication date.
 * - Tags: every tag whose label or alias occurs in the title or body (whole words,
 *   case-insensitive) is suggested. Suggested tags are WRITTEN into `tags:` (so the editor
 *   prunes rather than types) and listed in the report. Tags the event already carries in its own
 *   `index.md` are left out of the file, because an event's tags already cover its articles; the
 *   report lists them separately. One exception to case-insensitivity: a short all-capitals name
 *   (≤ 4 letters, e.g. `AS`, `ICBM`) is an acronym and matched case-sensitively, so that the
 *   word "as" does not suggest Amerika Serikat.
 */
import { msg, type Msg } from "../../lib/messages/index.ts";
import { normaliseText } from "../../content/text.ts";
import { agenciesNamed, citations, datelineOutlet, furnitureOutlet, sourceName } from "./citations.ts";
import { proseDates } from "./dates.ts";
import { classify, isSubheading, looksLikeTitle, TRUNCATED, type Classified } from "./lines.ts";

/** A kept line at least this long is the article's prose (a dateline paragraph, not a byline). */
const PROSE_LENGTH = 100;
import { suggestTags } from "./tags.ts";
import {
  IMPORT_FIELDS,
  type Check,
  type Finding,
  type ImportedFields,
  type ImportField,
  type ImportInput,
  type ImportResult,
  type Line,
  type RemovedLine,
} from "./types.ts";

export function importArticle(input: ImportInput): ImportResult {
  const lines: Line[] = normaliseText(input.text)
    .split("\n")
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
  const classes = lines.map((l) => classify(l.text));

  const removed: RemovedLine[] = [];
  const found: Finding[] = [];
  const periksa: Check[] = [];
  const candidates: Record<ImportField, Finding[]> = { title: [], outlet: [], published: [], author: [], editor: [], via: [] };
  const remove = (l: Line, reason: string): void => {
    removed.push({ line: l.n, text: l.text, reason });
  };
  const candidate = (field: ImportField, value: string, l: Line, evidence: string | Msg): void => {
    candidates[field].push({ field, value, line: l.n, evidence });
  };

  // headline: the first line that is not furniture or a byline, when repeated or title-like
  const firstIndex = classes.findIndex((c) => c.kind === "text");
  const first = lines[firstIndex];
  let headline: string | undefined;
  if (first && /\p{L}{2}/u.test(first.text)) {
    const others = lines.filter((_l, i) => i !== firstIndex && classes[i]?.kind === "text");
    const repeated = others.some((l) => l.text === first.text || isTruncationOf(l.text, first.text));
    const rest = others.filter((l) => l.text !== first.text && !isTruncationOf(l.text, first.text));
    if (rest.length > 0 && (repeated || looksLikeTitle(first.text))) headline = first.text;
  }

  const kept: Line[] = [];
  let initials: { line: Line; value: string; keptBefore: number } | undefined;
  // once the article's prose has begun, a standalone date line is part of the text (a chronology)
  let proseSeen = false;
  lines.forEach((l, i) => {
    const c: Classified = classes[i] ?? { kind: "text" };
    switch (c.kind) {
      case "furniture": {
        remove(l, c.reason);
        const outlet = furnitureOutlet(l.text);
        if (outlet) candidate("outlet", outlet, l, l.text);
        return;
      }
      case "byline":
        remove(l, "byline");
        for (const f of c.facts) {
          const value = f.field === "via" ? (sourceName(f.value, true) ?? f.value) : f.value;
          candidate(f.field, value, l, `${l.text.split(/\s*\|\s*/).find((s) => s.includes(f.value)) ?? l.text}`);
        }
        for (const note of c.notes) periksa.push(note);
        if (c.date) {
          candidate("published", c.date.published, l, l.text);
          for (const note of c.date.notes) periksa.push({ field: "published", note });
        }
        return;
      case "published":
        // a date line is the publication date only where a byline stands, above the article's prose
        if (proseSeen) {
          periksa.push({ field: "published", note: msg("import.chronology", { line: l.n, text: l.text }) });
          kept.push(l);
          return;
        }
        remove(l, "publication date");
        candidate("published", c.date.published, l, l.text);
        for (const note of c.date.notes) periksa.push({ field: "published", note });
        return;
      case "updated":
        remove(l, "update time");
        periksa.push({ field: "published", note: msg("import.update-time", { line: l.n, text: l.text }) });
        return;
      case "initials":
        initials = { line: l, value: c.value, keptBefore: kept.length };
        return;
      case "text":
        if (headline !== undefined && l.text === headline) {
          if (i === firstIndex) {
            remove(l, "headline (→ title)");
            candidate("title", l.text, l, msg("import.first-line"));
          } else remove(l, "repeated headline");
          return;
        }
        if (headline !== undefined && isTruncationOf(l.text, headline)) {
          remove(l, "truncated headline");
          return;
        }
        if (c.doubt !== undefined) periksa.push({ field: "body", note: msg("import.furniture-doubt", { line: l.n, text: l.text, doubt: c.doubt }) });
        if (l.text.length >= PROSE_LENGTH) proseSeen = true;
        kept.push(l);
    }
  });
  // author initials count only when they close the article; elsewhere they are text
  if (initials) {
    if (initials.keptBefore === kept.length) {
      remove(initials.line, "author initials");
      candidate("author", initials.value, initials.line, initials.line.text);
    } else {
      kept.splice(initials.keptBefore, 0, initials.line);
    }
  }
  removed.sort((a, b) => a.line - b.line);

  // facts read from the kept text
  const firstKept = kept[0];
  if (firstKept) {
    const d = datelineOutlet(firstKept.text);
    if (d) candidate("outlet", d.name, firstKept, d.evidence);
  }
  for (const c of citations(kept)) candidate("via", c.name, { n: c.line, text: "" }, c.evidence);

  // choose: the first stated value (in line order); the others go under periksa
  const fields: ImportedFields = {};
  for (const field of IMPORT_FIELDS) {
    const list = [...candidates[field]].sort((a, b) => a.line - b.line);
    const chosen = list[0];
    if (!chosen) continue;
    fields[field] = chosen.value;
    found.push(chosen);
    const others = [...new Set(list.map((c) => c.value).filter((v) => v !== chosen.value))];
    if (others.length > 0) {
      periksa.push({ field, note: msg("import.several-values", { value: chosen.value, others: others.map((o) => `"${o}"`).join(", ") }) });
    }
  }

  // body
  const subheadings: { line: number; text: string }[] = [];
  const paragraphs = kept.map((l, i) => {
    if (isSubheading(kept[i - 1]?.text, l.text, kept[i + 1]?.text)) {
      subheadings.push({ line: l.n, text: l.text });
      return `## ${l.text}`;
    }
    return l.text;
  });
  const body = paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;

  // tags and dates
  const fullText = [fields.title ?? "", ...kept.map((l) => l.text)].join("\n");
  const matched = suggestTags(fullText, input.vocabulary);
  const eventTags = new Set(input.eventTags ?? []);
  const suggested = matched.filter((id) => !eventTags.has(id));
  const onEvent = matched.filter((id) => eventTags.has(id));
  if (suggested.length > 0) fields.tags = suggested;
  const eventDates = proseDates(kept);

  // what could not be found, then the doubts, in field order
  const missing: Check[] = [];
  if (fields.title === undefined) missing.push({ field: "title", note: msg("import.no-title") });
  if (fields.outlet === undefined) missing.push({ field: "outlet", note: msg("import.not-found") });
  if (fields.published === undefined)
    missing.push({ field: "published", note: msg("import.no-published", { dates: eventDates.map((d) => d.iso).join(", ") }) });
  if (fields.author === undefined) missing.push({ field: "author", note: msg("import.not-found") });
  if (fields.editor === undefined) missing.push({ field: "editor", note: msg("import.not-found") });
  if (fields.via === undefined) missing.push({ field: "via", note: msg("import.no-via", { agencies: agenciesNamed(fullText).join(", ") }) });
  missing.push({ field: "url", note: msg("import.no-url") });
  missing.push({ field: "archive_url", note: msg("import.no-archive") });
  if (body === "") missing.push({ field: "body", note: msg("import.no-body") });
  const order: readonly string[] = [...IMPORT_FIELDS, "url", "archive_url", "body"];
  const rank = (p: Check): number => order.indexOf(p.field);
  const checks = [...missing, ...periksa]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);

  return {
    fields,
    found,
    body,
    removed,
    subheadings,
    tags: { suggested, onEvent },
    eventDates,
    periksa: checks,
  };
}

/** `Korut Klaim China Ingin...` truncates `Korut Klaim China Ingin Meningkatkan Hubungan`. */
function isTruncationOf(line: string, headline: string): boolean {
  if (!TRUNCATED.test(line)) return false;
  const prefix = line.replace(TRUNCATED, "");
  return prefix.length >= 8 && prefix !== headline && headline.startsWith(prefix);
}
