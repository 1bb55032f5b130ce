/**
 * Policy phrases quoted in `“…”` / `「…」` and document titles in `《…》`, distinct, in
 * order of first appearance, without their brackets and without romanisation.
 */
import type { TextView } from "./normalize";

/** Longest quoted phrase kept: longer quotations are cited speech, not watchwords. */
const MAX_SLOGAN = 80;
const MAX_DOCUMENT = 100;

function bracketed(view: TextView, open: string, close: string, max: number, stopAtSentenceEnd: boolean, at: number[] = []): string[] {
  const s = view.norm;
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = s.indexOf(open); i >= 0; ) {
    let j = i + 1;
    let ok = false;
    for (; j < s.length && j - i <= max + 1; j++) {
      const ch = s[j];
      if (ch === close) {
        ok = true;
        break;
      }
      // An unclosed bracket must not swallow the text after it.
      if (ch === "\n" || ch === open || (stopAtSentenceEnd && (ch === "。" || ch === "!" || ch === "?"))) break;
    }
    if (ok && j > i + 1) {
      const text = view.kept.slice(i + 1, j).trim();
      const key = s.slice(i + 1, j).replace(/\s+/g, "");
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
