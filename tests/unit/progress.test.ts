/** The progress display (src/cli/progress.ts): in place on a terminal, one line per phase elsewhere, nothing under CI or --json. */
import { describe, expect, it } from "vitest";
import { msg } from "../../src/lib/messages/index.ts";
import { progress, progressMode, REDRAW_MS } from "../../src/cli/progress.ts";

function fakeIo(env: Record<string, string>, tty: boolean) {
  let text = "";
  let clock = 0;
  const io = { env, stderrIsTTY: tty, err: (t: string) => void (text += t) };
  return { io, text: () => text, tick: (ms: number) => void (clock += ms), now: () => clock };
}

describe("progress", () => {
  it("on a terminal: redraws one line in place with Indonesian digit grouping, at most every REDRAW_MS, and erases it at the end", () => {
    const t = fakeIo({}, true);
    const p = progress(t.io, "id", false, t.now);
    p.phase(msg("progress.writing"), 4100);
    t.tick(REDRAW_MS);
    p.count(1240);
    t.tick(1);
    p.count(1241); // too soon: not drawn
    t.tick(REDRAW_MS);
    p.count(2000);
    p.count(4100); // the last one always is
    p.end();
    expect(t.text().split("\r\u001b[K")).toEqual([
      "",
      "Menulis halaman 0/4.100",
      "Menulis halaman 1.240/4.100",
      "Menulis halaman 2.000/4.100",
      "Menulis halaman 4.100/4.100",
      "",
    ]);
  });

  it("in English: English digit grouping; a phase without a count shows its name only", () => {
    const t = fakeIo({}, true);
    const p = progress(t.io, "en", false, t.now);
    p.phase(msg("progress.preparing"));
    p.phase(msg("progress.reading"), 3343);
    t.tick(REDRAW_MS);
    p.count(1240);
    p.end();
    expect(
      t
        .text()
        .split("\r\u001b[K")
        .filter((s) => s !== ""),
    ).toEqual(["Preparing page data", "Reading events 0/3,343", "Reading events 1,240/3,343"]);
  });

  it("off a terminal: one line per phase, no counts", () => {
    const t = fakeIo({}, false);
    const p = progress(t.io, "id", false, t.now);
    p.phase(msg("progress.reading"), 10);
    for (let i = 1; i <= 10; i++) p.count(i);
    p.phase(msg("progress.writing"), 5);
    p.count(5);
    p.end();
    expect(t.text()).toBe("Membaca peristiwa …\nMenulis halaman …\n");
  });

  it("nothing under CI (any value but empty, 0 or false) or when quiet (--json)", () => {
    for (const ci of ["true", "1", "yes"]) expect(progressMode({ env: { CI: ci }, stderrIsTTY: true })).toBe("off");
    for (const ci of ["", "0", "false", "FALSE"]) expect(progressMode({ env: { CI: ci }, stderrIsTTY: true })).toBe("terminal");
    expect(progressMode({ env: {}, stderrIsTTY: true }, true)).toBe("off");
    const t = fakeIo({ CI: "true" }, true);
    const p = progress(t.io, "id", false, t.now);
    p.phase(msg("progress.writing"), 3);
    p.count(3);
    p.end();
    expect(t.text()).toBe("");
  });
});
