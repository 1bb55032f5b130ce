/** The history page: an extension page reading the same IndexedDB the worker writes to. */
import { render } from "preact";
import { HistoryStore } from "../background/history-store";
import { HistoryApp } from "./HistoryApp";
import { t } from "../shared/i18n";
import "./history.css";

// The language the words are in, so the browser picks the right CJK glyphs (zh-TW vs zh-CN).
document.documentElement.lang = t("historyHtmlLang");
document.title = t("historyTitle");
render(<HistoryApp store={new HistoryStore()} />, document.getElementById("app") as HTMLElement);
