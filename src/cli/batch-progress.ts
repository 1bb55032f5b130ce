/**
 * The batch's progress on stderr: a bar redrawn in place on a terminal (at most ten times a
 * second), nothing in between otherwise. Error lines are written above the bar.
 */
export interface ProgressCounts {
  done: number;
  total: number;
  failed: number;
  startedAt: number;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export class Progress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly enabled: boolean,
  ) {}

  update(c: ProgressCounts, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.out.write(`\r\x1b[K${progressLine(c, now)}`);
    this.drawn = true;
  }

  /** A line that stays (an error), written above the bar. */
  line(text: string, c: ProgressCounts): void {
    this.clear();
    this.out.write(`${text}\n`);
    this.update(c, true);
  }

  /** The full bar stays on its own line above the summary. */
  finish(c: ProgressCounts): void {
    if (!this.enabled) return;
    this.update(c, true);
    this.out.write("\n");
    this.drawn = false;
  }

  clear(): void {
    if (this.drawn) this.out.write("\r\x1b[K");
    this.drawn = false;
  }
}

export function progressLine(c: ProgressCounts, now = Date.now()): string {
  const share = c.total === 0 ? 1 : c.done / c.total;
  const filled = Math.round(share * WIDTH);
  const seconds = (now - c.startedAt) / 1000;
  const rate = seconds > 0 ? c.done / seconds : 0;
  const failed = c.failed > 0 ? `, ${c.failed} failed` : "";
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${c.done}/${c.total} ${Math.floor(share * 100)}% ${rate.toFixed(0)} files/s${failed}`;
}
