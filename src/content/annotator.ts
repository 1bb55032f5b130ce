/**
 * One page's annotation: find the article, send its text to the background, mark what
 * comes back and show the sidebar. `run()` can be called again whenever the page changes;
 * it does nothing when the article's text is the same as last time, and an answer that
 * arrives after a newer run started is dropped.
 */
import type { Extraction } from "../extractor/types";
import { MAX_TEXT_LENGTH, type EdgeTabText } from "../shared/messages";
import { withSentences } from "../shared/sent-extraction";
import type { ItemKind, Located, PageActions, SiteActions } from "../sidebar/types";
import { askBackgroundWithRetry } from "./background-link";
import { copyText } from "./clipboard";
import { createHighlighter, type Highlighter } from "./highlighter";
import { LazyMarks, type WantedMark } from "./lazy-marks";
import { scrollToTarget } from "./scroll-to";
import { SidebarHost } from "./sidebar-host";
import { pageText } from "./page-text";
import { TextMap } from "./text-map";
import { yieldToPage } from "./yield-to-page";

/** Fewer Han characters than this is a placeholder or a caption, not a report. */
const MIN_HAN = 30;
// The CJK ideographs as plain ranges (the boot check's): no Unicode tables to compile.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Whether the text holds `MIN_HAN` Han characters: counted up to that many and no further
 * (a count of all of them made an array as long as the article). */
function hasEnoughHan(text: string): boolean {
  HAN.lastIndex = 0;
  let found = 0;
  while (found < MIN_HAN && HAN.exec(text) !== null) found++;
  return found >= MIN_HAN;
}

interface Result {
  extraction: Extraction;
  tab: EdgeTabText;
  cached: boolean;
}

export class Annotator {
  private readonly highlighter: Highlighter;
  private host: SidebarHost | null = null;
  private result: Result | null = null;
  private lastText: string | null = null;
  private generation = 0;
  private open = false;
  /** Which mention each official's next click goes to. */
  private cursors = new Map<number, number>();
  private marks: LazyMarks | null = null;

  constructor(
    private readonly doc: Document,
    /** Runs DOM writes so the change watcher does not see them as page changes. */
    private readonly quietly: <T>(fn: () => T) => T = (fn) => fn(),
    private readonly site?: SiteActions,
  ) {
    this.highlighter = createHighlighter(doc);
  }

  async run(): Promise<void> {
    const page = pageText(this.doc) ?? { text: "", segments: [] };
    // Offsets into the cut text are offsets into the whole: the map needs no change.
    const text = page.text.slice(0, MAX_TEXT_LENGTH);
    const segments = page.segments;
    if (text === this.lastText) return;
    this.lastText = text;
    const generation = ++this.generation;

    if (!hasEnoughHan(text)) {
      this.show(null);
      return;
    }
    // Sending a long text costs about as much as collecting it did: the page gets a turn
    // between the two, so that neither makes the other's task longer.
    await yieldToPage();
    if (generation !== this.generation) return;
    let response;
    try {
      response = await askBackgroundWithRetry({ type: "govlens/extract", text, url: this.doc.location?.href ?? "" });
    } catch (error) {
      // Not answered (the worker failed to start, the extension is updating): the next
      // change of the page, or a reload, asks again.
      if (generation === this.generation) this.lastText = null;
      throw error;
    }
    if (generation !== this.generation) return;
    if (!response?.ok) {
      this.show(null);
      return;
    }
    // The answer comes back in the task that delivered it; the page gets a turn first.
    await yieldToPage();
    if (generation !== this.generation) return;
    const wanted: WantedMark[] = [];
    response.extraction.officials.forEach((official, i) =>
      official.mentions.forEach((span, m) => wanted.push({ kind: "official", key: `official:${i}:${m}`, span })),
    );
    response.extraction.directives.forEach((directive, i) =>
      wanted.push({ kind: "directive", key: `directive:${i}`, span: directive }),
    );
    response.extraction.sloganSpans.forEach((spans, i) =>
      spans.forEach((span, m) => wanted.push({ kind: "slogan", key: `slogan:${i}:${m}`, span })),
    );
    this.marks?.stop();
    const marks = new LazyMarks(wanted, new TextMap(segments), this.highlighter, this.doc.defaultView as Window, this.quietly);
    this.marks = marks;
    if (!(await marks.start(() => generation === this.generation))) return;
    // The marks in one task, the sidebar in the next: each stays short on a long page.
    await yieldToPage();
    if (generation !== this.generation) return;
    this.show({ ...response, extraction: withSentences(response.extraction, text) }, false);
  }

  /** Runs again even if the text is unchanged: the user's lexicon changed. */
  refresh(): Promise<void> {
    this.lastText = null;
    return this.run();
  }

  toggle(): boolean | null {
    if (!this.result || !hasFindings(this.result.extraction)) return null;
    this.setOpen(!this.open);
    return this.open;
  }

  /** Takes every mark and the sidebar out of the page. */
  destroy(): void {
    this.generation++;
    this.marks?.stop();
    this.marks = null;
    this.quietly(() => this.highlighter.clear());
    this.host?.remove();
    this.host = null;
  }

  /** `clear`: no marks go with this result (nothing found), so those drawn before go. */
  private show(result: Result | null, clear = true): void {
    this.result = result;
    this.cursors.clear();
    if (clear) {
      this.marks?.stop();
      this.marks = null;
      this.quietly(() => this.highlighter.draw([]));
    }
    if (!this.host) this.host = this.quietly(() => new SidebarHost(this.doc, (error) => console.debug("[govlens]", error)));
    const found = result !== null && hasFindings(result.extraction);
    if (!found) this.open = false;
    this.host.setState(found ? "ready" : "empty", result?.cached ?? false);
    this.renderSidebar();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.renderSidebar();
  }

  private renderSidebar(): void {
    if (!this.host) return;
    const result = this.result;
    this.host.render(
      result && hasFindings(result.extraction)
        ? {
            props: {
              extraction: result.extraction,
              url: this.doc.location?.href ?? "",
              onOpenChange: (open) => this.setOpen(open),
              actions: this.actions,
              site: this.site,
            },
            open: this.open,
            tab: result.tab,
          }
        : null,
    );
  }

  private readonly actions: PageActions = {
    locate: (kind, index) => this.locate(kind, index),
    copy: (text) => copyText(text, this.doc),
  };

  private locate(kind: ItemKind, index: number): Located | null {
    const wanted =
      kind === "official"
        ? (this.result?.extraction.officials[index]?.mentions ?? []).map((_, m) => `official:${index}:${m}`)
        : [`directive:${index}`];
    // Those not drawn yet (far down a long page) are drawn now.
    const keys = this.marks?.ensure(wanted) ?? [];
    if (keys.length === 0) return null;
    const position = kind === "official" ? ((this.cursors.get(index) ?? -1) + 1) % keys.length : 0;
    if (kind === "official") this.cursors.set(index, position);
    const target = this.quietly(() => this.highlighter.focus(keys[position]));
    if (!target) return null;
    scrollToTarget(target, this.doc.defaultView as Window);
    return { position: position + 1, total: keys.length };
  }
}

function hasFindings(x: Extraction): boolean {
  return x.officials.length > 0 || x.directives.length > 0;
}
