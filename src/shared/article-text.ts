/**
 * The text of an article as the extractor reads it, and where each piece came from.
 * Blocks (p, div, li, br, headings, table cells…) end lines, so that a paragraph ends a
 * sentence as it does in the plain-text corpus; inline elements (<a>, <span>, <strong>) add
 * nothing, so a name split across elements stays one run of characters. Every text node
 * keeps its length in the output (whitespace becomes spaces one for one), which lets a text
 * offset map straight back into its node.
 */
import { walkDom } from "./dom-walk";
import { isBlock, isUnread, tagOf } from "./element-kinds";

/** One text node and the slice `[start, end)` of the text it produced, node offset 0 at `start`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

// Whitespace other than in <pre> is layout of the source, not of the page: one space each.
const LAYOUT_SPACE = /[\t\n\r\f\v]/g;
const BLANK = /^[\s\u00a0\u3000]*$/;

export function collectText(root: Element): ArticleText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atLineStart = true;
  // The root may itself be (inside) a <pre>, whose line breaks are the page's own.
  let inPre = root.closest("pre") ? 1 : 0;

  const newline = () => {
    if (atLineStart) return;
    parts.push("\n");
    length += 1;
    atLineStart = true;
  };

  walkDom(root, {
    enter(el) {
      const tag = tagOf(el);
      if (isUnread(el, tag)) return false;
      if (tag === "br") {
        // A <br> always breaks, also twice in a row: that is how such pages make paragraphs.
        parts.push("\n");
        length += 1;
        atLineStart = true;
      } else if (isBlock(tag)) {
        newline();
      }
      if (tag === "pre") inPre++;
      return true;
    },
    text(node) {
      const data = node.data;
      if (data.length === 0) return;
      // Source indentation between blocks would only open a line with spaces.
      if (atLineStart && inPre === 0 && BLANK.test(data)) return;
      const piece = inPre > 0 ? data : data.replace(LAYOUT_SPACE, " ");
      segments.push({ node, start: length, end: length + piece.length });
      parts.push(piece);
      length += piece.length;
      atLineStart = piece.endsWith("\n");
    },
    exit(el) {
      const tag = tagOf(el);
      if (tag === "pre") inPre--;
      if (isBlock(tag)) newline();
    },
  });

  let text = parts.join("");
  // Only breaks this function added can trail (a text node's own spaces stay), so this cut
  // leaves every segment inside the text.
  const lastEnd = segments.length > 0 ? segments[segments.length - 1].end : 0;
  let cut = text.length;
  while (cut > lastEnd && text[cut - 1] === "\n") cut--;
  text = text.slice(0, cut);
  return { text, segments };
}
