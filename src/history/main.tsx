/** The history page: an extension page reading the same IndexedDB the worker writes to. */
import { render } from "preact";
import { HistoryStore } from "../background/history-store";
import { HistoryApp } from "./HistoryApp";
import { t } from "./strings";
import "./history.css";

document.title = t("title");
render(<HistoryApp store={new HistoryStore()} />, document.getElementById("app") as HTMLElement);
