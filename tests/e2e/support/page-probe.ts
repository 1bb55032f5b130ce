/**
 * Reads what the extension did to a page, from the page's main world: the ranges in
 * `CSS.highlights` (the registry is the document's, shared by every script world), the
 * sidebar's state and items, and the page text the content script would send.
 */
import type { Page } from "playwright-core";
import { bundleForPage } from "./bundle";

export interface DrawnRange {
  text: string;
  /** Document offset of the range's top, to tell two mentions of one name apart. */
  top: number;
  left: number;
  inViewport: boolean;
}

export async function highlights(page: Page, name: string): Promise<DrawnRange[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    if (!h) return [];
    // The highlights hold StaticRanges: a live Range over the same points reads them.
    return [...(h as unknown as Set<AbstractRange>)].map((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      const rect = r.getBoundingClientRect();
      return {
        text: r.toString(),
        top: rect.top + window.scrollY,
        left: rect.left + window.scrollX,
        inViewport: rect.bottom > 0 && rect.top < window.innerHeight,
      };
    });
  }, name);
}

/** How many highlight ranges touch any element matching `selector`. */
export async function highlightsInside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const noise = [...document.querySelectorAll(selector)];
    const hits: string[] = [];
    for (const name of ["govlens-official", "govlens-directive"]) {
      for (const s of (CSS.highlights.get(name) ?? []) as unknown as Set<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        if (noise.some((el) => r.intersectsNode(el))) hits.push(r.toString());
      }
    }
    return hits;
  }, selector);
}

export interface PageText {
  text: string;
  /** [start, end) of the text that has a node in the page. */
  mapped: [number, number][];
}

/** The text the content script sends for this page, computed by the same module in the page. */
export async function pageTextOf(page: Page): Promise<PageText | null> {
  const code = await bundleForPage("src/content/page-text.ts", "GovlensPageText");
  return page.evaluate(`(() => {
    ${code}
    const t = GovlensPageText.pageText(document);
    return t && { text: t.text, mapped: t.segments.map((s) => [s.start, s.end]) };
  })()`) as Promise<PageText | null>;
}

export function isMapped(t: PageText, start: number, end: number): boolean {
  return t.mapped.some(([s, e]) => s < end && e > start);
}

export async function hostState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.getElementById("govlens-root")?.getAttribute("data-state") ?? null);
}

/** Waits until the content script has annotated the page (ready or empty). */
export async function waitAnnotated(page: Page, timeout = 15_000): Promise<string> {
  await page.waitForSelector("#govlens-root[data-state]", { state: "attached", timeout });
  return (await hostState(page)) as string;
}

export async function sidebarItems(page: Page): Promise<{ officials: string[]; directives: number }> {
  return page.evaluate(() => {
    const root = document.getElementById("govlens-root")?.shadowRoot;
    return {
      officials: [...(root?.querySelectorAll('[data-kind="official"]') ?? [])].map(
        (el) => el.getAttribute("data-name") ?? "",
      ),
      directives: root?.querySelectorAll('[data-kind="directive"]').length ?? 0,
    };
  });
}

/** Clicks the edge tab and waits for the panel: its code is fetched on the first open. */
export async function openPanel(page: Page): Promise<void> {
  await page.locator('#govlens-root [data-action="open"]').click();
  await page.locator("#govlens-root aside.panel").waitFor();
}
