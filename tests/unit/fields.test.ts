/**
 * The field table (src/content/fields.ts): one entry per field, from which validation, the model's
 * values, arsip.json, its JSON Schema, the CSV columns, the citation item and the scaffold come.
 * A throwaway optional article field, added to a copy of the table and nowhere else, shows that
 * one entry is all a new field needs.
 */
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { httpUrl } from "../../src/content/field-types.ts";
import {
  ARTICLE_TABLE,
  cslValues,
  EVENT_TABLE,
  exportCells,
  exportedFields,
  exportValues,
  recordValues,
  URL_SCHEMA,
  type FieldSpec,
} from "../../src/content/fields.ts";
import { articleSchema, shapeOf, validate } from "../../src/content/schema.ts";
import { articleFile } from "../../src/editor/scaffold.ts";
import { archiveSchema, ARCHIVE_SCHEMA, DATA_VERSION } from "../../src/site/data-schema.ts";
import { csvColumns, CSV_COLUMNS } from "../../src/site/data.ts";
import { en } from "../support/helpers.ts";

/** An archived copy's address: the throwaway field. */
const archived: FieldSpec = {
  schema: httpUrl,
  label: { id: "Salinan arsip", en: "Archived copy" },
  doc: "An archived copy of the original.",
  comment: "Alamat salinan arsip dari tautan asli.",
  empty: "# archived:",
  export: { schema: { ...URL_SCHEMA, description: "an archived copy" } },
  csl: (v: string) => ({ "archive-url": v }),
};
const withArchived = { ...ARTICLE_TABLE, archived };
const schemaWithArchived = z.strictObject(shapeOf(withArchived));
const where = { file: "articles/e/a.md", lineOf: () => 3 };

describe("the field table", () => {
  it("gives arsip.json, its JSON Schema and the CSV the same exported fields", () => {
    const article = ARCHIVE_SCHEMA.properties.events.items.properties.articles.items;
    expect(exportedFields(ARTICLE_TABLE)).toEqual([
      "title",
      "outlet",
      "published",
      "url",
      "archive_url",
      "archive_date",
      "author",
      "editor",
      "via",
      "language",
    ]);
    expect(Object.keys(article.properties)).toEqual([
      "id",
      "siteUrl",
      ...exportedFields(ARTICLE_TABLE),
      "agency",
      "tags",
      "known",
      "sha256",
      "markdown",
      "text",
    ]);
    // the columns of version 1.0 where they were, then 1.1's, then 1.2's
    expect(CSV_COLUMNS).toEqual([
      ...["event_id", "event_date", "event_title", "article_id", "site_url", "title", "outlet", "published", "url", "author", "editor", "via", "language"],
      ...["tags", "sha256", "event_tags"],
      ...["archive_url", "archive_date", "agency_id", "agency_kind"],
    ]);
    // language has a default, so every article has it
    expect(article.required).toContain("language");
    expect(article.required).not.toContain("title");
  });

  describe("a new optional article field, added to the table alone", () => {
    it("is validated", () => {
      const ok = validate(schemaWithArchived, { archived: "https://web.archive.org/web/2021/https://kontan.co.id/x" }, where, Object.keys(withArchived));
      expect(ok.ok).toBe(true);
      const bad = validate(schemaWithArchived, { archived: "javascript:alert(1)" }, where, Object.keys(withArchived));
      expect(bad.ok ? [] : bad.problems.map((p) => [p.field, p.line, en(p)])).toEqual([
        ["archived", 3, 'only http and https addresses are allowed, not "javascript:"'],
      ]);
      // the real table does not know it
      expect(validate(articleSchema, { archived: "https://x.example/" }, where, Object.keys(ARTICLE_TABLE)).ok).toBe(false);
    });

    it("is kept by the loader's values and exported to arsip.json and the CSV", () => {
      const parsed = schemaWithArchived.parse({ outlet: "Kontan", archived: "https://web.archive.org/x" });
      const values = recordValues(withArchived, parsed);
      expect(values).toEqual({ outlet: "Kontan", archived: "https://web.archive.org/x", language: "id" });
      expect(exportValues(withArchived, values)).toEqual({ outlet: "Kontan", language: "id", archived: "https://web.archive.org/x" });
      // a field of no later version comes with the fields of version 1.0
      expect(csvColumns(withArchived).slice(5, 14)).toEqual(["title", "outlet", "published", "url", "author", "editor", "via", "language", "archived"]);
      expect(Object.values(exportCells(withArchived, values))).toEqual(["", "Kontan", "", "", "", "", "", "", "", "id", "https://web.archive.org/x"]);
      expect(cslValues(withArchived, values)).toEqual({ "container-title": "Kontan", "archive-url": "https://web.archive.org/x" });
    });

    it("is in the JSON Schema, which validates it", () => {
      const schema = archiveSchema(EVENT_TABLE, withArchived);
      const article = schema.properties.events.items.properties.articles.items;
      expect(article.properties).toHaveProperty("archived");
      expect(article.required).not.toContain("archived");
      const ajv = new Ajv({ strict: false });
      const check = ajv.compile(schema);
      const data = (archivedUrl: string) => ({
        schema: { version: DATA_VERSION, url: "https://a.example/data/arsip.schema.json" },
        site: { title: "A", url: "https://a.example/" },
        counts: { events: 1, articles: 1 },
        events: [
          {
            id: "e",
            siteUrl: "https://a.example/peristiwa/e/",
            title: "T",
            date: "2021-03-22",
            summary: "S",
            tags: [],
            background: { markdown: "", text: "" },
            articles: [
              {
                id: "a",
                siteUrl: "https://a.example/peristiwa/e/#a",
                language: "id",
                tags: [],
                known: { url: false, published: "none" },
                sha256: "0".repeat(64),
                markdown: "x",
                text: "x",
                archived: archivedUrl,
              },
            ],
          },
        ],
      });
      expect(check(data("https://web.archive.org/x"))).toBe(true);
      expect(check(data("ftp://x"))).toBe(false);
      // the published schema refuses a field it does not describe
      expect(ajv.compile(ARCHIVE_SCHEMA)(data("https://web.archive.org/x"))).toBe(false);
    });

    it("is in the scaffold, commented out, with its comment", () => {
      const text = articleFile({ eventId: "e" }, withArchived);
      expect(text).toContain("# Alamat salinan arsip dari tautan asli.\n# archived:\n");
      expect(text.indexOf("# archived:")).toBeGreaterThan(text.indexOf("# draft: true"));
      expect(articleFile({ eventId: "e" })).not.toContain("archived");
    });
  });
});
