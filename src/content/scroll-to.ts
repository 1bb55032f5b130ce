/** Brings a mark into view in the middle of the window, also inside scrolling containers. */
import type { Target } from "./highlighter";

export function scrollToTarget(target: Target, win: Window): void {
  const node = "startContainer" in target ? (target as Range).startContainer : (target as unknown as Node);
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // First any inner scroller (an article in an overflow box), at once and minimally ...
  el?.scrollIntoView({ block: "nearest", inline: "nearest" });
  // ... then the window, so the mark itself (not its long paragraph) sits a third down.
  const rect = target.getBoundingClientRect();
  const reduce = win.matchMedia("(prefers-reduced-motion: reduce)").matches;
  win.scrollTo({
    top: Math.max(0, win.scrollY + rect.top - win.innerHeight / 3),
    behavior: reduce ? "auto" : "smooth",
  });
}
