/**
 * The panel's way into the page: Preact and the Sidebar component, in a chunk of their own
 * that the content script imports only when the panel is first opened (sidebar-host.ts).
 */
import { h, render } from "preact";
import { Sidebar } from "./Sidebar";
import type { SidebarProps } from "./types";

export function mountSidebar(container: Element, props: SidebarProps): void {
  render(h(Sidebar, props), container);
}

export function unmountSidebar(container: Element): void {
  render(null, container);
}
