import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { HistoryRecord } from "../../src/background/history-record";
import type { Extraction } from "../../src/extractor/types";
import { EMPTY_QUERY, filterRecords, sitesOf } from "../../src/history/history-search";
import { HISTORY_CSV_COLUMNS, toHistoryCsv } from "../../src/history/history-csv";
import { parseCsv } from "../e2e/support/csv";

// Invented pages (names and places made up for the tests).
function record(id: string, url: string, savedAt: string, x: Partial<Omit<Extraction, "meta">> & { meta?: Partial<Extraction["meta"]> }): HistoryRecord {
  const meta = { title: null, eventDate: null, publishedDate: null, source: null, meeting: null, chair: null, ...x.meta };
  return {
    id: id.padEnd(64, "0"),
    url,
    site: new URL(url).hostname,
    savedAt,
    textHash: "f".repeat(64),
    extraction: { meta, officials: x.officials ?? [], directives: x.directives ?? [], slogans: x.slogans ?? [], documents: x.documents ?? [] },
  };
}

const official = (name: string, titles: string[]) => ({ name, titles, roles: ["speaker" as const], masked: false, mentions: [{ start: 0, end: name.length }] });

const pages = [
  record("a", "https://www.qinglan.gov.cn/1.html", "2026-03-02T08:00:00Z", {
    meta: { title: "青岚市召开防汛工作专题会", eventDate: "2026-03-01", meeting: "防汛工作专题会" },
    officials: [official("林远航", ["市委书记"])],
    directives: [{ text: "要压实防汛责任，确保安全度汛。", speaker: "林远航", start: 10, end: 25 }],
    slogans: ["人民至上"],
  }),
  record("b", "https://news.example.cn/2.html", "2026-03-05T08:00:00Z", {
    meta: { title: "苏明哲调研\"数字政务\"建设", publishedDate: "2026-03-04" },
    officials: [official("苏明哲", ["副市长"])],
    documents: ["青岚市数字政务三年行动方案"],
  }),
  record("c", "https://www.qinglan.gov.cn/3.html", "2026-03-09T08:00:00Z", { meta: { title: "无日期的页面" } }),
];

describe("history search", () => {
  test("by official, office, slogan, document or any word; every word must match", () => {
    const ids = (words: string) => filterRecords(pages, { ...EMPTY_QUERY, words }).map((r) => r.id[0]);
    assert.deepEqual(ids(""), ["a", "b", "c"]);
    assert.deepEqual(ids("林远航"), ["a"]);
    assert.deepEqual(ids("副市长"), ["b"]);
    assert.deepEqual(ids("人民至上"), ["a"]);
    assert.deepEqual(ids("行动方案"), ["b"]);
    assert.deepEqual(ids("度汛"), ["a"]);
    assert.deepEqual(ids("市"), ["a", "b"]);
    assert.deepEqual(ids("市  林远航"), ["a"]);
    assert.deepEqual(ids("林远航 副市长"), []);
  });

  test("either script finds either: a Traditional query finds a Simplified page and back", () => {
    const traditional = record("t", "https://www.tw.example/4.html", "2026-03-10T08:00:00Z", {
      meta: { title: "蘇明哲主持召開數字政務會議" },
      officials: [official("蘇明哲", ["副市長"])],
    });
    const ids = (words: string) => filterRecords([...pages, traditional], { ...EMPTY_QUERY, words }).map((r) => r.id[0]);
    assert.deepEqual(ids("蘇明哲"), ["b", "t"]);
    assert.deepEqual(ids("数字政务"), ["b", "t"]);
    assert.deepEqual(ids("副市長"), ["b", "t"]);
    assert.deepEqual(ids("林遠航"), ["a"]);
  });

  test("by site and by date (event, else published, else the day it was read), inclusive", () => {
    const ids = (q: Partial<typeof EMPTY_QUERY>) => filterRecords(pages, { ...EMPTY_QUERY, ...q }).map((r) => r.id[0]);
    assert.deepEqual(ids({ site: "www.qinglan.gov.cn" }), ["a", "c"]);
    assert.deepEqual(ids({ from: "2026-03-04" }), ["b", "c"]);
    assert.deepEqual(ids({ to: "2026-03-04" }), ["a", "b"]);
    assert.deepEqual(ids({ from: "2026-03-01", to: "2026-03-01" }), ["a"]);
    assert.deepEqual(ids({ site: "www.qinglan.gov.cn", from: "2026-03-09" }), ["c"]);
    assert.deepEqual(sitesOf(pages), [
      { site: "www.qinglan.gov.cn", count: 2 },
      { site: "news.example.cn", count: 1 },
    ]);
  });

  test("CSV: one row per item with its page's columns, quoted where needed, one row for an empty page", () => {
    const csv = toHistoryCsv(pages);
    assert.ok(csv.endsWith("\r\n"));
    assert.ok(!csv.startsWith("\uFEFF"));
    assert.ok(toHistoryCsv(pages, { bom: true }).startsWith("\uFEFF"));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...HISTORY_CSV_COLUMNS]);
    const body = rows.slice(1).filter((r) => r.length > 1);
    for (const r of body) assert.equal(r.length, HISTORY_CSV_COLUMNS.length);
    const col = (name: (typeof HISTORY_CSV_COLUMNS)[number]) => HISTORY_CSV_COLUMNS.indexOf(name);
    assert.deepEqual(
      body.map((r) => [r[col("kind")], r[col("name")] || r[col("text")]]),
      [
        ["official", "林远航"],
        ["directive", "要压实防汛责任，确保安全度汛。"],
        ["slogan", "人民至上"],
        ["official", "苏明哲"],
        ["document", "青岚市数字政务三年行动方案"],
        ["page", ""],
      ],
    );
    assert.equal(body[3][col("headline")], '苏明哲调研"数字政务"建设');
    assert.equal(body[0][col("date")], "2026-03-01");
    assert.equal(body[3][col("date")], "2026-03-04");
  });
});
