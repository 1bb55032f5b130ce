import { test } from "node:test";
import assert from "node:assert/strict";
import { ResultCache, type KeyValueArea } from "../../src/background/result-cache";
import { extractArticle } from "../../src/background/extract-article";
import { edgeTabText } from "../../src/sidebar/labels";
import { textHash } from "../../src/background/text-hash";
import { extract } from "../../src/extractor";

/** An in-memory storage area, shared between "worker lifetimes" like storage.session. */
function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

const REPORT =
  "市委书记王明远主持召开专题会议。\n王明远强调，要切实做好防汛准备工作，确保群众安全。\n会议要求，各部门要严格落实值班制度。";

test("the second request for the same text in the same tab is answered from the cache", async () => {
  const cache = new ResultCache(memoryArea());
  const request = { type: "govlens/extract" as const, text: REPORT, url: "http://localhost/a" };
  const first = await extractArticle(request, 7, cache);
  assert.ok(first.ok);
  assert.equal(first.cached, false);
  assert.deepEqual(first.extraction, extract(REPORT));
  assert.ok(!("exports" in first), "the copy formats are the sidebar's to write, not sent with every answer");
  const second = await extractArticle(request, 7, cache);
  assert.ok(second.ok);
  assert.equal(second.cached, true);
  assert.deepEqual(second.extraction, first.extraction);
  // The edge tab's words come with either answer.
  assert.deepEqual(first.tab, edgeTabText(first.extraction));
  assert.deepEqual(second.tab, first.tab);
});

test("a changed text or another tab is extracted afresh; a closed tab's entry is dropped", async () => {
  const area = memoryArea();
  const cache = new ResultCache(area);
  const request = { type: "govlens/extract" as const, text: REPORT, url: "" };
  await extractArticle(request, 1, cache);
  const changed = await extractArticle({ ...request, text: `${REPORT}\n会议强调，要加强督查。` }, 1, cache);
  assert.ok(changed.ok && !changed.cached);
  const otherTab = await extractArticle(request, 2, cache);
  assert.ok(otherTab.ok && !otherTab.cached);
  assert.equal(area.data.size, 2, "one entry per tab");
  await cache.forget(2);
  assert.equal(area.data.size, 1);
});

test("the cache lives in the storage area: a new worker (new cache object) still finds it", async () => {
  const area = memoryArea();
  const result = { extraction: extract(REPORT) };
  await new ResultCache(area).put(3, await textHash(REPORT), result);
  const afterRestart = new ResultCache(area);
  assert.deepEqual(await afterRestart.get(3, await textHash(REPORT)), result);
  assert.equal(await afterRestart.get(3, await textHash("另一篇")), null);
});

test("a full storage area costs a re-run, not an error", async () => {
  const area = memoryArea();
  area.set = async () => {
    throw new Error("QUOTA_BYTES quota exceeded");
  };
  const response = await extractArticle({ type: "govlens/extract", text: REPORT, url: "" }, 4, new ResultCache(area));
  assert.ok(response.ok);
});
