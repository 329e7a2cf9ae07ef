import { describe, expect, it } from "vitest";
import { searchPartOf, searchPartPath, searchParts } from "../../src/site/search-parts.ts";

const page = (dateIso: string, path: string) => ({ dateIso, meta: { path } });

describe("the search index's parts", () => {
  it("are the years of the event pages, newest first, each with its pages in the order given", () => {
    const pages = [page("2017-11-02", "/a/"), page("2023-07-27", "/b/"), page("2017-01-05", "/c/"), page("2024-03-21", "/d/"), page("2023-01-01", "/e/")];
    expect(searchParts(pages)).toEqual([
      { part: "2024", urls: ["/d/"] },
      { part: "2023", urls: ["/b/", "/e/"] },
      { part: "2017", urls: ["/a/", "/c/"] },
    ]);
    expect(searchParts([])).toEqual([]);
  });

  it("take the year of the event's date, and live in a folder of the search index each", () => {
    expect(searchPartOf({ dateIso: "2021-03-22" })).toBe("2021");
    expect(searchPartPath("2021")).toBe("/pagefind/2021/");
  });

  it("refuse a page whose date has no year of four digits", () => {
    expect(() => searchParts([page("21-03-22", "/x/")])).toThrow("/x/: no year");
  });
});
