/**
 * What an element is to a reader of the page's text: never read (scripts, hidden parts),
 * a block that starts its own line, or inline text that runs on. Decided from the tag and
 * attributes alone, because computed styles cost a layout per element.
 */

/** Elements whose content is not text a reader sees. */
const UNREAD = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
  "canvas", "video", "audio", "textarea", "select", "input", "button", "head", "title", "meta",
  "link",
]);

/** Elements that begin and end a line of text. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
  "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
  "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul",
]);

/** `contenteditable` values that make an element editable ("" is the bare attribute). */
const EDITABLE = new Set(["", "true", "plaintext-only"]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || "").toLowerCase();
}

/** True for content no reader sees: scripts and styles, and parts hidden by attribute. */
export function isUnread(el: Element, tag: string = tagOf(el)): boolean {
  // Most elements of a page carry no attribute at all: one call answers for them.
  return UNREAD.has(tag) || (el.hasAttributes() && isHiddenByAttribute(el));
}

/** Hidden, or being edited by the user, by its attributes (for an element that has some). */
export function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  // What a user is editing is theirs, not the page's article: never read, never marked.
  if (EDITABLE.has(el.getAttribute("contenteditable")?.toLowerCase() ?? "-")) return true;
  const style = el.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

export function isBlock(tag: string): boolean {
  return BLOCK.has(tag);
}

/** Never read whatever its attributes (scripts, styles, form fields…). */
export function isUnreadTag(tag: string): boolean {
  return UNREAD.has(tag);
}
