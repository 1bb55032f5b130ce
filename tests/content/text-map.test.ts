import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { TextMap } from "../../src/content/text-map";
import type { TextSegment } from "../../src/shared/article";

/** Stand-ins for text nodes: the map only reads `length`, `isConnected` and asks the
 * document for a Range, whose boundary points we record. */
function fakeNode(data: string, connected = true) {
  const range = {
    start: [null, 0] as [unknown, number],
    end: [null, 0] as [unknown, number],
    setStart(node: unknown, offset: number) { this.start = [node, offset]; },
    setEnd(node: unknown, offset: number) { this.end = [node, offset]; },
    get collapsed() { return this.start[0] === this.end[0] && this.start[1] === this.end[1]; },
  };
  return { data, length: data.length, isConnected: connected, ownerDocument: { createRange: () => range } } as unknown as Text;
}

/** Segments as collectText lays them out: `<p>市委书记<a>吴俊</a><span>清</span>主持</p><p>会议强调</p>`. */
function layout(): { text: string; segments: TextSegment[]; nodes: Text[] } {
  const parts = ["市委书记", "吴俊", "清", "主持", "\n", "会议强调"];
  const nodes: Text[] = [];
  const segments: TextSegment[] = [];
  let at = 0;
  for (const p of parts) {
    if (p !== "\n") {
      const node = fakeNode(p);
      nodes.push(node);
      segments.push({ node, start: at, end: at + p.length });
    }
    at += p.length;
  }
  return { text: parts.join(""), segments, nodes };
}

const ends = (r: Range | null) => {
  const x = r as unknown as { start: [Text, number]; end: [Text, number] };
  return [(x.start[0] as unknown as { data: string }).data, x.start[1], (x.end[0] as unknown as { data: string }).data, x.end[1]];
};

describe("TextMap.rangeOf", () => {
  test("a name split over three elements gets one range from the first node to the last", () => {
    const { text, segments } = layout();
    const start = text.indexOf("吴俊清");
    assert.deepEqual(ends(new TextMap(segments).rangeOf({ start, end: start + 3 })), ["吴俊", 0, "清", 1]);
  });

  test("inside one node the offsets are the node's own", () => {
    const { text, segments } = layout();
    const start = text.indexOf("书记");
    assert.deepEqual(ends(new TextMap(segments).rangeOf({ start, end: start + 2 })), ["市委书记", 2, "市委书记", 4]);
  });

  test("a node whose source line break the text left out is read from past it", () => {
    const node = fakeNode("\n  要落实责任");
    const map = new TextMap([{ node, start: 0, end: 7, from: 1 }]);
    assert.deepEqual(ends(map.rangeOf({ start: 2, end: 4 })), ["\n  要落实责任", 3, "\n  要落实责任", 5]);
  });

  test("ends on the line break between blocks snap to the nearest text", () => {
    const { text, segments } = layout();
    const br = text.indexOf("\n");
    assert.deepEqual(ends(new TextMap(segments).rangeOf({ start: br, end: text.length })), ["会议强调", 0, "会议强调", 4]);
    assert.deepEqual(ends(new TextMap(segments).rangeOf({ start: 0, end: br + 1 })), ["市委书记", 0, "主持", 2]);
  });

  test("segments shifted before 0 (trimmed leading spaces) still map into their node", () => {
    const node = fakeNode("  吴俊清");
    const map = new TextMap([{ node, start: -2, end: 3 }]);
    assert.deepEqual(ends(map.rangeOf({ start: 0, end: 3 })), ["  吴俊清", 2, "  吴俊清", 5]);
  });

  test("a range maker of the caller's gets the boundary points; an empty span makes nothing", () => {
    const { text, segments, nodes } = layout();
    const made: unknown[][] = [];
    const make = (...points: unknown[]) => {
      made.push(points);
      return { points } as unknown as AbstractRange;
    };
    const map = new TextMap(segments);
    const start = text.indexOf("吴俊清");
    assert.deepEqual(map.rangeOf({ start, end: start + 3 }, make), { points: [nodes[1], 0, nodes[2], 1] });
    assert.equal(map.rangeOf({ start: 2, end: 2 }, make), null);
    assert.equal(made.length, 1);
  });

  test("no range for text outside every segment, or whose nodes left the page", () => {
    const { segments } = layout();
    assert.equal(new TextMap(segments).rangeOf({ start: 100, end: 105 }), null);
    assert.equal(new TextMap([]).rangeOf({ start: 0, end: 1 }), null);
    const gone = fakeNode("吴俊清", false);
    assert.equal(new TextMap([{ node: gone, start: 0, end: 3 }]).rangeOf({ start: 0, end: 3 }), null);
  });
});
