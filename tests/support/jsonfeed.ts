/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema, written from the
 * specification for the tests: the top-level and item fields it defines with their types, what it
 * requires (version, title, items; each item's id and content_html or content_text), dates in RFC
 * 3339 and addresses that are absolute URLs. Extensions (keys starting with `_`) are allowed, as
 * the specification allows them; anything else unknown is refused, to catch a misspelt field.
 */
const url = { type: "string", pattern: "^https?://[^\\s]+$" } as const;
const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$" } as const;
const author = {
  type: "object",
  minProperties: 1,
  properties: { name: { type: "string" }, url, avatar: url },
  patternProperties: { "^_": {} },
  additionalProperties: false,
} as const;

export const JSON_FEED_1_1 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  required: ["version", "title", "items"],
  properties: {
    version: { const: "https://jsonfeed.org/version/1.1" },
    title: { type: "string", minLength: 1 },
    home_page_url: url,
    feed_url: url,
    description: { type: "string" },
    user_comment: { type: "string" },
    next_url: url,
    icon: url,
    favicon: url,
    authors: { type: "array", items: author },
    language: { type: "string", pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$" },
    expired: { type: "boolean" },
    hubs: { type: "array", items: { type: "object", required: ["type", "url"], properties: { type: { type: "string" }, url } } },
    items: {
      type: "array",
      items: {
        type: "object",
        required: ["id"],
        anyOf: [{ required: ["content_html"] }, { required: ["content_text"] }],
        properties: {
          id: { type: "string", minLength: 1 },
          url,
          external_url: url,
          title: { type: "string" },
          content_html: { type: "string" },
          content_text: { type: "string" },
          summary: { type: "string" },
          image: url,
          banner_image: url,
          date_published: date,
          date_modified: date,
          authors: { type: "array", items: author },
          tags: { type: "array", items: { type: "string" } },
          language: { type: "string" },
          attachments: { type: "array", items: { type: "object", required: ["url", "mime_type"] } },
        },
        patternProperties: { "^_": {} },
        additionalProperties: false,
      },
    },
  },
  patternProperties: { "^_": {} },
  additionalProperties: false,
} as const;
