import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
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

/** Each rule of a style sheet's text: its selector and its declarations, by property. */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const d of body.split(";")) {
      const colon = d.indexOf(":");
      if (colon > 0) declarations.set(d.slice(0, colon).trim(), d.slice(colon + 1).replace("!important", "").trim());
    }
    for (const selector of selectors.split(",")) out.set(selector.trim(), declarations);
  }
  return out;
}

test("highlight.css draws exactly what the default settings' sheet would, so the defaults need no sheet", () => {
  const shipped = rules(readFileSync(new URL("../../src/content/highlight.css", import.meta.url), "utf8"));
  const settings = rules(highlightCss(defaultSettings()));
  assert.equal(settings.size, 6, "three categories, two selectors each");
  for (const [selector, declarations] of settings) {
    const own = shipped.get(selector);
    assert.ok(own, `highlight.css styles ${selector}`);
    assert.equal(own.get("background-color"), declarations.get("background-color"), selector);
    assert.equal(own.get("text-decoration") ?? "none", declarations.get("text-decoration"), selector);
  }
});
