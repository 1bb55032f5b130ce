/** What the sidebar needs from the page it sits in; the content script provides it. */
import type { Extraction } from "../extractor/types";

export type ItemKind = "official" | "directive";

/** Where a click on an item landed: the mention shown, 1-based, out of how many. */
export interface Located {
  position: number;
  total: number;
}

export interface PageActions {
  /** Scrolls the page to the item's next mention and focuses it there; null if gone. */
  locate(kind: ItemKind, index: number): Located | null;
  /** Puts text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
}

/** What the sidebar can change about the site it is on. */
export interface SiteActions {
  /** Stops annotating this site (the page's marks and sidebar go at once). */
  neverOnSite(): void;
  /** Opens the options page in a new tab. */
  openOptions(): void;
}

/** What the open panel shows and can do. */
export interface SidebarProps {
  extraction: Extraction;
  /** The page's address, cited in the Markdown summary. */
  url: string;
  /** Called with false when the panel asks to close (its × button, Escape). */
  onOpenChange(open: boolean): void;
  actions: PageActions;
  site?: SiteActions;
}
