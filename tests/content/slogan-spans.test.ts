import { test } from "node:test";
import assert from "node:assert/strict";
import { sloganSpans } from "../../src/content/slogan-spans";

test("each slogan is found between its quotation marks, every time, words only", () => {
  const text = "要坚持“三个优先”,落实「两个到位」。再次强调“三个优先”。三个优先不在引号里。";
  const [first, second, missing, empty] = sloganSpans(text, ["三个优先", "两个到位", "四个不", ""]);
  assert.deepEqual(first.map((s) => text.slice(s.start, s.end)), ["三个优先", "三个优先"]);
  assert.deepEqual(first.map((s) => text[s.start - 1] + text[s.end]), ["“”", "“”"]);
  assert.deepEqual(second.map((s) => text.slice(s.start, s.end)), ["两个到位"]);
  assert.deepEqual(missing, []);
  assert.deepEqual(empty, []);
});

test("spans come in text order across quote styles", () => {
  const text = '"双碳"目标与“双碳”行动,「双碳」';
  const spans = sloganSpans(text, ["双碳"])[0];
  assert.deepEqual(spans.map((s) => s.start), [1, 8, 15]);
});

test("linear: a long text with many quotes is scanned quickly", () => {
  const text = "“甲乙”丙".repeat(200_000);
  const started = performance.now();
  const [spans] = sloganSpans(text, ["甲乙"]);
  assert.equal(spans.length, 200_000);
  assert.ok(performance.now() - started < 1000);
});
