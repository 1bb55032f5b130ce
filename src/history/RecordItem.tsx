/** One page in the history list: headline linking to the page, site, date, meeting, officials, directives. */
import type { HistoryRecord } from "../background/history-record";
import { recordDate } from "../background/history-record";
import { t } from "../shared/i18n";

interface Props {
  record: HistoryRecord;
  onDelete(record: HistoryRecord): void;
}

const savedAtText = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false });

export function RecordItem({ record, onDelete }: Props) {
  const x = record.extraction;
  const date = recordDate(record);
  return (
    <li class="record" data-id={record.id}>
      <div class="record-head">
        <h2>
          <a href={record.url} target="_blank" rel="noopener noreferrer" title={t("historyOpen")} data-action="open-page">
            {x.meta.title ?? t("historyUntitled")}
          </a>
        </h2>
        <button type="button" class="delete" data-action="delete" onClick={() => onDelete(record)}>
          {t("historyDelete")}
        </button>
      </div>
      <p class="facts">
        <span class="site">{record.site}</span>
        {date && <time dateTime={date}>{date}</time>}
        {x.meta.meeting && (
          <span class="meeting">
            {t("historyMeeting")}：{x.meta.meeting}
          </span>
        )}
        <span class="saved">{t("historySavedAt", savedAtText(record.savedAt))}</span>
      </p>
      {x.officials.length > 0 && (
        <ul class="officials" aria-label={t("historyOfficials")}>
          {x.officials.map((o) => (
            <li key={o.name}>
              <b>{o.name}</b>
              {o.titles.length > 0 && <span class="titles">{o.titles.join("、")}</span>}
            </li>
          ))}
        </ul>
      )}
      {x.directives.length > 0 && (
        <details class="directives">
          <summary>{t("historyDirectives", x.directives.length)}</summary>
          <ol>
            {x.directives.map((d) => (
              <li key={d.start}>
                <span class="speaker">{d.speaker ?? t("historyNoSpeaker")}</span>
                {d.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      {x.slogans.length > 0 && (
        <p class="slogans">
          {t("historySlogans")}：{x.slogans.map((s) => `“${s}”`).join(" ")}
        </p>
      )}
      {x.documents.length > 0 && (
        <p class="documents">
          {t("historyDocuments")}：{x.documents.map((d) => `《${d}》`).join(" ")}
        </p>
      )}
    </li>
  );
}
