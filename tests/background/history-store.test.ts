import "fake-indexeddb/auto";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { extract } from "../../src/extractor";
import { makeRecord, recordId, siteOf } from "../../src/background/history-record";
import { HistoryFullError, HistoryStore } from "../../src/background/history-store";

const CORPUS = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
const texts = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 4)
  .map((f) => readFileSync(CORPUS + f, "utf8"));

let n = 0;
const freshStore = (estimate?: () => Promise<{ usage?: number; quota?: number }>) =>
  new HistoryStore({ name: `history-test-${process.pid}-${n++}`, estimate });

describe("history records", () => {
  test("the id depends on address and text, and the record keeps the contract's fields only", async () => {
    const text = texts[0];
    const extraction = { ...extract(text), extra: "dropped" } as ReturnType<typeof extract>;
    const a = await makeRecord("https://www.example.gov.cn/a.html", text, extraction);
    const b = await makeRecord("https://www.example.gov.cn/a.html", text, extraction);
    const c = await makeRecord("https://www.example.gov.cn/b.html", text, extraction);
    const d = await makeRecord("https://www.example.gov.cn/a.html", `${text}。`, extraction);
    assert.equal(a.id, b.id);
    assert.notEqual(a.id, c.id);
    assert.notEqual(a.id, d.id);
    assert.equal(a.id, await recordId(a.url, a.textHash));
    assert.equal(a.site, "www.example.gov.cn");
    assert.equal("extra" in a.extraction, false);
    assert.deepEqual(Object.keys(a.extraction), ["meta", "officials", "directives", "slogans", "documents"]);
    assert.equal(siteOf("not a url"), "");
  });
});

describe("history store (IndexedDB)", () => {
  test("saves, lists newest first, and re-annotating the same page updates instead of adding", async () => {
    const store = freshStore();
    const urls = ["https://a.gov.cn/1", "https://b.gov.cn/2", "https://a.gov.cn/3"];
    for (const [i, url] of urls.entries()) {
      await store.save(await makeRecord(url, texts[i], extract(texts[i]), new Date(Date.UTC(2026, 0, 1 + i))));
    }
    assert.deepEqual((await store.all()).map((r) => r.url), [...urls].reverse());

    const again = await makeRecord(urls[0], texts[0], extract(texts[0]), new Date(Date.UTC(2026, 5, 1)));
    await store.save(again);
    const all = await store.all();
    assert.equal(all.length, 3);
    assert.equal(all[0].url, urls[0], "the re-read page moves to the top");
    assert.equal(all[0].savedAt, again.savedAt);
    assert.deepEqual(await store.get(again.id), again);
    store.close();
  });

  test("deletes one, and all", async () => {
    const store = freshStore();
    const records = await Promise.all(texts.map((t, i) => makeRecord(`https://s.gov.cn/${i}`, t, extract(t))));
    for (const r of records) await store.save(r);
    await store.delete([records[1].id]);
    assert.equal(await store.count(), texts.length - 1);
    assert.equal(await store.get(records[1].id), undefined);
    await store.clear();
    assert.equal(await store.count(), 0);
    store.close();
  });

  test("a nearly full origin refuses the write with HistoryFullError and the status says so until room is made", async () => {
    let usage = 99;
    const store = freshStore(async () => ({ usage, quota: 100 }));
    const record = await makeRecord("https://full.gov.cn/1", texts[0], extract(texts[0]));
    await assert.rejects(store.save(record), HistoryFullError);
    assert.equal(await store.count(), 0);
    const status = await store.status();
    assert.ok(status.fullSince && !Number.isNaN(Date.parse(status.fullSince)));

    usage = 10;
    await store.save(record);
    assert.equal(await store.count(), 1);
    assert.equal((await store.status()).fullSince, null);
    store.close();
  });

  test("a quota error from the browser itself is reported the same way, other errors are passed on", async () => {
    const store = freshStore();
    const record = await makeRecord("https://full.gov.cn/2", texts[0], extract(texts[0]));
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } })
      .IDBObjectStore.prototype;
    const put = proto.put;
    // Only the records store is full: the tiny status record still fits, as in a browser.
    proto.put = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === "records") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
    try {
      await assert.rejects(store.save(record), HistoryFullError);
    } finally {
      proto.put = put;
    }
    assert.ok((await store.status()).fullSince);
    await assert.rejects(
      store.save({ ...record, extraction: { f: () => 1 } as never }),
      (e: Error) => !(e instanceof HistoryFullError),
    );
    store.close();
  });
});
