/**
 * The JSON Schema of `/data/arsip.json` (draft-07), published beside it as `/data/arsip.schema.json`.
 * Each event's and article's fields come from the field table (fields.ts): their schemas, and
 * required where every record has them.
 */
import { ARTICLE_TABLE, EVENT_TABLE, exportedFields, isAlwaysPresent, TEXT, URL_SCHEMA, type FieldTable, type JsonSchema } from "../content/fields.ts";
import { ID_PATTERN } from "../content/ids.ts";
import { AGENCY_KINDS, TAG_KINDS } from "../content/schema.ts";

/**
 * The version of the data files' shape: raised when a field changes meaning, goes away or is added.
 * 1.1: each article's `known` (original address and publication time known or not); artikel.csv's
 * `event_tags` column, added last (every tag the site lists the event under).
 * 1.2: each article's archived copy (`archive_url`, `archive_date`) and the agency its `via` names
 * (`agency`: id, label, kind); artikel.csv's `agency_id` and `agency_kind` columns, added last.
 */
export const DATA_VERSION = "1.2";

const text = TEXT;
const url = URL_SCHEMA;
const id = { type: "string", pattern: ID_PATTERN.source } as const;

/** A table's exported fields as JSON Schema properties, and those every record has. */
function fieldsOf(table: FieldTable): { properties: Record<string, JsonSchema>; required: string[] } {
  const names = exportedFields(table);
  return {
    properties: Object.fromEntries(names.map((n) => [n, table[n]?.export?.schema ?? {}])),
    required: names.filter((n) => table[n] !== undefined && isAlwaysPresent(table[n])),
  };
}
const tag = {
  type: "object",
  additionalProperties: false,
  required: ["id", "label", "kind"],
  properties: { id, label: text, kind: { enum: [...TAG_KINDS] } },
} as const;

/** The schema for archives whose events and articles have the fields of these tables. */
export function archiveSchema(eventTable: FieldTable, articleTable: FieldTable) {
  const eventFields = fieldsOf(eventTable);
  const articleFields = fieldsOf(articleTable);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Arsip Berita China–Korea Utara: the archive as data",
    type: "object",
    additionalProperties: false,
    required: ["schema", "site", "counts", "events"],
    properties: {
      schema: {
        type: "object",
        additionalProperties: false,
        required: ["version", "url"],
        properties: { version: { const: DATA_VERSION }, url },
      },
      site: { type: "object", additionalProperties: false, required: ["title", "url"], properties: { title: text, url } },
      counts: {
        type: "object",
        additionalProperties: false,
        required: ["events", "articles"],
        properties: { events: { type: "integer", minimum: 0 }, articles: { type: "integer", minimum: 0 } },
      },
      events: {
        type: "array",
        description: "published events, newest first",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "siteUrl", ...eventFields.required, "tags", "background", "articles"],
          properties: {
            id,
            siteUrl: url,
            ...eventFields.properties,
            tags: { type: "array", items: tag, description: "the event's own tags and its articles'" },
            background: {
              type: "object",
              additionalProperties: false,
              required: ["markdown", "text"],
              properties: { markdown: { type: "string" }, text: { type: "string" } },
            },
            articles: {
              type: "array",
              minItems: 1,
              description: "published articles, earliest first",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["id", "siteUrl", ...articleFields.required, "tags", "known", "sha256", "markdown", "text"],
                properties: {
                  id,
                  siteUrl: url,
                  ...articleFields.properties,
                  agency: {
                    type: "object",
                    additionalProperties: false,
                    required: ["id", "label", "kind"],
                    description: "the agency the article relays (its via), where articles/kantor-berita.yaml lists it",
                    properties: { id, label: text, kind: { enum: [...AGENCY_KINDS] } },
                  },
                  tags: { type: "array", items: tag },
                  known: {
                    type: "object",
                    additionalProperties: false,
                    required: ["url", "published"],
                    description: "how complete the record is: the original address known or not, and the publication time (date and time, date alone, none)",
                    properties: { url: { type: "boolean" }, published: { enum: ["datetime", "date", "none"] } },
                  },
                  sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "SHA-256 of the markdown body as UTF-8 (docs/data-and-citations.md)" },
                  markdown: { type: "string", minLength: 1 },
                  text: { type: "string" },
                },
              },
            },
          },
        },
      },
    },
  } as const;
}

export const ARCHIVE_SCHEMA = archiveSchema(EVENT_TABLE, ARTICLE_TABLE);
