import { describe, expect, it } from "vitest";
import { lightly } from "../../src/lib/lightly.ts";
import { jsonInParts } from "../../src/site/data.ts";
import { plainFile } from "../../src/site/views.ts";

describe("values made only when asked for", () => {
  it("lightly: made when first asked for, the same object while it is held", () => {
    let made = 0;
    const get = lightly(() => ({ n: ++made }));
    expect(made).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(made).toBe(1);
  });

  it("plainFile: the text is made each time it is read, never kept with the file", () => {
    let made = 0;
    const file = plainFile("/data/x.json", () => `${++made}`);
    expect(made).toBe(0);
    expect(file.path).toBe("/data/x.json");
    expect([file.content, file.content]).toEqual(["1", "2"]);
    expect(JSON.parse(JSON.stringify(file))).toEqual({ path: "/data/x.json", content: "3" });
  });

  it("plainFile: a text made in pieces reads as the pieces joined, and as their UTF-8 bytes", () => {
    const file = plainFile("/data/x.json", () => ["a–", "b\n", "", "c"]);
    expect(file.content).toBe("a–b\nc");
    expect(file.bytes().equals(Buffer.from("a–b\nc", "utf8"))).toBe(true);
    expect(
      plainFile("/y.txt", () => "é")
        .bytes()
        .equals(Buffer.from("é", "utf8")),
    ).toBe(true);
  });

  it("jsonInParts: the same bytes as JSON.stringify of the whole with one space of indent, in one piece per item", () => {
    const items = [
      { id: "a", text: "two\nlines", nested: { list: [1, [2, { x: null }]], empty: [], none: {} }, gone: undefined },
      { id: "b", toJSON: () => ({ made: "by toJSON" }) },
      undefined,
      "plain",
      [],
    ];
    const heads = [{}, { schema: { version: "1.2" }, counts: { events: 2 } }];
    for (const head of heads)
      for (const list of [items, [], [items[0]]]) {
        const parts = [...jsonInParts(head, "events", list, (v) => v)];
        expect(parts.join("")).toBe(`${JSON.stringify({ ...head, events: list }, null, 1)}\n`);
        expect(parts).toHaveLength(list.length + 2);
      }
  });
});
