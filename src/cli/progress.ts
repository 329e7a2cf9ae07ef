/**
 * What a long command is doing: the phase and a count ("Menulis halaman 1.240/4.100").
 *
 * - On a terminal (stderr is a TTY) the line is redrawn in place, at most every REDRAW_MS, and
 *   erased when the phase ends: what stays on the screen is what the command reports, as before.
 * - Off a terminal (a log, a pipe) each phase prints one line when it starts, without counts.
 * - Under CI (the CI variable set, as every CI service does) and in `--json` output: nothing.
 *
 * Progress goes to stderr only, so that stdout stays exactly what the command reports.
 */
import { say, type Lang } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import type { Io } from "./run.ts";

/** How often a terminal line is redrawn. */
export const REDRAW_MS = 100;

export type ProgressMode = "terminal" | "lines" | "off";

/** Where progress goes for this run: nothing under CI or when `quiet` (--json), a redrawn line on a terminal, else one line per phase. */
export function progressMode(io: Pick<Io, "env" | "stderrIsTTY">, quiet = false): ProgressMode {
  const ci = io.env.CI;
  if (quiet || (ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false")) return "off";
  return io.stderrIsTTY === true ? "terminal" : "lines";
}

/** A progress display on `io.err`, in the run's language; `now` is for tests. */
export function progress(io: Pick<Io, "env" | "stderrIsTTY" | "err">, lang: Lang, quiet = false, now: () => number = () => performance.now()): Progress {
  const mode = progressMode(io, quiet);
  if (mode === "off") return NO_PROGRESS;
  const number = (n: number): string => n.toLocaleString(lang === "id" ? "id-ID" : "en");
  let label = "";
  let done = 0;
  let total: number | undefined;
  let drawnAt = -Infinity;
  let open = false;
  const line = (): string => `${label}${done > 0 || total !== undefined ? ` ${number(done)}${total === undefined ? "" : `/${number(total)}`}` : ""}`;
  const draw = (): void => {
    io.err(`\r\u001b[K${line()}`);
    drawnAt = now();
    open = true;
  };
  const close = (): void => {
    if (mode === "terminal" && open) io.err("\r\u001b[K");
    open = false;
  };
  return {
    phase(m, count) {
      close();
      label = say(m, lang);
      done = 0;
      total = count;
      if (mode === "terminal") draw();
      else io.err(`${label} …\n`);
    },
    count(n, count) {
      done = n;
      if (count !== undefined) total = count;
      if (mode === "terminal" && (now() - drawnAt >= REDRAW_MS || (total !== undefined && n >= total))) draw();
    },
    end: close,
  };
}
