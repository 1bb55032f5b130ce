import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CSV_COLUMNS, directivesBySpeaker, toCsv, toJson, toMarkdown } from "../../src/shared/format";
import type { Extraction } from "../../src/extractor/types";

// A report of our own invention, with the awkward cases: a masked name, a comma and quotes
// inside a directive, an unattributed directive, a speaker who speaks twice.
function sample(): Extraction {
  return {
    meta: {
      title: "李明远主持召开全县安全生产专题会",
      eventDate: "2024-03-05",
      publishedDate: "2024-03-06",
      source: "某县融媒体中心",
      meeting: "全县安全生产专题会",
      chair: "李明远",
    },
    officials: [
      { name: "李明远", titles: ["县委书记"], roles: ["chair", "speaker"], masked: false, mentions: [{ start: 0, end: 3 }, { start: 40, end: 43 }] },
      { name: "欧阳春", titles: ["县委副书记", "县长"], roles: ["speaker"], masked: false, mentions: [{ start: 50, end: 53 }] },
      { name: "**", titles: ["副县长"], roles: ["attendee"], masked: true, mentions: [{ start: 60, end: 62 }] },
    ],
    directives: [
      { text: "李明远强调,要压实\"四方\"责任。", speaker: "李明远", start: 100, end: 116 },
      { text: "欧阳春要求,要严格落实“三查”制度。", speaker: "欧阳春", start: 120, end: 138 },
      { text: "他指出,必须守牢底线。", speaker: "李明远", start: 140, end: 151 },
      { text: "各乡镇要加强值班值守。", speaker: null, start: 160, end: 171 },
    ],
    slogans: ["三查"],
    documents: ["某县安全生产责任制实施办法"],
  };
}

describe("toJson", () => {
  test("exactly the contract's fields, and it parses back to the same value", () => {
    const x = sample();
    const withExtra = { ...x, debug: "internal", meta: { ...x.meta, score: 1 } } as unknown as Extraction;
    const parsed = JSON.parse(toJson(withExtra));
    assert.deepEqual(parsed, x);
    assert.deepEqual(Object.keys(parsed), ["meta", "officials", "directives", "slogans", "documents"]);
    assert.equal(toJson(x, 0).includes("\n"), false);
  });
});

describe("toMarkdown", () => {
  const md = toMarkdown(sample(), { url: "https://example.gov.cn/a b.html" });

  test("headline, meeting facts and source link", () => {
    assert.match(md, /^# 李明远主持召开全县安全生产专题会\n/);
    assert.match(md, /- 会议：全县安全生产专题会\n/);
    assert.match(md, /- 日期：2024-03-05\n/);
    assert.match(md, /- 主持：李明远\n/);
    assert.match(md, /- 原文：<https:\/\/example\.gov\.cn\/a%20b\.html>/);
  });

  test("officials with titles, roles and mention counts; masks escaped, not bold", () => {
    assert.match(md, /- \*\*李明远\*\* · 县委书记 · 主持、讲话（提及 2 次）/);
    assert.match(md, /- \*\*欧阳春\*\* · 县委副书记、县长 · 讲话\n/);
    assert.match(md, /- \*\*\\\*\\\*\*\* · 副县长 · 出席（姓名隐去）/);
  });

  test("directives grouped by speaker in speaking order, numbered, unattributed last", () => {
    const section = md.slice(md.indexOf("## 工作要求"));
    const heads = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(heads, ["李明远", "欧阳春", "未署名"]);
    assert.match(section, /### 李明远\n\n1\. 李明远强调,要压实"四方"责任。\n2\. 他指出,必须守牢底线。\n/);
  });

  test("slogans and documents in their marks", () => {
    assert.match(md, /## 提法（1）\n\n- “三查”/);
    assert.match(md, /## 文件（1）\n\n- 《某县安全生产责任制实施办法》/);
  });

  test("an empty extraction says so rather than printing empty sections", () => {
    const empty = toMarkdown({ ...sample(), officials: [], directives: [], slogans: [], documents: [] });
    assert.match(empty, /## 领导同志（0）\n\n未发现。/);
    assert.doesNotMatch(empty, /## 提法/);
  });
});

describe("toCsv", () => {
  /** A small RFC 4180 reader, so the test checks the quoting by reading it back. */
  function readCsv(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i];
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") { row.push(field); field = ""; }
      else if (c === "\r" && csv[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
      else field += c;
    }
    assert.equal(field, "", "ends with CRLF");
    return rows;
  }

  test("one row per official and per directive, read back intact", () => {
    const x = sample();
    x.directives[0].text = "李明远强调,要压实\"四方\"责任,\n不留死角。";
    const rows = readCsv(toCsv(x));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + x.officials.length + x.directives.length);
    assert.deepEqual(rows[2], ["official", "欧阳春", "县委副书记、县长", "speaker", "1", "", "", "50", "53"]);
    assert.deepEqual(rows[4], ["directive", "", "", "", "", "李明远", x.directives[0].text, "100", "116"]);
    assert.deepEqual(rows[7].slice(5, 7), ["", "各乡镇要加强值班值守。"]);
  });

  test("a byte-order mark only when asked", () => {
    assert.equal(toCsv(sample()).charCodeAt(0), "k".charCodeAt(0));
    assert.equal(toCsv(sample(), { bom: true }).charCodeAt(0), 0xfeff);
  });
});

describe("directivesBySpeaker", () => {
  test("keeps each speaker's directives in text order", () => {
    const groups = directivesBySpeaker(sample().directives);
    assert.deepEqual([...groups.keys()], ["李明远", "欧阳春", null]);
    assert.deepEqual(groups.get("李明远")?.map((d) => d.start), [100, 140]);
  });
});
