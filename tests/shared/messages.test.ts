import { test } from "node:test";
import assert from "node:assert/strict";
import { isGovlensMessage, typedSender, type ToBackground } from "../../src/shared/messages";

test("only our own message types are taken for ours", () => {
  assert.equal(isGovlensMessage({ type: "govlens/extract", text: "", url: "" }), true);
  assert.equal(isGovlensMessage({ type: "govlens/toggle-sidebar" }), true);
  assert.equal(isGovlensMessage({ type: "govlens/settings" }), true);
  assert.equal(isGovlensMessage({ type: "govlens/block-site" }), true);
  assert.equal(isGovlensMessage({ type: "govlens/settings-changed", settings: {} }), true);
  for (const other of [null, undefined, "govlens/extract", {}, { type: "other/extract" }, { type: 1 }]) {
    assert.equal(isGovlensMessage(other), false, JSON.stringify(other));
  }
});

test("typedSender passes the request through and returns the answer", async () => {
  const seen: unknown[] = [];
  const send = typedSender<ToBackground>(async (m) => {
    seen.push(m);
    return { ok: false, error: "no extractor here" };
  });
  const answer = await send({ type: "govlens/extract", text: "会议强调", url: "http://localhost/" });
  assert.deepEqual(seen, [{ type: "govlens/extract", text: "会议强调", url: "http://localhost/" }]);
  assert.deepEqual(answer, { ok: false, error: "no extractor here" });
});
