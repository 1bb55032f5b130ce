import "fake-indexeddb/auto";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { extract } from "../../src/extractor";
import { recordInHistory } from "../../src/background/history-recorder";
import { HistoryStore } from "../../src/background/history-store";
import type { ExtractResult } from "../../src/shared/messages";

const CORPUS = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
const text = readFileSync(CORPUS + readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()[0], "utf8");

const response = (t: string): ExtractResult => ({
  ok: true,
  extraction: extract(t),
  tab: { logo: "", label: "" },
  cached: false,
});

let n = 0;
const freshStore = (estimate?: () => Promise<{ usage: number; quota: number }>) =>
  new HistoryStore({ name: `recorder-test-${process.pid}-${n++}`, estimate });

test("an annotated web page is kept once per address and text; other pages and failures are not", async () => {
  const store = freshStore();
  const ok = response(text);
  assert.ok(ok.extraction.officials.length > 0);
  const request = { type: "govlens/extract" as const, text, url: "https://www.example.gov.cn/a.html" };
  assert.equal(await recordInHistory(store, request, ok), ok, "the answer goes on unchanged");
  await recordInHistory(store, request, { ...ok, cached: true });
  assert.equal(await store.count(), 1);

  await recordInHistory(store, { ...request, url: "chrome-extension://x/page.html" }, ok);
  await recordInHistory(store, { ...request, url: "" }, ok);
  await recordInHistory(store, { ...request, url: "https://other.example/" }, { ok: false, error: "boom" });
  const nothing = response("今天天气很好，我们去公园散步。");
  await recordInHistory(store, { ...request, url: "https://other.example/empty" }, nothing);
  assert.equal(await store.count(), 1);

  const [record] = await store.all();
  assert.equal(record.url, request.url);
  assert.deepEqual(record.extraction, JSON.parse(JSON.stringify(ok.extraction)));
  store.close();
});

test("a full history does not fail the annotation", async () => {
  const store = freshStore(async () => ({ usage: 100, quota: 100 }));
  const ok = response(text);
  const request = { type: "govlens/extract" as const, text, url: "https://www.example.gov.cn/b.html" };
  assert.equal(await recordInHistory(store, request, ok), ok);
  assert.equal(await store.count(), 0);
  assert.ok((await store.status()).fullSince);
  store.close();
});
