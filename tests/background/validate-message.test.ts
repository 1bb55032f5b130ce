import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_URL_LENGTH, validateExtractMessage, validateSettingsMessage, type SenderInfo } from "../../src/background/validate-message";
import { MAX_TEXT_LENGTH } from "../../src/shared/messages";

const OWN = "abcdefghijklmnopabcdefghijklmnop";
const tabSender: SenderInfo = { id: OWN, url: "https://www.example.gov.cn/a.html", tab: { id: 7 }, frameId: 0 };
const good = { type: "govlens/extract", text: "市委书记林远航主持会议。", url: "https://www.example.gov.cn/a.html" };

test("a well-formed request from our content script in a tab is accepted, as a fresh object", () => {
  const message = { ...good, extra: { huge: "x".repeat(10) } };
  const v = validateExtractMessage(message, tabSender, OWN);
  assert.equal(v.kind, "accept");
  if (v.kind !== "accept") return;
  assert.deepEqual(v.request, good);
  assert.notEqual(v.request, message);
  assert.equal(v.tabId, 7);
});

test("a missing url becomes an empty string", () => {
  const v = validateExtractMessage({ type: "govlens/extract", text: "文" }, tabSender, OWN);
  assert.equal(v.kind, "accept");
  if (v.kind === "accept") assert.equal(v.request.url, "");
});

test("traffic that is not ours is ignored, not answered", () => {
  for (const m of [null, undefined, 0, "govlens/extract", [], [good], {}, { type: "other" }, { type: 5 }]) {
    assert.equal(validateExtractMessage(m, tabSender, OWN).kind, "ignore", JSON.stringify(m));
  }
});

test("our message type from the wrong sender is rejected with an error", () => {
  const senders: SenderInfo[] = [
    { ...tabSender, id: "another-extension-id" },
    { ...tabSender, id: undefined },
    { id: OWN, url: `chrome-extension://${OWN}/popup.html` }, // an extension page: no tab
    { ...tabSender, tab: { id: -1 } },
    { ...tabSender, tab: { id: 1.5 } },
    { ...tabSender, url: "javascript:alert(1)" },
    { ...tabSender, url: "file:///etc/passwd" },
  ];
  for (const s of senders) {
    const v = validateExtractMessage(good, s, OWN);
    assert.equal(v.kind, "reject", JSON.stringify(s));
    if (v.kind === "reject") assert.ok(v.error.length > 0);
  }
});

test("malformed fields are rejected with an error", () => {
  const bad: unknown[] = [
    { type: "govlens/extract" },
    { type: "govlens/extract", text: 42 },
    { type: "govlens/extract", text: null },
    { type: "govlens/extract", text: ["a"] },
    { type: "govlens/extract", text: { length: 3 } },
    { type: "govlens/extract", text: "a", url: 5 },
    { type: "govlens/extract", text: "a", url: { href: "x" } },
  ];
  for (const m of bad) assert.equal(validateExtractMessage(m, tabSender, OWN).kind, "reject", JSON.stringify(m));
});

test("what only a structured clone carries (the manifest asks for it) is ignored or rejected like anything else", () => {
  // A Map or a typed array arrives as itself, not as the {} JSON made of it.
  assert.equal(validateExtractMessage(new Map([["type", "govlens/extract"]]), tabSender, OWN).kind, "ignore");
  assert.equal(validateExtractMessage(new Uint16Array([0x6587]), tabSender, OWN).kind, "ignore");
  const bad: unknown[] = [
    { type: "govlens/extract", text: new String("市委书记林远航主持会议。") },
    { type: "govlens/extract", text: new Uint16Array([0x6587]) },
    { type: "govlens/extract", text: "a", url: new Date(0) },
    { type: "govlens/extract", text: "a", url: new String("https://www.example.gov.cn/") },
    { type: "govlens/extract", text: 10n },
  ];
  for (const m of bad) assert.equal(validateExtractMessage(m, tabSender, OWN).kind, "reject", String((m as { text: unknown }).text));
});

test("sizes are capped: text at MAX_TEXT_LENGTH, url at MAX_URL_LENGTH", () => {
  const atLimit = validateExtractMessage({ ...good, text: "文".repeat(MAX_TEXT_LENGTH) }, tabSender, OWN);
  assert.equal(atLimit.kind, "accept");
  const over = validateExtractMessage({ ...good, text: "文".repeat(MAX_TEXT_LENGTH + 1) }, tabSender, OWN);
  assert.equal(over.kind, "reject");
  const longUrl = validateExtractMessage({ ...good, url: "https://a/" + "x".repeat(MAX_URL_LENGTH) }, tabSender, OWN);
  assert.equal(longUrl.kind, "reject");
});

test("getters and inherited fields are not read", () => {
  let read = false;
  const withGetter = {
    type: "govlens/extract",
    get text() {
      read = true;
      return "文";
    },
  };
  assert.equal(validateExtractMessage(withGetter, tabSender, OWN).kind, "reject");
  assert.equal(read, false);
  const inherited = Object.create({ type: "govlens/extract", text: "文" });
  assert.equal(validateExtractMessage(inherited, tabSender, OWN).kind, "ignore");
});

test("settings: any context of this extension may read them, nobody else", () => {
  const read = { type: "govlens/settings" };
  assert.deepEqual(validateSettingsMessage(read, tabSender, OWN), { kind: "settings" });
  assert.deepEqual(validateSettingsMessage(read, { id: OWN, url: `chrome-extension://${OWN}/src/options/index.html` }, OWN), { kind: "settings" });
  assert.equal(validateSettingsMessage(read, { ...tabSender, id: "another-extension-id" }, OWN).kind, "reject");
  for (const m of [null, "govlens/settings", [read], { type: "govlens/extract", text: "" }, Object.create(read)]) {
    assert.equal(validateSettingsMessage(m, tabSender, OWN).kind, "ignore", JSON.stringify(m));
  }
});

test("block-site: the site is the sending page's own host, whatever the message says", () => {
  const block = { type: "govlens/block-site", host: "www.other.cn" };
  assert.deepEqual(validateSettingsMessage(block, { ...tabSender, url: "https://WWW.Example.gov.cn:8443/a?b#c" }, OWN), {
    kind: "block-site",
    host: "www.example.gov.cn",
  });
  const senders: SenderInfo[] = [
    { ...tabSender, id: "another-extension-id" },
    { id: OWN, url: `chrome-extension://${OWN}/src/options/index.html` }, // no tab
    { ...tabSender, tab: { id: -1 } },
    { ...tabSender, url: undefined },
    { ...tabSender, url: "file:///etc/passwd" },
    { ...tabSender, url: "https://" },
  ];
  for (const s of senders) assert.equal(validateSettingsMessage(block, s, OWN).kind, "reject", JSON.stringify(s));
});
