/** The one table `npm run bench` prints: a row per figure, with its budget and verdict. */
import type { Stats } from "./stats";

export interface Row {
  what: string;
  /** Timings (or sizes) with median, min, max; a single figure has all three equal. */
  value: Stats;
  unit: string;
  /** e.g. "< 20 ms"; empty when the row is context for another. */
  budget?: string;
  /** Whether the median meets the budget. */
  ok?: boolean;
  digits?: number;
}

export const single = (n: number): Stats => ({ median: n, min: n, max: n });

export function formatTable(rows: Row[]): string {
  const cells = [
    ["", "median", "min", "max", "unit", "budget", ""],
    ...rows.map((r) => {
      const d = r.digits ?? 2;
      const same = r.value.min === r.value.max;
      return [
        r.what,
        r.value.median.toFixed(d),
        same ? "" : r.value.min.toFixed(d),
        same ? "" : r.value.max.toFixed(d),
        r.unit,
        r.budget ?? "",
        r.ok === undefined ? "" : r.ok ? "ok" : "MISSED",
      ];
    }),
  ];
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  return cells
    .map((r) => r.map((cell, c) => (c === 0 || c >= 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd())
    .join("\n");
}
