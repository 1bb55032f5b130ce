/**
 * The content script's line to the worker, against a stand-in for the browser's `runtime`
 * (`globalThis.chrome`, as in Chromium).
 */
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { askBackground, askBackgroundWithRetry, listenToBackground } from "../../src/content/background-link";

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | void;

function fakeRuntime(send: (message: unknown) => Promise<unknown>) {
  const listeners = new Set<Listener>();
  const runtime = {
    sendMessage: send,
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return listeners;
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

test("a request is sent as it is and its answer returned", async () => {
  const seen: unknown[] = [];
  fakeRuntime(async (m) => {
    seen.push(m);
    return { ok: true, fullSince: null };
  });
  assert.deepEqual(await askBackground({ type: "govlens/history-status" }), { ok: true, fullSince: null });
  assert.deepEqual(seen, [{ type: "govlens/history-status" }]);
});

test("a closed port (no answer, or a rejection) is asked once more; an orphaned script is not", async () => {
  let calls = 0;
  fakeRuntime(async () => (++calls === 1 ? undefined : { ok: true, settings: null }));
  assert.deepEqual(await askBackgroundWithRetry({ type: "govlens/settings" }), { ok: true, settings: null });
  assert.equal(calls, 2);

  calls = 0;
  fakeRuntime(async () => {
    if (++calls === 1) throw new Error("The message port closed before a response was received.");
    return { ok: true, settings: null };
  });
  await askBackgroundWithRetry({ type: "govlens/settings" });
  assert.equal(calls, 2);

  calls = 0;
  fakeRuntime(() => {
    calls++;
    throw new Error("Extension context invalidated.");
  });
  await assert.rejects(askBackgroundWithRetry({ type: "govlens/settings" }), /invalidated/);
  assert.equal(calls, 1);
});

test("the worker's messages reach the handler; its promise is the answer; foreign traffic is left alone", async () => {
  const listeners = fakeRuntime(async () => undefined);
  const handled: unknown[] = [];
  const stop = listenToBackground((message) => {
    handled.push(message);
    return message.type === "govlens/toggle-sidebar" ? Promise.resolve({ ok: true, open: true }) : undefined;
  });
  const [listener] = listeners;
  const answers: unknown[] = [];
  assert.equal(listener({ type: "something/else" }, {}, (r) => answers.push(r)), false);
  assert.equal(listener({ type: "govlens/settings-changed", settings: {} }, {}, (r) => answers.push(r)), false);
  assert.equal(listener({ type: "govlens/toggle-sidebar" }, {}, (r) => answers.push(r)), true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(handled, [{ type: "govlens/settings-changed", settings: {} }, { type: "govlens/toggle-sidebar" }]);
  assert.deepEqual(answers, [{ ok: true, open: true }]);
  stop();
  assert.equal(listeners.size, 0);
});
