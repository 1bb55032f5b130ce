/**
 * The summary panel and the tab at the page edge that opens it. Keyboard: every control is
 * a button; Escape closes the panel and gives focus back to the tab.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { CopyButton } from "./CopyButton";
import { HistoryLink } from "../history/HistoryLink";
import { DirectivesSection } from "./DirectivesSection";
import { DocumentsSection } from "./DocumentsSection";
import { T } from "./labels";
import { useDirectiveKeys } from "./use-directive-keys";
import { MeetingSection } from "./MeetingSection";
import { OfficialsSection } from "./OfficialsSection";
import { SlogansSection } from "./SlogansSection";
import type { SidebarProps } from "./types";

export function Sidebar({ extraction, exports, open, onOpenChange, actions, site }: SidebarProps) {
  const { officials, directives } = extraction;
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  const panel = useRef<HTMLElement>(null);
  useDirectiveKeys(panel, open);

  useEffect(() => {
    if (open && !wasOpen.current) heading.current?.focus({ preventScroll: true });
    if (!open && wasOpen.current) tab.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onOpenChange(false);
    }
  };

  if (!open) {
    if (officials.length === 0 && directives.length === 0) return null;
    return (
      <button
        ref={tab}
        type="button"
        class="edge-tab"
        data-action="open"
        aria-label={T.open(officials.length, directives.length)}
        aria-expanded="false"
        onClick={() => onOpenChange(true)}
      >
        <span class="edge-logo" aria-hidden="true">{T.edgeLogo}</span>
        <span class="edge-count" aria-hidden="true">{officials.length}</span>
      </button>
    );
  }

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
        <CopyButton action="copy-markdown" label={T.copyMarkdown} text={() => exports.markdown} copy={actions.copy} />
        <CopyButton action="copy-json" label={T.copyJson} text={() => exports.json} copy={actions.copy} />
        <CopyButton action="copy-csv" label={T.copyCsv} text={() => exports.csv} copy={actions.copy} />
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
