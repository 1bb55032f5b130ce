/**
 * Highlights through the CSS Custom Highlight API: no change to the page's DOM at all. The
 * ranges are StaticRanges: the document keeps a list of every live Range and visits it on
 * each change the page makes to its DOM (2,000 live ranges made a page's DOM changes about
 * twenty times slower). The marks are drawn anew whenever the page's text changes.
 */
import type { Highlighter, Mark, MarkKind, Target } from "./highlighter";
import { liveRange, type MakeRange } from "./text-map";

export const HIGHLIGHT_NAMES = {
  official: "govlens-official",
  directive: "govlens-directive",
  slogan: "govlens-slogan",
  focus: "govlens-focus",
} as const;

export class CssHighlighter implements Highlighter {
  private byKey = new Map<string, AbstractRange>();

  constructor(private readonly win: Window & typeof globalThis) {}

  readonly makeRange: MakeRange<AbstractRange> = (startContainer, startOffset, endContainer, endOffset) =>
    new this.win.StaticRange({ startContainer, startOffset, endContainer, endOffset });

  private layers: Record<MarkKind, Highlight> | null = null;

  draw(marks: readonly Mark[]): void {
    this.clear();
    const official = new this.win.Highlight();
    const directive = new this.win.Highlight();
    const slogan = new this.win.Highlight();
    // Names sit inside directive sentences; the later, higher priority wins where they overlap.
    directive.priority = 0;
    slogan.priority = 0;
    official.priority = 1;
    this.layers = { official, directive, slogan };
    this.add(marks);
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.directive, directive);
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.slogan, slogan);
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.official, official);
  }

  /** A Highlight is a live set: ranges added after it is registered are painted too. */
  add(marks: readonly Mark[]): void {
    const layers = this.layers;
    if (!layers) return;
    for (const mark of marks) {
      layers[mark.kind].add(mark.range);
      this.byKey.set(mark.key, mark.range);
    }
  }

  focus(key: string): Target | null {
    const range = this.byKey.get(key);
    if (!range) return null;
    const focus = new this.win.Highlight(range);
    focus.priority = 2;
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.focus, focus);
    // A live Range for the one focused mark, to read its place on screen.
    return liveRange(range.startContainer as Text, range.startOffset, range.endContainer as Text, range.endOffset);
  }

  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights.delete(name);
    this.byKey.clear();
    this.layers = null;
  }
}
