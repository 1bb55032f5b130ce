/**
 * The text the extractor reads from an input file: a plain-text report as it is, a saved
 * web page reduced to its article. Which of the two a file is comes from its extension, or,
 * for other names and standard input, from whether it starts like markup.
 */
import { decodeHtml, decodeText } from "./charset";
import { articleTextOfPage } from "./html-to-text";
import type { InputFile } from "./read-input";

const HTML_NAME = /\.(x?html?|shtml|php|aspx?|jsp)$/i;
const TEXT_NAME = /\.(txt|text)$/i;
const MARKUP_START = /^\s*<(?:!doctype|html|head|body|meta|title|div|p|table|!--)/i;

export function isHtmlInput(input: InputFile): boolean {
  if (HTML_NAME.test(input.name)) return true;
  if (TEXT_NAME.test(input.name)) return false;
  const start = new TextDecoder("latin1").decode(input.bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, "");
  return MARKUP_START.test(start);
}

export function inputText(input: InputFile): string {
  if (isHtmlInput(input)) {
    const { text } = decodeHtml(input.name, input.bytes);
    return articleTextOfPage(input.name, text);
  }
  // The extractor's offsets index this very string; only a BOM is dropped (TextDecoder does).
  return decodeText(input.name, input.bytes).text;
}
