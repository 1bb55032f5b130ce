/**
 * The sidebar's way to the history page: a button that has the worker open it in a new tab
 * (a page cannot open extension pages itself), and that says so when history is full.
 * Runs in the content script: it asks the worker, it never opens the database itself.
 */
import { useEffect, useState } from "preact/hooks";
import { askBackground } from "../content/background-link";
import { t } from "../shared/i18n";

export function HistoryLink() {
  const [full, setFull] = useState(false);
  useEffect(() => {
    let live = true;
    askBackground({ type: "govlens/history-status" })
      .then((answer) => live && setFull(Boolean(answer?.fullSince)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const open = (event: MouseEvent) => {
    event.stopPropagation();
    askBackground({ type: "govlens/open-history" }).catch(() => undefined);
  };
  return (
    <button
      type="button"
      class="copy"
      data-action="open-history"
      data-history-full={full ? "true" : undefined}
      title={full ? t("historySidebarLinkFullHint") : t("historySidebarLinkHint")}
      onClick={open}
    >
      {full ? t("historySidebarLinkFull") : t("historySidebarLink")}
    </button>
  );
}
