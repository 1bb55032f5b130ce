import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeHtml, decodeText, declaredEncoding } from "../../src/cli/charset";
import { CliError } from "../../src/cli/cli-error";

// One sentence of our own, in Big5 (Traditional) and GBK (Simplified) bytes.
const BIG5_SENTENCE = Buffer.from(
  "a5aba965aed1b04fa4fda46aa9fab16abdd5a141ad6ec459aee6b8a8b9eaa655b6b5a8beb1b1b1b9ac49a141bd54ab4fb77cc4b3baebafabb8a8a8ecb9eab342a143",
  "hex",
);
const BIG5_TEXT = "市委書記王大明強調，要嚴格落實各項防控措施，確保會議精神落到實處。";
const GBK_SENTENCE = Buffer.from(
  "cad0ceafcae9bcc7cdf5b4f3c3f7c7bfb5f7a3acd2aad1cfb8f1c2e4cab5b8f7cfeeb7c0bfd8b4ebcaa9a3acc8b7b1a3bbe1d2e9beabc9f1c2e4b5bdcab5b4a6a1a3",
  "hex",
);
const GBK_TEXT = "市委书记王大明强调，要严格落实各项防控措施，确保会议精神落到实处。";

const ascii = (s: string) => Buffer.from(s, "latin1");
const page = (head: string, body: Buffer) =>
  Buffer.concat([ascii(`<html><head>${head}<title>t</title></head><body><p>`), body, ascii("</p></body></html>")]);

describe("declaredEncoding", () => {
  test("reads <meta charset> and <meta http-equiv> in any case, quoted or not", () => {
    assert.equal(declaredEncoding(ascii('<meta charset="GB2312">')), "gbk");
    assert.equal(declaredEncoding(ascii("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=big5'>")), "big5");
    assert.equal(declaredEncoding(ascii('<meta http-equiv="content-type" content="text/html;charset=gb18030" />')), "gb18030");
    assert.equal(declaredEncoding(ascii('<?xml version="1.0" encoding="GBK"?><html>')), "gbk");
  });
  test("ignores unknown labels and pages that declare nothing", () => {
    assert.equal(declaredEncoding(ascii('<meta charset="x-unknown-thing">')), null);
    assert.equal(declaredEncoding(ascii("<html><body>no declaration</body></html>")), null);
  });
});

describe("decodeHtml", () => {
  test("honours a declared GB2312 charset", () => {
    const d = decodeHtml("p.html", page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', GBK_SENTENCE));
    assert.equal(d.encoding, "gbk");
    assert.ok(d.text.includes(GBK_TEXT));
  });
  test("honours a declared Big5 charset", () => {
    const d = decodeHtml("p.html", page('<meta charset="big5">', BIG5_SENTENCE));
    assert.equal(d.encoding, "big5");
    assert.ok(d.text.includes(BIG5_TEXT));
  });
  test("sniffs GBK and Big5 when the page declares nothing", () => {
    assert.ok(decodeHtml("p.html", page("", GBK_SENTENCE)).text.includes(GBK_TEXT));
    const big5 = decodeHtml("p.html", page("", BIG5_SENTENCE));
    assert.equal(big5.encoding, "big5");
    assert.ok(big5.text.includes(BIG5_TEXT));
  });
  test("a page whose bytes contradict its declared UTF-8 is sniffed", () => {
    assert.ok(decodeHtml("p.html", page('<meta charset="utf-8">', GBK_SENTENCE)).text.includes(GBK_TEXT));
  });
  test("a byte-order mark outweighs the declaration", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<meta charset="gbk"><p>${GBK_TEXT}</p>`, "utf16le")]);
    assert.ok(decodeHtml("p.html", utf16).text.includes(GBK_TEXT));
  });
  test("NUL bytes mean binary", () => {
    assert.throws(() => decodeHtml("p.html", Buffer.from([0x3c, 0x70, 0x00, 0x01, 0x02])), CliError);
  });
});

describe("decodeText", () => {
  test("UTF-8, with or without BOM, and UTF-16 with BOM", () => {
    assert.equal(decodeText("a.txt", Buffer.from(GBK_TEXT, "utf8")).text, GBK_TEXT);
    assert.equal(decodeText("a.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GBK_TEXT)])).text, GBK_TEXT);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GBK_TEXT, "utf16le")]);
    assert.equal(decodeText("a.txt", le).text, GBK_TEXT);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodeText("a.txt", be).text, GBK_TEXT);
  });
  test("invalid UTF-8 is an error that names the offset", () => {
    const bytes = Buffer.concat([Buffer.from("开头", "utf8"), GBK_SENTENCE]);
    assert.throws(() => decodeText("a.txt", bytes), (e: unknown) => e instanceof CliError && /UTF-8.*offset 6/.test(e.message));
  });
  test("control characters throughout mean binary", () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    assert.throws(() => decodeText("a.txt", bytes), (e: unknown) => e instanceof CliError && /binary/.test(e.message));
  });
});
