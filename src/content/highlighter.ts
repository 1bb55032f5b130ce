/**
 * Draws Govlens marks into the page. Where the CSS Custom Highlight API exists the page's
 * DOM is never touched: ranges go into `CSS.highlights` under `govlens-official`,
 * `govlens-directive` and `govlens-focus`. Elsewhere a fallback wraps text in
 * `<govlens-mark>` elements and unwraps them again on `clear()`.
 */
import { CssHighlighter } from "./highlight-api";
import { MarkElementHighlighter } from "./highlight-fallback";
import type { MakeRange } from "./text-map";

export type MarkKind = "official" | "directive" | "slogan";

/** One thing to mark: a mention of an official or a directive sentence. */
export interface Mark {
  kind: MarkKind;
  /** Names the mark for `focus()`, e.g. `official:2:0` (official 2, mention 0). */
  key: string;
  /** Made by the highlighter's own `makeRange`. */
  range: AbstractRange;
}

/** Something whose position on screen can be read, to scroll to it. */
export interface Target {
  getBoundingClientRect(): DOMRect;
}

export interface Highlighter {
  /** The kind of range this highlighter draws from (see Mark). */
  readonly makeRange: MakeRange<AbstractRange>;
  /** Replaces whatever was drawn before with these marks. */
  draw(marks: readonly Mark[]): void;
  /** Adds marks to those drawn, where the highlighter can (lazy-marks.ts draws the rest of a
   * long page as it is scrolled to); absent where all must be drawn at once. */
  add?(marks: readonly Mark[]): void;
  /** Marks one drawn item as focused (undoing the previous focus); null if the key is unknown. */
  focus(key: string): Target | null;
  /** Removes every mark, leaving the page as it was. */
  clear(): void;
}

export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === "function" && typeof win.CSS?.highlights?.set === "function";
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as Window & typeof globalThis;
  return hasHighlightApi(win) ? new CssHighlighter(win) : new MarkElementHighlighter(doc);
}
