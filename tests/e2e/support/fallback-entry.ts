// What the fallback-highlighter test runs inside a page (bundled by support/bundle.ts).
export { MarkElementHighlighter } from "../../../src/content/highlight-fallback";
export { TextMap } from "../../../src/content/text-map";
export { pageText } from "../../../src/content/page-text";
