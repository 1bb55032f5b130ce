/**
 * The cheap first check on every page load: is this page Chinese? Reads at most a few
 * thousand characters of text nodes (no layout, no innerText) and counts Han characters.
 */

const SAMPLE_CHARS = 4000;
/** Han share of the letters sampled; Chinese pages sit far above it even with Latin chrome. */
const MIN_HAN_SHARE = 0.3;
const MIN_HAN_CHARS = 10;

const HAN = /\p{Script=Han}/u;
// Japanese writes Han too; its kana tell it apart.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_KANA_SHARE = 0.05;
const LETTER = /\p{L}/u;
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
  let han = 0;
  let kana = 0;
  let letters = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < SAMPLE_CHARS; node = walker.nextNode()) {
    if (SKIP.has(node.parentElement?.tagName.toUpperCase() ?? "")) continue;
    const data = (node as Text).data;
    for (const ch of data.slice(0, SAMPLE_CHARS - seen)) {
      if (HAN.test(ch)) han++;
      else if (KANA.test(ch)) kana++;
      if (LETTER.test(ch)) letters++;
    }
    seen += data.length;
  }
  return { han, kana, letters };
}
