import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { inputText } from "../../src/cli/input-text";

// Real sites in shapes the fixture pages lack: the text for each is its headline, the date and
// source line when the article's block holds one or it stands under a headline outside the
// block, and its paragraphs in order, nothing from the furniture around them, in the page's
// own charset.
const DIR = new URL("./pages/", import.meta.url).pathname;
const lines = (text: string) => text.split("\n").map((l) => l.replace(/[\s\u00a0\u3000]+/g, "")).filter(Boolean);

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".html")).sort()) {
  test(`${file}: the headline and the article's paragraphs, nothing else`, () => {
    const want = JSON.parse(readFileSync(DIR + file.replace(/\.html$/, ".expected.json"), "utf8")) as { headline: string; dateline?: string; paragraphs: string[] };
    const text = inputText({ name: file, bytes: new Uint8Array(readFileSync(DIR + file)) });
    assert.deepEqual(lines(text), lines([want.headline, want.dateline ?? "", ...want.paragraphs].join("\n")));
  });
}
