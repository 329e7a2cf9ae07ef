/** The JSON Schema of `/data/arsip.json` (draft-07), published beside it as `/data/arsip.schema.json`. */
import { TAG_KINDS } from "../content/schema.ts";

/** The version of the data files' shape: raised when a field changes meaning or goes away. */
export const DATA_VERSION = "1.0";

const text = { type: "string", minLength: 1 } as const;
const url = { type: "string", pattern: "^https?://" } as const;
const tag = {
  type: "object",
  additionalProperties: false,
  required: ["id", "label", "kind"],
  properties: { id: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, label: text, kind: { enum: [...TAG_KINDS] } },
} as const;

export const ARCHIVE_SCHEMA = {
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
        required: ["id", "siteUrl", "title", "date", "summary", "tags", "background", "articles"],
        properties: {
          id: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
          siteUrl: url,
          title: text,
          date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "the day it happened, local to where it happened" },
          place: text,
          summary: text,
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
              required: ["id", "siteUrl", "language", "tags", "sha256", "markdown", "text"],
              properties: {
                id: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
                siteUrl: url,
                title: { ...text, description: "the outlet's own headline; absent where the source printed none" },
                outlet: text,
                published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2}))?$" },
                url: { ...url, description: "the original, where known; never guessed" },
                author: text,
                editor: text,
                via: { ...text, description: "the agency or outlet the article relays" },
                language: text,
                tags: { type: "array", items: tag },
                sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "SHA-256 of the markdown body as UTF-8 (see the README)" },
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
