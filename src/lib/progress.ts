/**
 * The progress of a long step, as the layers report it (the loader, the build, the generator);
 * src/cli/progress.ts shows it on the terminal. Reporting is a call, never a print, so that the
 * layers stay silent in tests and in `--json` output.
 */
import type { Msg } from "./messages/index.ts";

export interface Progress {
  /** a new phase; `total` when its count is known */
  phase(label: Msg, total?: number): void;
  /** `done` of the phase's items are finished (and the total, when only now known) */
  count(done: number, total?: number): void;
  /** the last phase is over */
  end(): void;
}

/** Progress that goes nowhere. */
export const NO_PROGRESS: Progress = { phase: () => undefined, count: () => undefined, end: () => undefined };
