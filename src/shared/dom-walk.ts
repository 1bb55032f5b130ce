/**
 * One pass over an element's subtree with enter/exit events, driven by a TreeWalker's
 * `nextNode()` alone: that is the part every DOM agrees on (browsers, and the light DOMs
 * the CLI uses in Node, whose walkers know no filters nor `parentNode()` moves). Exits are
 * found from parent links, so the pass stays linear in the number of nodes.
 */

// NodeFilter and Node constants as numbers: no globals, so the module runs under any DOM.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface DomVisitor {
  /** Called before an element's content; return false to skip its whole subtree. */
  enter(el: Element): boolean;
  text(node: Text): void;
  /** Called after an element's content, for every element whose `enter` returned true. */
  exit(el: Element): void;
}

/** Walks the descendants of `root` (not `root` itself) in document order. */
export function walkDom(root: Element, visitor: DomVisitor): void {
  const doc = root.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  // Elements whose content is still being visited; `skipFrom` marks where a skipped
  // subtree starts on this stack (its members get no events).
  const open: Element[] = [];
  let skipFrom = Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    while (open.length > 0 && open[open.length - 1] !== parent) {
      const done = open.pop() as Element;
      if (open.length < skipFrom) visitor.exit(done);
      if (open.length <= skipFrom) skipFrom = Infinity;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (open.length >= skipFrom) {
        open.push(el);
      } else {
        open.push(el);
        if (!visitor.enter(el)) skipFrom = open.length - 1;
      }
    } else if (node.nodeType === TEXT_NODE && open.length < skipFrom) {
      visitor.text(node as Text);
    }
  }
  while (open.length > 0) {
    const done = open.pop() as Element;
    if (open.length < skipFrom) visitor.exit(done);
    if (open.length <= skipFrom) skipFrom = Infinity;
  }
}
