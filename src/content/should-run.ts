/**
 * The cheap first check on every page load: is this page Chinese? Reads at most a few
 * thousand characters of text nodes (no layout, no innerText) and counts Han characters.
 */

const SAMPLE_CHARS = 4000;
/** Han share of the letters sampled; Chinese pages sit far above it even with Latin chrome. */
const MIN_HAN_SHARE = 0.3;
const MIN_HAN_CHARS = 10;

// Global: counted with one native match() pass each over the sample, not per character.
const HAN = /\p{Script=Han}/gu;
// Japanese writes Han too; its kana tell it apart.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const MAX_KANA_SHARE = 0.05;
const LETTER = /\p{L}/gu;
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
  return { han: count(sample, HAN), kana: count(sample, KANA), letters: count(sample, LETTER) };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
