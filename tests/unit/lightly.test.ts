import { describe, expect, it } from "vitest";
import { lightly } from "../../src/lib/lightly.ts";
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
});
