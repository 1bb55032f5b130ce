/**
 * The sidebar's place in the page: `<govlens-sidebar id="govlens-root">` with an open shadow
 * root (so the page's scripts and tests can reach in), styled only from inside. The host is
 * fixed and zero-sized: the page's layout does not move when it arrives.
 */
import { h, render } from "preact";
import { Sidebar } from "../sidebar/Sidebar";
import sidebarCss from "../sidebar/sidebar.css?inline";
import type { SidebarProps } from "../sidebar/types";

export type HostState = "ready" | "empty";

// Inline and !important: a page rule for unknown elements or for `[id]` must not move it.
const HOST_STYLE =
  "all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; " +
  "width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;";

export class SidebarHost {
  readonly host: HTMLElement;
  private readonly mountPoint: ShadowRoot;

  constructor(doc: Document) {
    this.host = doc.createElement("govlens-sidebar");
    this.host.id = "govlens-root";
    this.host.setAttribute("style", HOST_STYLE);
    this.mountPoint = this.host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = sidebarCss;
    this.mountPoint.append(style);
    // After <body>, not in it: the page's body:last-child and similar rules stay as they were.
    doc.documentElement.append(this.host);
  }

  /** `data-state` for tests and page scripts; `data-cached` tells whether the background
   * answered from its cache (a reload, or after the worker restarted). */
  setState(state: HostState, cached: boolean): void {
    this.host.dataset.state = state;
    this.host.dataset.cached = String(cached);
  }

  render(props: SidebarProps | null): void {
    render(props ? h(Sidebar, props) : null, this.mountPoint);
  }

  remove(): void {
    render(null, this.mountPoint);
    this.host.remove();
  }
}
