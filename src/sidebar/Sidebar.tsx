/**
 * The summary panel, shown while the sidebar is open (the tab at the page edge that opens it
 * is plain DOM, content/edge-tab.ts). Keyboard: every control is a button; the panel takes
 * the focus when it opens; Escape closes it (and the host gives the focus back to the tab).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { CopyButton } from "./CopyButton";
import { HistoryLink } from "../history/HistoryLink";
import { toCsv, toJson, toMarkdown } from "../shared/format";
import { DirectivesSection } from "./DirectivesSection";
import { DocumentsSection } from "./DocumentsSection";
import { T } from "./labels";
import { useDirectiveKeys } from "./use-directive-keys";
import { MeetingSection } from "./MeetingSection";
import { OfficialsSection } from "./OfficialsSection";
import { SlogansSection } from "./SlogansSection";
import type { SidebarProps } from "./types";

// The copy formats are written when a button is pressed, here in the panel's chunk (loaded
// when the panel first opens): the page pays nothing for them until someone copies.
export function Sidebar({ extraction, url, onOpenChange, actions, site }: SidebarProps) {
  const { officials, directives } = extraction;
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useDirectiveKeys(panel, true);

  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onOpenChange(false);
    }
  };

  return (
    <aside ref={panel} class="panel" aria-label={T.product} onKeyDown={onKeyDown}>
      <header class="head">
        <h2 ref={heading} tabIndex={-1}>
          {T.product}
          <span class="sub">{T.summary}</span>
        </h2>
        <button type="button" class="close" data-action="close" aria-label={T.close} onClick={() => onOpenChange(false)}>
          ×
        </button>
      </header>
      <div class="toolbar" role="group" aria-label={T.copyAll}>
        <CopyButton action="copy-markdown" label={T.copyMarkdown} text={() => toMarkdown(extraction, { url: url || undefined })} copy={actions.copy} />
        <CopyButton action="copy-json" label={T.copyJson} text={() => toJson(extraction)} copy={actions.copy} />
        <CopyButton action="copy-csv" label={T.copyCsv} text={() => toCsv(extraction)} copy={actions.copy} />
        <HistoryLink />
      </div>
      <div class="body">
        <MeetingSection meta={extraction.meta} />
        <OfficialsSection officials={officials} actions={actions} announce={setStatus} />
        <DirectivesSection directives={directives} actions={actions} announce={setStatus} />
        <SlogansSection slogans={extraction.slogans} />
        <DocumentsSection documents={extraction.documents} />
      </div>
      <footer class="foot">
        <span class="hint">{T.keysHint}</span>
        {site && (
          <span class="site-actions">
            <button type="button" class="never" data-action="open-options" onClick={() => site.openOptions()}>
              {T.openOptions}
            </button>
            <button type="button" class="never" data-action="never-on-site" onClick={() => site.neverOnSite()}>
              {T.neverOnSite}
            </button>
          </span>
        )}
      </footer>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </aside>
  );
}
