import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightCss } from "../../src/content/highlight-style";
import { defaultSettings } from "../../src/shared/settings";
import { highlightColors } from "../../src/shared/highlight-colors";

test("each category gets its colour, translucent; officials underlined", () => {
  const s = defaultSettings();
  s.colors.official = "#ff0000";
  s.colors.slogan = "#00ff00";
  const css = highlightCss(s);
  assert.match(css, /::highlight\(govlens-official\), govlens-mark\[data-kind="official"\] \{ background-color: rgba\(255, 0, 0, 0\.42\) !important; text-decoration: underline 2px rgb\(255, 0, 0\) !important; \}/);
  assert.match(css, /::highlight\(govlens-slogan\)[^}]*rgba\(0, 255, 0, 0\.3\)[^}]*text-decoration: none/);
  assert.match(css, /::highlight\(govlens-directive\)[^}]*rgba\(56, 132, 255, 0\.22\)/);
});

test("a switched-off category is drawn transparent, the others stay", () => {
  const s = defaultSettings();
  s.highlight.directive = false;
  const css = highlightCss(s);
  assert.match(css, /::highlight\(govlens-directive\)[^}]*background-color: transparent/);
  assert.doesNotMatch(css, /::highlight\(govlens-official\)[^}]*transparent/);
});

test("backgrounds are translucent for every colour, so page text shows through on dark pages", () => {
  for (const category of ["official", "directive", "slogan"] as const) {
    for (const hex of ["#000000", "#ffffff", "#123abc"]) {
      const alpha = Number(highlightColors(category, hex).background.match(/, ([\d.]+)\)$/)![1]);
      assert.ok(alpha > 0.1 && alpha < 0.5, `${category} ${hex}: ${alpha}`);
    }
  }
});
