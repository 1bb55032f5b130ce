import "fake-indexeddb/auto";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { extract } from "../../src/extractor";
import { makeRecord, type HistoryRecord } from "../../src/background/history-record";
import { HistoryStore } from "../../src/background/history-store";
import { parseJsonl, toJsonl } from "../../src/history/history-jsonl";

const CORPUS = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
const texts = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(CORPUS + f, "utf8"));

async function records(): Promise<HistoryRecord[]> {
  return Promise.all(
    texts.map((t, i) =>
      makeRecord(`https://site${i % 3}.gov.cn/news/${i}.html?a=1&b="x"`, t, extract(t), new Date(Date.UTC(2026, 0, 1, i))),
    ),
  );
}

let n = 0;
const freshStore = () => new HistoryStore({ name: `jsonl-test-${process.pid}-${n++}` });

describe("JSONL export and import", () => {
  test("export → import into an empty history → export is lossless, byte for byte", async () => {
    const source = freshStore();
    const original = await records();
    for (const r of original) await source.save(r);
    const exported = toJsonl(await source.all());
    assert.equal(exported.trimEnd().split("\n").length, texts.length);
    for (const line of exported.trimEnd().split("\n")) assert.ok(JSON.parse(line).extraction.meta);

    const parsed = parseJsonl(exported);
    assert.deepEqual(parsed.errors, []);
    const target = freshStore();
    assert.deepEqual(await target.import(parsed.records), { added: texts.length, updated: 0, unchanged: 0 });
    const reimported = await target.all();
    assert.equal(toJsonl(reimported), exported);
    // Every record, field by field, as it was saved.
    const byId = new Map(original.map((r) => [r.id, r]));
    for (const r of reimported) assert.deepEqual(r, byId.get(r.id));
    source.close();
    target.close();
  });

  test("importing the same export again, or into the history it came from, adds nothing", async () => {
    const store = freshStore();
    const original = await records();
    for (const r of original) await store.save(r);
    const exported = toJsonl(await store.all());
    assert.deepEqual(await store.import(parseJsonl(exported).records), { added: 0, updated: 0, unchanged: texts.length });
    // A line repeated within one file counts once.
    const doubled = parseJsonl(exported + exported).records;
    const other = freshStore();
    assert.deepEqual(await other.import(doubled), { added: texts.length, updated: 0, unchanged: texts.length });
    assert.equal(await other.count(), texts.length);
    store.close();
    other.close();
  });

  test("a later copy of a record replaces an older one; an older copy does not", async () => {
    const store = freshStore();
    const [r] = await records();
    await store.save(r);
    const later = { ...r, savedAt: "2027-01-01T00:00:00.000Z" };
    assert.deepEqual(await store.import([later]), { added: 0, updated: 1, unchanged: 0 });
    assert.equal((await store.get(r.id))?.savedAt, later.savedAt);
    assert.deepEqual(await store.import([r]), { added: 0, updated: 0, unchanged: 1 });
    store.close();
  });

  test("malformed lines are named by number and reason; the good lines still come through", async () => {
    const [a, b] = await records();
    const good = toJsonl([a, b]).trimEnd().split("\n");
    const broken = JSON.parse(good[1]);
    const lines = [
      good[0],
      "{not json",
      "[1,2]",
      JSON.stringify({ ...broken, id: "xyz" }),
      JSON.stringify({ ...broken, url: "javascript:alert(1)" }),
      JSON.stringify({ ...broken, savedAt: "yesterday" }),
      JSON.stringify({ ...broken, extraction: { ...broken.extraction, officials: [{ name: 1 }] } }),
      "",
      good[1],
    ];
    const parsed = parseJsonl(`\uFEFF${lines.join("\r\n")}`);
    assert.deepEqual(
      parsed.records.map((r) => r.id),
      [a.id, b.id],
    );
    assert.deepEqual(parsed.errors, [
      { line: 2, problem: "not-json" },
      { line: 3, problem: "not-object" },
      { line: 4, problem: "bad-id" },
      { line: 5, problem: "bad-url" },
      { line: 6, problem: "bad-date" },
      { line: 7, problem: "bad-extraction" },
    ]);
  });
});
