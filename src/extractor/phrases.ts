/**
 * Policy phrases quoted in `“…”` / `「…」` and document titles in `《…》`, distinct, in
 * order of first appearance, without their brackets and without romanisation.
 */
import type { TextView } from "./normalize";

/** Longest quoted phrase kept: longer quotations are cited speech, not watchwords. */
const MAX_SLOGAN = 80;
const MAX_DOCUMENT = 100;

const SPACE_RE = /\s/;
const SPACES_RE = /\s+/g;

/**
 * `opens`: where `open` stands in the text, in order. A phrase never holds its own opening
 * bracket (one met first ends the search for the close), so after a phrase the next opening
 * is the first after its close.
 */
function bracketed(view: TextView, opens: number[], open: string, close: string, max: number, stopAtSentenceEnd: boolean, at: number[] = []): string[] {
  const s = view.norm;
  const seen = new Set<string>();
  const out: string[] = [];
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  let from = 0;
  for (const i of opens) {
    if (i < from) continue;
    let j = i + 1;
    let ok = false;
    for (; j < s.length && j - i <= max + 1; j++) {
      const c = s.charCodeAt(j);
      if (c === closeCode) {
        ok = true;
        break;
      }
      // An unclosed bracket must not swallow the text after it (。 ! ? end a sentence).
      if (c === 0x0a || c === openCode || (stopAtSentenceEnd && (c === 0x3002 || c === 0x21 || c === 0x3f))) break;
    }
    if (ok && j > i + 1) {
      const text = view.kept.slice(i + 1, j).trim();
      const inner = s.slice(i + 1, j);
      const key = SPACE_RE.test(inner) ? inner.replace(SPACES_RE, "") : inner;
      if (text && !seen.has(key)) {
        seen.add(key);
        out.push(text);
        at.push(i);
      }
    }
    from = ok ? j + 1 : i + 1;
  }
  return out;
}

/**
 * Where each opening bracket stands, in one native scan for the three: `indexOf` for one of
 * them restarts at every 、 and 。, whose code units share a byte with 「 and 《.
 */
const OPENINGS_RE = /[“「《]/g;
function openings(s: string): { quote: number[]; corner: number[]; book: number[] } {
  const found = { quote: [] as number[], corner: [] as number[], book: [] as number[] };
  OPENINGS_RE.lastIndex = 0;
  while (OPENINGS_RE.test(s)) {
    const i = OPENINGS_RE.lastIndex - 1;
    const c = s.charCodeAt(i);
    (c === 0x201c ? found.quote : c === 0x300c ? found.corner : found.book).push(i);
  }
  return found;
}

/** Slogans and document titles, both read from one scan for their brackets. */
export function findPhrases(view: TextView): { slogans: string[]; documents: string[] } {
  const opens = openings(view.norm);
  return { slogans: slogans(view, opens.quote, opens.corner), documents: bracketed(view, opens.book, "《", "》", MAX_DOCUMENT, false) };
}

function slogans(view: TextView, quotes: number[], corners: number[]): string[] {
  const atA: number[] = [];
  const atB: number[] = [];
  const a = bracketed(view, quotes, "“", "”", MAX_SLOGAN, true, atA);
  const b = bracketed(view, corners, "「", "」", MAX_SLOGAN, true, atB);
  if (b.length === 0) return a;
  // Both quote styles, merged in order of first appearance, each phrase once.
  const all = [...a.map((t, i) => ({ t, at: atA[i] })), ...b.map((t, i) => ({ t, at: atB[i] }))].sort((x, y) => x.at - y.at);
  const seen = new Set<string>();
  return all.filter(({ t }) => !seen.has(t) && (seen.add(t), true)).map(({ t }) => t);
}
