/** Medians, rounding, and the machine a bench ran on. */
import { readFileSync } from "node:fs";
import { availableParallelism, release, totalmem } from "node:os";

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
export const round = (x: number, digits: number): number => Number(x.toFixed(digits));
export const mb = (kib: number): number => round(kib / 1024, 1);

export function stats(xs: readonly number[]): { median: number; min: number; max: number; samples: number[] } {
  return { median: round(median(xs), 3), min: round(Math.min(...xs), 3), max: round(Math.max(...xs), 3), samples: xs.map((x) => round(x, 3)) };
}

export function machine(): { cpu: string; cores: number; memoryGiB: number; node: string; os: string } {
  let cpu = "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return { cpu, cores: availableParallelism(), memoryGiB: round(totalmem() / 1024 ** 3, 1), node: process.version, os: `${process.platform} ${release()}` };
}
