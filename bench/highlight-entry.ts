// What the highlighting comparison runs inside the page (bundled by tests/e2e/support/bundle.ts):
// the content script's own offset-to-Range map and CSS Custom Highlight API highlighter.
export { CssHighlighter } from "../src/content/highlight-api";
export { TextMap } from "../src/content/text-map";
