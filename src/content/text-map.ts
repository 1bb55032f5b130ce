/**
 * From offsets in the article text (what the extractor saw) back to the page: a DOM Range
 * for any [start, end), also when it runs across elements (`<a>`, `<strong>`, split
 * `<span>`s), since each text node keeps its own slice of the text.
 */
import type { Span } from "../extractor/types";
import type { TextSegment } from "../shared/article";

/** Makes the range for boundary points the map found; `liveRange` unless told otherwise. */
export type MakeRange<R extends AbstractRange> = (startNode: Text, startOffset: number, endNode: Text, endOffset: number) => R;

/** A live Range (the document keeps it up to date as the page changes). */
export const liveRange: MakeRange<Range> = (startNode, startOffset, endNode, endOffset) => {
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
};

export class TextMap {
  /** Segments in text order, as `collectText` returns them. */
  constructor(private readonly segments: readonly TextSegment[]) {}

  /**
   * A Range over the text nodes behind `span`, or null when none of it is in the page any
   * more (the page replaced those nodes since the text was collected). Offsets that fall on
   * the line breaks `collectText` adds between blocks snap inward to the nearest real text.
   */
  rangeOf(span: Span): Range | null;
  rangeOf<R extends AbstractRange>(span: Span, make: MakeRange<R>): R | null;
  rangeOf(span: Span, make: MakeRange<AbstractRange> = liveRange): AbstractRange | null {
    const first = this.segmentAtOrAfter(span.start);
    const last = this.segmentAtOrBefore(span.end);
    if (first === -1 || last === -1 || first > last) return null;
    const a = this.segments[first];
    const b = this.segments[last];
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const startOffset = clamp(span.start - a.start + (a.from ?? 0), a.node.length);
    const endOffset = clamp(span.end - b.start + (b.from ?? 0), b.node.length);
    // Segments are in document order: only within one node can the range be empty.
    if (first === last && endOffset <= startOffset) return null;
    return make(a.node, startOffset, b.node, endOffset);
  }

  /** Index of the first segment that ends after `offset` (so holds it or follows it). */
  private segmentAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.segments.length ? lo : -1;
  }

  /** Index of the last segment that starts before `offset` (an exclusive end). */
  private segmentAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}
