/**
 * From a chosen colour to what is drawn: a translucent background (the page's own text
 * colour shows through it, so dark pages stay readable) and, for officials, an opaque
 * underline. Shared by the page's highlights and the options page's preview.
 */
import type { Category } from "./settings";

const ALPHA: Record<Category, number> = { official: 0.42, directive: 0.22, slogan: 0.3 };

export interface HighlightColors {
  background: string;
  underline: string | null;
}

export function highlightColors(category: Category, hex: string): HighlightColors {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0);
  return {
    background: `rgba(${r}, ${g}, ${b}, ${ALPHA[category]})`,
    underline: category === "official" ? `rgb(${r}, ${g}, ${b})` : null,
  };
}
