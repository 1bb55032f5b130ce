/**
 * The cheap first check on every page load: is this page Chinese? Reads at most a few
 * thousand characters of text nodes (no layout, no innerText) and counts Han characters.
 */

const SAMPLE_CHARS = 4000;
/** Han share of the letters sampled; Chinese pages sit far above it even with Latin chrome. */
const MIN_HAN_SHARE = 0.3;
const MIN_HAN_CHARS = 10;

// Each counted with one native pass over the sample: what a replace of its runs leaves out.
// Plain code-point ranges, not Unicode property classes: those cost every page the check
// runs on (nearly every page) a compilation of several hundred microseconds.
/** The CJK ideographs: unified (with extension A) and compatibility. */
const HAN_RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
// Japanese writes Han too; its kana tell it apart.
const KANA_RUNS = /[\u3040-\u30ff]+/g;
const MAX_KANA_SHARE = 0.05;
/** What is not a letter in any script: spaces, digits, ASCII, general and CJK punctuation. */
const NOT_LETTER_RUNS = /[\s\d\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/g;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

export function shouldRun(doc: Document): boolean {
  const body = doc.body;
  if (!body || !doc.defaultView) return false;
  if (doc.contentType && !doc.contentType.includes("html")) return false;
  // A page that declares Chinese may still be an empty shell filled by script later.
  if (/^zh\b/i.test(doc.documentElement.lang)) return true;
  const { han, kana, letters } = countLetters(body);
  return han >= MIN_HAN_CHARS && han / letters >= MIN_HAN_SHARE && kana / letters <= MAX_KANA_SHARE;
}

function countLetters(root: Element): { han: number; kana: number; letters: number } {
  // Text nodes only (0x4 = NodeFilter.SHOW_TEXT, as a number so it runs under any DOM).
  const walker = root.ownerDocument.createTreeWalker(root, 0x4);
  let sample = "";
  for (let node = walker.nextNode(); node && sample.length < SAMPLE_CHARS; node = walker.nextNode()) {
    if (SKIP.has(node.parentElement?.tagName.toUpperCase() ?? "")) continue;
    sample += (node as Text).data.slice(0, SAMPLE_CHARS - sample.length);
  }
  return { han: count(sample, HAN_RUNS), kana: count(sample, KANA_RUNS), letters: sample.length - count(sample, NOT_LETTER_RUNS) };
}

function count(text: string, runs: RegExp): number {
  return text.length - text.replace(runs, "").length;
}
