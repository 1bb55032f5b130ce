/**
 * The fallback for browsers without the CSS Custom Highlight API: wraps the marked text in
 * `<govlens-mark>` elements (an unknown element, so the page's `mark`/`span` rules miss it).
 * `clear()` unwraps them and joins each split text node back into the original node, so
 * the page's text nodes are the ones it had before.
 */
import type { Highlighter, Mark, MarkKind, Target } from "./highlighter";
import { liveRange, type MakeRange } from "./text-map";

const TAG = "govlens-mark";

/** A piece of one text node to wrap: [start, end) in that node's data. */
interface Piece {
  node: Text;
  start: number;
  end: number;
  kind: MarkKind;
  key: string;
}

export class MarkElementHighlighter implements Highlighter {
  private elements = new Map<string, HTMLElement[]>();
  /** Every original text node we split, with the fragments that now hold its text. */
  private splits = new Map<Text, Text[]>();
  private focused: HTMLElement[] = [];

  constructor(private readonly doc: Document) {}

  /** Live Ranges: the pieces under one are found with its `intersectsNode`. */
  readonly makeRange: MakeRange<Range> = liveRange;

  draw(marks: readonly Mark[]): void {
    this.clear();
    // Read every range before touching the DOM: wrapping moves text nodes, which would
    // collapse the live ranges still to be read.
    const pieces = marks.flatMap((mark) => piecesOf(mark));
    const byNode = new Map<Text, Piece[]>();
    for (const piece of pieces) {
      const list = byNode.get(piece.node) ?? [];
      list.push(piece);
      byNode.set(piece.node, list);
    }
    for (const [node, list] of byNode) this.wrapNode(node, list);
  }

  focus(key: string): Target | null {
    for (const el of this.focused) el.removeAttribute("data-focus");
    this.focused = this.elements.get(key) ?? [];
    for (const el of this.focused) el.setAttribute("data-focus", "");
    return this.focused[0] ?? null;
  }

  clear(): void {
    for (const els of this.elements.values()) {
      for (const el of els) if (el.isConnected) el.replaceWith(...el.childNodes);
    }
    for (const [original, fragments] of this.splits) {
      original.data = fragments.map((t) => t.data).join("");
      for (const t of fragments) if (t !== original) t.remove();
    }
    this.elements.clear();
    this.splits.clear();
    this.focused = [];
  }

  /** Splits `node` at every piece boundary, then wraps each fragment in one element per
   * piece covering it (directives outside, names inside). */
  private wrapNode(node: Text, pieces: Piece[]): void {
    const length = node.length;
    const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]))]
      .filter((c) => c > 0 && c < length)
      .sort((a, b) => a - b);
    const fragments: { text: Text; start: number; end: number }[] = [];
    let current = node;
    let offset = 0;
    for (const cut of cuts) {
      const rest = current.splitText(cut - offset);
      fragments.push({ text: current, start: offset, end: cut });
      current = rest;
      offset = cut;
    }
    fragments.push({ text: current, start: offset, end: length });
    this.splits.set(node, fragments.map((f) => f.text));

    const ordered = [...pieces].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "directive" ? -1 : 1));
    for (const piece of ordered) {
      for (const f of fragments) {
        if (f.start < piece.start || f.end > piece.end) continue;
        const el = this.doc.createElement(TAG);
        el.setAttribute("data-kind", piece.kind);
        f.text.before(el);
        el.append(f.text);
        const list = this.elements.get(piece.key) ?? [];
        list.push(el);
        this.elements.set(piece.key, list);
      }
    }
  }
}

/** The text nodes a range covers, each with the covered part of its data. */
function piecesOf(mark: Mark): Piece[] {
  const range = mark.range as Range;
  const root = range.commonAncestorContainer;
  const doc = range.startContainer.ownerDocument ?? (root as Document);
  const pieces: Piece[] = [];
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) pieces.push({ node, start, end, kind: mark.kind, key: mark.key });
  };
  if (root.nodeType === Node.TEXT_NODE) {
    add(root as Text);
    return pieces;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) add(n as Text);
  }
  return pieces;
}
