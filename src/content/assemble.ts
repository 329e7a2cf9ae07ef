/** The validated files of the archive assembled into the Archive: drafts left out, tags resolved, everything in order. */
import { sortKey } from "./dates.ts";
import { ARTICLE_TABLE, EVENT_TABLE, recordValues } from "./fields.ts";
import type { ParsedFile } from "./frontmatter.ts";
import { compareAgencies, compareTags, type Agency, type AgencyRef, type Archive, type Article, type Event, type Tag, type TagRef } from "./model.ts";
import type { ArticleFields, EventFields } from "./schema.ts";
import type { AgencyDef } from "./agencies-file.ts";
import type { TagDef } from "./tags-file.ts";
import { nameKey, namesOf } from "./vocabulary.ts";

/** An event folder whose files are all valid, before drafts are left out. */
export interface RawEvent {
  id: string;
  file: string;
  fields: EventFields;
  parsed: ParsedFile;
  articles: RawArticle[];
}

export interface RawArticle {
  id: string;
  file: string;
  fields: ArticleFields;
  parsed: ParsedFile;
}

export function assemble(
  rawEvents: RawEvent[],
  defs: Map<string, TagDef>,
  agencyDefs: ReadonlyMap<string, AgencyDef> = new Map(),
): Omit<Archive, "synonyms" | "storylines"> {
  // an article's `via` names an agency by its label or an alias, in any case or punctuation
  const agencyNames = namesOf(agencyDefs);
  const agencyOf = (via: string | undefined): AgencyRef | undefined => {
    const d = via === undefined ? undefined : agencyNames.get(nameKey(via));
    return d && { id: d.id, label: d.label, kind: d.kind };
  };
  const ref = (id: string): TagRef => {
    const d = defs.get(id);
    if (!d) throw new Error(`internal: unknown tag ${id} after validation`);
    return { id: d.id, label: d.label, kind: d.kind };
  };
  const refs = (ids: readonly string[] | undefined): TagRef[] => [...new Set(ids ?? [])].map(ref).sort(compareTags);

  let draftEvents = 0;
  let draftArticles = 0;
  const draftTagIds = new Set<string>();
  const events: Event[] = [];
  for (const raw of rawEvents) {
    if (raw.fields.draft) {
      draftEvents++;
      draftArticles += raw.articles.length;
      for (const id of [...(raw.fields.tags ?? []), ...raw.articles.flatMap((a) => a.fields.tags ?? [])]) draftTagIds.add(id);
      continue;
    }
    const articles: Article[] = [];
    for (const a of raw.articles) {
      if (a.fields.draft) {
        draftArticles++;
        for (const id of a.fields.tags ?? []) draftTagIds.add(id);
        continue;
      }
      const agency = agencyOf(a.fields.via);
      articles.push({
        id: a.id,
        eventId: raw.id,
        file: a.file,
        ...(recordValues(ARTICLE_TABLE, a.fields) as Pick<Article, "language">),
        tags: refs(a.fields.tags),
        ...(agency && { agency }),
        draft: false,
        body: a.parsed.body,
      });
    }
    articles.sort(
      (x, y) =>
        (x.published ? 0 : 1) - (y.published ? 0 : 1) ||
        (x.published && y.published ? sortKey(x.published).localeCompare(sortKey(y.published)) : 0) ||
        x.id.localeCompare(y.id, "en"),
    );
    const allTagIds = [...(raw.fields.tags ?? []), ...raw.articles.filter((a) => !a.fields.draft).flatMap((a) => a.fields.tags ?? [])];
    events.push({
      id: raw.id,
      file: raw.file,
      ...(recordValues(EVENT_TABLE, raw.fields) as Pick<Event, "title" | "date" | "summary">),
      tags: refs(allTagIds),
      ownTagIds: [...new Set(raw.fields.tags ?? [])],
      draft: false,
      body: raw.parsed.body,
      articles,
    });
  }
  events.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id, "en"));

  const tags: Tag[] = [...defs.values()]
    .map((d) => ({
      id: d.id,
      label: d.label,
      kind: d.kind,
      aliases: d.aliases,
      events: events.filter((e) => e.tags.some((t) => t.id === d.id)),
    }))
    .sort(compareTags);

  const byAgency = new Map<string, Article[]>();
  for (const e of events)
    for (const a of e.articles) {
      if (!a.agency) continue;
      const list = byAgency.get(a.agency.id);
      if (list) list.push(a);
      else byAgency.set(a.agency.id, [a]);
    }
  const agencies: Agency[] = [...agencyDefs.values()]
    .map((d) => ({ id: d.id, label: d.label, kind: d.kind, aliases: d.aliases, articles: byAgency.get(d.id) ?? [] }))
    .sort(compareAgencies);

  return {
    events,
    tags,
    agencies,
    drafts: { events: draftEvents, articles: draftArticles },
    draftTagIds: [...draftTagIds].sort(),
    articleCount: events.reduce((n, e) => n + e.articles.length, 0),
  };
}
