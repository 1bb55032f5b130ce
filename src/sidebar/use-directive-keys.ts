/**
 * j / k (and ↓ / ↑ while the focus is in the panel) walk the directives in the order the
 * sidebar lists them; each step locates the directive in the page (scroll + focus mark)
 * and marks the item as current. Keys typed into the page's fields, or with a modifier,
 * are never taken; arrows elsewhere keep scrolling the page.
 */
import { useEffect } from "preact/hooks";
import type { RefObject } from "preact";

const NEXT = new Set(["j", "ArrowDown"]);
const PREVIOUS = new Set(["k", "ArrowUp"]);

export function useDirectiveKeys(panel: RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    const root = panel.current;
    if (!open || !root) return;
    const doc = root.ownerDocument;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
      if (step === 0) return;
      const path = event.composedPath();
      if (isTyping(path[0])) return;
      if (event.key.startsWith("Arrow") && !path.includes(root)) return;
      const items = [...root.querySelectorAll<HTMLElement>('li[data-kind="directive"]')];
      if (items.length === 0) return;
      event.preventDefault();
      const from = items.findIndex((li) => li.getAttribute("aria-current") === "true");
      const at = from === -1 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, from + step));
      items.forEach((li, i) => (i === at ? li.setAttribute("aria-current", "true") : li.removeAttribute("aria-current")));
      items[at].scrollIntoView({ block: "nearest" });
      items[at].querySelector<HTMLElement>('[data-action="locate"]')?.click();
    };
    doc.addEventListener("keydown", onKeyDown);
    return () => doc.removeEventListener("keydown", onKeyDown);
  }, [open, panel.current]);
}

function isTyping(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.localName;
  if (tag === "input" || tag === "textarea" || tag === "select") return true;
  return (target as HTMLElement).isContentEditable === true;
}
