/**
 * The tab at the page's edge that opens the sidebar: a plain button, built with DOM calls,
 * so that the page pays for neither Preact nor the sidebar's code until someone opens it.
 * Its words come written by the worker (EdgeTabText).
 */
import type { EdgeTabText } from "../shared/messages";

/** `onOpen` on a click; `onHint` when a pointer comes over the tab or it takes the focus. */
export function createEdgeTab(doc: Document, onOpen: () => void, onHint: () => void): HTMLButtonElement {
  const tab = doc.createElement("button");
  tab.type = "button";
  tab.className = "edge-tab";
  tab.dataset.action = "open";
  tab.setAttribute("aria-expanded", "false");
  for (const name of ["edge-logo", "edge-count"]) {
    const span = doc.createElement("span");
    span.className = name;
    span.setAttribute("aria-hidden", "true");
    tab.append(span);
  }
  tab.addEventListener("click", onOpen);
  tab.addEventListener("pointerenter", onHint);
  tab.addEventListener("focus", onHint);
  return tab;
}

/** Puts the words and the number of officials on the tab. */
export function updateEdgeTab(tab: HTMLButtonElement, text: EdgeTabText, officials: number): void {
  tab.setAttribute("aria-label", text.label);
  const [logo, count] = tab.children;
  logo.textContent = text.logo;
  count.textContent = String(officials);
}
