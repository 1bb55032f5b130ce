/**
 * The marks of one annotation, turned into ranges where the reader looks. A long page has
 * thousands of marks (a 100,000-character digest about 2,000), and building a range for
 * each costs the page a few microseconds, almost all of them for text far off screen. So the
 * marks around the viewport are drawn at once (at least `MIN_BATCH`, which is every mark of
 * an ordinary report), and the others as scrolling brings them near; a mark the sidebar asks
 * for is drawn on the spot, and a page about to be printed gets every mark (a printout has
 * no scrolling to bring the rest). Highlighters that cannot add marks later (the DOM-wrapping
 * fallback) get them all at once.
 *
 * Where the viewport is, in marks: a binary search over the marks in text order by the
 * place of their text on screen, which in an article's flow grows with the text. A page
 * opened at its top needs no search: its first marks are drawn.
 */
import type { Span } from "../extractor/types";
import type { Highlighter, Mark, MarkKind } from "./highlighter";
import type { TextMap } from "./text-map";
import { SLICE_MS, yieldToPage } from "./yield-to-page";

export interface WantedMark {
  kind: MarkKind;
  key: string;
  span: Span;
}

/** Marks drawn at once whatever the viewport holds: a whole ordinary report. */
export const MIN_BATCH = 256;

/** Drawn ahead of the viewport, above and below, in viewport heights. */
const AHEAD = 1;

export class LazyMarks {
  /** In text order, so that screen order follows. */
  private readonly order: WantedMark[];
  private readonly drawn: Uint8Array;
  /** Each drawn key's range; null when its text is no longer in the page. */
  private readonly ranges = new Map<string, AbstractRange | null>();
  private byKey: Map<string, number> | null = null;
  private left: number;
  private frame: number | null = null;
  private listening = false;
  private stopped = false;

  constructor(
    wanted: readonly WantedMark[],
    private readonly map: TextMap,
    private readonly highlighter: Highlighter,
    private readonly win: Window,
    /** Runs DOM writes so the change watcher does not see them as page changes. */
    private readonly quietly: <T>(fn: () => T) => T = (fn) => fn(),
  ) {
    this.order = [...wanted].sort((a, b) => a.span.start - b.span.start);
    this.drawn = new Uint8Array(this.order.length);
    this.left = this.order.length;
  }

  /**
   * Draws the first marks: those around the viewport, or all of them for a highlighter that
   * cannot add later (then in slices, yielding to the page between them). False when
   * `stillWanted` turned false meanwhile (a newer annotation started).
   */
  async start(stillWanted: () => boolean = () => true): Promise<boolean> {
    const add = this.highlighter.add;
    if (!add) {
      const marks: Mark[] = [];
      let sliceStart = performance.now();
      for (let i = 0; i < this.order.length; i++) {
        if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (!stillWanted()) return false;
          sliceStart = performance.now();
        }
        const mark = this.realize(i);
        if (mark) marks.push(mark);
      }
      this.quietly(() => this.highlighter.draw(marks));
      return true;
    }
    this.quietly(() => this.highlighter.draw([]));
    if (this.atTop()) this.drawFirst();
    else this.drawAroundViewport();
    if (this.left > 0 && !this.stopped) {
      // Capture: scrolling inside an element (an article in an overflow box) counts too.
      this.win.addEventListener("scroll", this.onMove, { capture: true, passive: true });
      this.win.addEventListener("resize", this.onMove, { passive: true });
      this.win.addEventListener("beforeprint", this.onPrint);
      this.listening = true;
    }
    return true;
  }

  /** The keys among `keys` whose text is in the page, each drawn now if it was not. */
  ensure(keys: readonly string[]): string[] {
    if (!this.byKey) this.byKey = new Map(this.order.map((m, i) => [m.key, i]));
    const fresh: Mark[] = [];
    const present: string[] = [];
    for (const key of keys) {
      const i = this.byKey.get(key);
      if (i === undefined) continue;
      if (!this.drawn[i]) {
        const mark = this.realize(i);
        if (mark) fresh.push(mark);
      }
      if (this.ranges.get(key)) present.push(key);
    }
    if (fresh.length > 0) this.quietly(() => this.highlighter.add?.(fresh));
    return present;
  }

  /** Stops following the scrolling (the marks stay until the highlighter is cleared). */
  stop(): void {
    this.stopped = true;
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    this.frame = null;
    if (!this.listening) return;
    this.win.removeEventListener("scroll", this.onMove, { capture: true });
    this.win.removeEventListener("resize", this.onMove);
    this.win.removeEventListener("beforeprint", this.onPrint);
    this.listening = false;
  }

  /** Draws every mark not drawn yet, in one go: the page is about to be printed. */
  private readonly onPrint = () => {
    if (this.stopped) return;
    try {
      const fresh: Mark[] = [];
      for (let i = 0; i < this.order.length; i++) {
        if (this.drawn[i]) continue;
        const mark = this.realize(i);
        if (mark) fresh.push(mark);
      }
      if (fresh.length > 0) this.quietly(() => this.highlighter.add?.(fresh));
      this.stop();
    } catch (error) {
      console.debug("[govlens]", error);
    }
  };

  private readonly onMove = () => {
    if (this.frame !== null || this.stopped) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      try {
        this.drawAroundViewport();
        if (this.left === 0) this.stop();
      } catch (error) {
        console.debug("[govlens]", error);
      }
    });
  };

  /**
   * Whether the reader is at the page's top, as a page opens (not scrolled, not restored to a
   * place further down): then the first marks in text order are the nearest ones, wherever
   * the article starts, and none needs measuring. Reading a mark's place on screen makes the
   * browser lay the page out at once, before its next frame: on a long page, after any change
   * of style, that is several milliseconds of the page's time spent in our task.
   */
  private atTop(): boolean {
    return this.win.scrollY === 0;
  }

  /** The first `MIN_BATCH` marks in text order (every mark of an ordinary report). */
  private drawFirst(): void {
    const fresh: Mark[] = [];
    for (let i = 0; i < Math.min(this.order.length, MIN_BATCH); i++) {
      const mark = this.realize(i);
      if (mark) fresh.push(mark);
    }
    if (fresh.length > 0) this.quietly(() => this.highlighter.add?.(fresh));
  }

  private drawAroundViewport(): void {
    const n = this.order.length;
    if (n === 0) return;
    const height = this.win.innerHeight || 800;
    // First mark whose text ends below the band's top; first one that starts under its bottom.
    let from = this.firstWhere((rect) => rect.bottom >= -AHEAD * height);
    let to = this.firstWhere((rect) => rect.top > (1 + AHEAD) * height);
    if (to < from) to = from;
    // Short of the minimum, the band grows downward first (the reader reads on), then up.
    const short = MIN_BATCH - (to - from);
    if (short > 0) {
      to = Math.min(n, to + short);
      from = Math.max(0, from - (MIN_BATCH - (to - from)));
    }
    const fresh: Mark[] = [];
    for (let i = from; i < to; i++) {
      if (this.drawn[i]) continue;
      const mark = this.realize(i);
      if (mark) fresh.push(mark);
    }
    if (fresh.length > 0) this.quietly(() => this.highlighter.add?.(fresh));
  }

  /** Lower bound over the marks for a test that is false and then true in text order. A mark
   * whose text has left the page reads as not yet (false). One live Range is moved from probe
   * to probe: the document keeps every live Range up to date until it is collected. */
  private firstWhere(test: (rect: DOMRect) => boolean): number {
    const probe = this.win.document.createRange();
    const place = (startNode: Text, startOffset: number, endNode: Text, endOffset: number) => {
      probe.setStart(startNode, startOffset);
      probe.setEnd(endNode, endOffset);
      return probe;
    };
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const range = this.map.rangeOf(this.order[mid].span, place);
      if (range && test(range.getBoundingClientRect())) hi = mid;
      else lo = mid + 1;
    }
    probe.detach();
    return lo;
  }

  private realize(i: number): Mark | null {
    const wanted = this.order[i];
    this.drawn[i] = 1;
    this.left--;
    const range = this.map.rangeOf(wanted.span, this.highlighter.makeRange);
    this.ranges.set(wanted.key, range);
    return range ? { kind: wanted.kind, key: wanted.key, range } : null;
  }
}
