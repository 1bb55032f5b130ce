/**
 * Policy phrases quoted in `“…”` / `「…」` and document titles in `《…》`, distinct, in
 * order of first appearance, without their brackets and without romanisation.
 */
import { positionsOf } from "./chars";
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
  const codes = view.codes;
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
      const c = codes[j];
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

/** The opening brackets, whose places `findLandmarks` notes. */
export const OPENING_CHARS = "“「《";

/** Slogans and document titles; `openings`: the places of OPENING_CHARS, in order. */
export function findPhrases(view: TextView, openings: readonly number[] = positionsOf(view.norm, OPENING_CHARS)): { slogans: string[]; documents: string[] } {
  const s = view.norm;
  const quotes: number[] = [];
  const corners: number[] = [];
  const books: number[] = [];
  for (const i of openings) {
    const c = s.charCodeAt(i);
    (c === 0x201c ? quotes : c === 0x300c ? corners : books).push(i);
  }
  return { slogans: slogans(view, quotes, corners), documents: bracketed(view, books, "《", "》", MAX_DOCUMENT, false) };
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
