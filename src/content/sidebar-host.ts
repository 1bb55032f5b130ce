/**
 * The sidebar's place in the page: `<govlens-sidebar id="govlens-root">` with an open shadow
 * root (so the page's scripts and tests can reach in), styled only from inside. The host is
 * fixed and zero-sized: the page's layout does not move when it arrives.
 *
 * Closed, the sidebar is the edge tab alone, plain DOM. The panel (Preact and the sidebar's
 * components) is imported the first time it opens: most pages are read without opening it,
 * and its code is the larger part of the content script.
 */
import sidebarCss from "../sidebar/sidebar.css?inline";
import type { EdgeTabText } from "../shared/messages";
import type { SidebarProps } from "../sidebar/types";
import { createEdgeTab, updateEdgeTab } from "./edge-tab";

export type HostState = "ready" | "empty";

/** What the sidebar shows: the panel's content, whether it is open, the tab's words. */
export interface SidebarView {
  props: SidebarProps;
  open: boolean;
  tab: EdgeTabText;
}

type PanelModule = typeof import("../sidebar/mount");

// Inline and !important: a page rule for unknown elements or for `[id]` must not move it.
const HOST_STYLE =
  "all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; " +
  "width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;";

export class SidebarHost {
  readonly host: HTMLElement;
  private readonly mountPoint: ShadowRoot;
  private view: SidebarView | null = null;
  private tab: HTMLButtonElement | null = null;
  /** Where the panel renders, while it is open. */
  private panel: HTMLElement | null = null;
  private panelModule: Promise<PanelModule> | null = null;
  private loaded: PanelModule | null = null;

  constructor(
    private readonly doc: Document,
    /** Reports a panel that failed to load (the extension was updated under the page). */
    private readonly report: (error: unknown) => void = () => undefined,
  ) {
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

  /** Shows the view: the tab, or the panel in its place; null shows nothing. */
  render(view: SidebarView | null): void {
    const wasOpen = this.view?.open === true;
    this.view = view;
    if (!view) {
      this.closePanel();
      this.tab?.remove();
      this.tab = null;
      return;
    }
    // The tab and the panel take turns: either one is in the shadow root, never both.
    if (view.open) {
      this.tab?.remove();
      this.openPanel(view.props);
      return;
    }
    this.closePanel();
    this.tab ??= createEdgeTab(
      this.doc,
      () => this.view?.props.onOpenChange(true),
      // A pointer on the tab, or the focus, is a hint: fetch the panel's code before the click.
      () => void this.loadPanel().catch(() => undefined),
    );
    updateEdgeTab(this.tab, view.tab, view.props.extraction.officials.length);
    if (!this.tab.isConnected) this.mountPoint.append(this.tab);
    // Closing gives the focus back to the tab that opened the panel.
    if (wasOpen) this.tab.focus({ preventScroll: true });
  }

  remove(): void {
    this.view = null;
    this.closePanel();
    this.host.remove();
  }

  private openPanel(props: SidebarProps): void {
    if (this.loaded) {
      if (!this.panel) {
        this.panel = this.doc.createElement("div");
        this.mountPoint.append(this.panel);
      }
      this.loaded.mountSidebar(this.panel, props);
      return;
    }
    this.loadPanel().then(
      () => {
        // Still open and still ours once the code has arrived: show the latest view.
        if (this.view?.open && this.host.isConnected) this.openPanel(this.view.props);
      },
      (error: unknown) => this.report(error),
    );
  }

  private loadPanel(): Promise<PanelModule> {
    this.panelModule ??= import("../sidebar/mount").then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        // Asked again on the next open (a file the browser could not read this time).
        this.panelModule = null;
        throw error;
      },
    );
    return this.panelModule;
  }

  private closePanel(): void {
    if (!this.panel) return;
    this.loaded?.unmountSidebar(this.panel);
    this.panel.remove();
    this.panel = null;
  }
}
