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

function bracketed(view: TextView, open: string, close: string, max: number, stopAtSentenceEnd: boolean, at: number[] = []): string[] {
  const s = view.norm;
  const seen = new Set<string>();
  const out: string[] = [];
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  for (let i = s.indexOf(open); i >= 0; ) {
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
    i = s.indexOf(open, ok ? j + 1 : i + 1);
  }
  return out;
}

export function findSlogans(view: TextView): string[] {
  const atA: number[] = [];
  const atB: number[] = [];
  const a = bracketed(view, "“", "”", MAX_SLOGAN, true, atA);
  const b = bracketed(view, "「", "」", MAX_SLOGAN, true, atB);
  if (b.length === 0) return a;
  // Both quote styles, merged in order of first appearance, each phrase once.
  const all = [...a.map((t, i) => ({ t, at: atA[i] })), ...b.map((t, i) => ({ t, at: atB[i] }))].sort((x, y) => x.at - y.at);
  const seen = new Set<string>();
  return all.filter(({ t }) => !seen.has(t) && (seen.add(t), true)).map(({ t }) => t);
}

export function findDocuments(view: TextView): string[] {
  return bracketed(view, "《", "》", MAX_DOCUMENT, false);
}
