/** Highlights through the CSS Custom Highlight API: no change to the page's DOM at all. */
import type { Highlighter, Mark, Target } from "./highlighter";

export const HIGHLIGHT_NAMES = {
  official: "govlens-official",
  directive: "govlens-directive",
  slogan: "govlens-slogan",
  focus: "govlens-focus",
} as const;

export class CssHighlighter implements Highlighter {
  private byKey = new Map<string, Range>();

  constructor(private readonly win: Window & typeof globalThis) {}

  draw(marks: readonly Mark[]): void {
    this.clear();
    const official = new this.win.Highlight();
    const directive = new this.win.Highlight();
    const slogan = new this.win.Highlight();
    // Names sit inside directive sentences; the later, higher priority wins where they overlap.
    directive.priority = 0;
    slogan.priority = 0;
    official.priority = 1;
    for (const mark of marks) {
      (mark.kind === "official" ? official : mark.kind === "slogan" ? slogan : directive).add(mark.range);
      this.byKey.set(mark.key, mark.range);
    }
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.directive, directive);
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.slogan, slogan);
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.official, official);
  }

  focus(key: string): Target | null {
    const range = this.byKey.get(key);
    if (!range) return null;
    const focus = new this.win.Highlight(range);
    focus.priority = 2;
    this.win.CSS.highlights.set(HIGHLIGHT_NAMES.focus, focus);
    return range;
  }

  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights.delete(name);
    this.byKey.clear();
  }
}
