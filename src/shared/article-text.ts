/**
 * The text of an article as the extractor reads it, and where each piece came from.
 * Blocks (p, div, li, br, headings, table cells…) end lines, so that a paragraph ends a
 * sentence as it does in the plain-text corpus; inline elements (<a>, <span>, <strong>) add
 * nothing, so a name split across elements stays one run of characters. Every text node
 * keeps its length in the output (whitespace becomes spaces one for one), which lets a text
 * offset map straight back into its node.
 *
 * The text is built in two steps: a walk records what shapes it (`TextEvents`: text nodes
 * and the elements that break lines, in document order), then `build` lays it out from any
 * stretch of that record. The article finder records while it scores the page, so the
 * article's text comes from the same pass over the DOM, not a second one.
 */
import { walkDom } from "./dom-walk";
import { isBlock, isUnread, tagOf } from "./element-kinds";

/**
 * One text node and the slice `[start, end)` of the text it produced: node offset `from`
 * (0 when absent) stands at `start`. A node that opens a line loses its leading layout
 * whitespace, which the text does not hold.
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  from?: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

// Whitespace other than in <pre> is layout of the source, not of the page: one space each.
const LAYOUT_SPACE = /[\t\n\r\f\v]/g;
// Only the source's own layout is blank: a page that indents with &nbsp; or U+3000 writes
// those characters, and parsers differ in how they split them into nodes (Chromium keeps
// `&nbsp;&nbsp;text` as one node, linkedom makes three), so they are kept either way.
const BLANK = /^[ \t\n\r\f\v]*$/;

/** How many characters of source layout (ASCII whitespace) open `data`. */
function leadingLayout(data: string): number {
  let k = 0;
  while (k < data.length && BLANK_UNITS.includes(data[k])) k++;
  return k;
}
const BLANK_UNITS = " \t\n\r\f\v";

// What a recorded break is (a text node stands for itself). Inline elements are not
// recorded: they change nothing.
const BR = 1;
const OPEN_BLOCK = 2;
const CLOSE_BLOCK = 3;
const OPEN_PRE = 4;
const CLOSE_PRE = 5;

const NONE: readonly number[] = [];

/**
 * What shapes a stretch of the page's text, in document order: one array a walk appends to,
 * text nodes as themselves and line breaks as numbers (one push per event: the finder's
 * loop records the whole page as it scores it), laid out by `build`.
 */
export class TextEvents {
  readonly items: (Text | number)[] = [];

  /** An element the walk goes into (its tag as `tagOf` gives it). */
  open(tag: string): void {
    if (tag === "br") this.items.push(BR);
    else if (tag === "pre") this.items.push(OPEN_PRE);
    else if (isBlock(tag)) this.items.push(OPEN_BLOCK);
  }

  /** The walk leaves an element it went into. */
  close(tag: string): void {
    if (tag === "pre") this.items.push(CLOSE_PRE);
    else if (tag !== "br" && isBlock(tag)) this.items.push(CLOSE_BLOCK);
  }

  /**
   * Where the last line of text before event `to` begins: back past the breaks and blank
   * nodes that close it, then back to the break that opens it; -1 when no text stands there.
   */
  lineStartBefore(to: number): number {
    const items = this.items;
    let i = to - 1;
    for (; i >= 0; i--) {
      const item = items[i];
      if (typeof item !== "number" && !BLANK.test(item.data)) break;
    }
    if (i < 0) return -1;
    while (i > 0 && typeof items[i - 1] !== "number") i--;
    return i;
  }

  /** A text node (empty ones add nothing). */
  text(node: Text, data: string): void {
    if (data.length > 0) this.items.push(node);
  }

  /**
   * The text of the events in `[from, to)`; `inPre` when that stretch lies inside a <pre>.
   * `leaveOut` holds stretches `[start, end)` to pass over, in order, two numbers each: the
   * record of an element's content, whose own breaks stay (a left-out block still ends a
   * line, so the text around it does not run together).
   */
  build(from = 0, to = this.items.length, inPre = false, leaveOut: readonly number[] = NONE): ArticleText {
    const items = this.items;
    const parts: string[] = [];
    const segments: TextSegment[] = [];
    let length = 0;
    let atLineStart = true;
    let pre = inPre ? 1 : 0;
    let skip = 0;
    let skipAt = leaveOut.length > 0 ? leaveOut[0] : Infinity;

    for (let i = from; i < to; i++) {
      if (i === skipAt) {
        i = leaveOut[skip + 1] - 1;
        skip += 2;
        skipAt = skip < leaveOut.length ? leaveOut[skip] : Infinity;
        continue;
      }
      const item = items[i];
      if (typeof item !== "number") {
        const data = item.data;
        // Source indentation between blocks would only open a line with spaces.
        if (atLineStart && pre === 0 && BLANK.test(data)) continue;
        // Nor would the source's line break and indentation before a node's first letter
        // (`<br>\n&nbsp;&nbsp;text` is one node in Chromium, several elsewhere).
        const skip = atLineStart && pre === 0 ? leadingLayout(data) : 0;
        const piece: string = pre > 0 ? data : (skip > 0 ? data.slice(skip) : data).replace(LAYOUT_SPACE, " ");
        const end = length + piece.length;
        segments.push(skip > 0 ? { node: item, start: length, end, from: skip } : { node: item, start: length, end });
        parts.push(piece);
        length += piece.length;
        atLineStart = piece.endsWith("\n");
        continue;
      }
      if (item === BR) {
        // A <br> always breaks, also twice in a row: that is how such pages make paragraphs.
        parts.push("\n");
        length += 1;
        atLineStart = true;
        continue;
      }
      if (item === CLOSE_PRE) pre--;
      // A block begins and ends a line: one break, never an empty line of its own.
      if (!atLineStart) {
        parts.push("\n");
        length += 1;
        atLineStart = true;
      }
      if (item === OPEN_PRE) pre++;
    }

    let text = parts.join("");
    // Only breaks added here can trail (a text node's own spaces stay), so this cut leaves
    // every segment inside the text.
    const lastEnd = segments.length > 0 ? segments[segments.length - 1].end : 0;
    let cut = text.length;
    while (cut > lastEnd && text[cut - 1] === "\n") cut--;
    text = text.slice(0, cut);
    return { text, segments };
  }
}

/** The text of `root`'s subtree, without the content of the elements `leaveOut` names
 * (a block among them still ends a line). */
export function collectText(root: Element, leaveOut?: (el: Element) => boolean): ArticleText {
  const events = new TextEvents();
  walkDom(root, {
    enter(el) {
      const tag = tagOf(el);
      if (isUnread(el, tag)) return false;
      if (leaveOut?.(el)) {
        events.open(tag);
        events.close(tag);
        return false;
      }
      events.open(tag);
      return true;
    },
    text(node) {
      events.text(node, node.data);
    },
    exit(el) {
      events.close(tagOf(el));
    },
  });
  // The root may itself be (inside) a <pre>, whose line breaks are the page's own.
  return events.build(0, events.items.length, root.closest("pre") !== null);
}
