/**
 * The user's highlight colours and categories, applied to the page as one constructed style
 * sheet in `document.adoptedStyleSheets`: no element is added to the page, a page CSP that
 * forbids inline styles does not apply to it, and changing a setting replaces its text in
 * place. `!important` so it wins over the defaults in highlight.css wherever both apply.
 */
import { CATEGORIES, defaultSettings, type Category, type Settings } from "../shared/settings";
import { highlightColors } from "../shared/highlight-colors";

const sheets = new WeakMap<Document, CSSStyleSheet>();

export function highlightCss(settings: Pick<Settings, "colors" | "highlight">): string {
  return CATEGORIES.map((category) => rulesFor(category, settings)).join("\n");
}

function rulesFor(category: Category, settings: Pick<Settings, "colors" | "highlight">): string {
  const selectors = `::highlight(govlens-${category}), govlens-mark[data-kind="${category}"]`;
  if (!settings.highlight[category]) {
    return `${selectors} { background-color: transparent !important; text-decoration: none !important; }`;
  }
  const { background, underline } = highlightColors(category, settings.colors[category]);
  const line = underline ? `underline 2px ${underline}` : "none";
  return `${selectors} { background-color: ${background} !important; text-decoration: ${line} !important; }`;
}

/** The sheet the default settings make: highlight.css draws the same (a test holds them equal). */
let defaultCss: string | null = null;

/**
 * Puts (or updates) the sheet; false where constructed sheets are missing (defaults stay).
 * With the default settings there is no sheet: highlight.css, which the browser injects with
 * the script, already draws them, and a sheet added to the page restyles all of it, which
 * on a long page costs it several milliseconds.
 */
export function applyHighlightStyle(doc: Document, settings: Pick<Settings, "colors" | "highlight">): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.CSSStyleSheet !== "function" || !("adoptedStyleSheets" in doc)) return false;
  const css = highlightCss(settings);
  defaultCss ??= highlightCss(defaultSettings());
  if (css === defaultCss) {
    removeHighlightStyle(doc);
    return true;
  }
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheets.set(doc, sheet);
    }
    sheet.replaceSync(css);
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

export function removeHighlightStyle(doc: Document): void {
  const sheet = sheets.get(doc);
  if (sheet && "adoptedStyleSheets" in doc) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
