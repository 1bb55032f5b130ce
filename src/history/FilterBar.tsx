/** Search box, site and date filters over the history list. */
import type { HistoryQuery } from "./history-search";
import { EMPTY_QUERY } from "./history-search";
import { t } from "../shared/i18n";

interface Props {
  query: HistoryQuery;
  sites: { site: string; count: number }[];
  onChange(query: HistoryQuery): void;
}

export function FilterBar({ query, sites, onChange }: Props) {
  const set = (patch: Partial<HistoryQuery>) => onChange({ ...query, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const filtered = query.words !== "" || query.site !== "" || query.from !== "" || query.to !== "";
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        <span>{t("historySearch")}</span>
        <input type="search" name="words" placeholder={t("historySearchPlaceholder")} value={query.words} onInput={(e) => set({ words: value(e) })} />
      </label>
      <label>
        <span>{t("historySite")}</span>
        <select name="site" value={query.site} onChange={(e) => set({ site: value(e) })}>
          <option value="">{t("historyAllSites")}</option>
          {sites.map((s) => (
            <option value={s.site} key={s.site}>
              {s.site} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("historyFrom")}</span>
        <input type="date" name="from" value={query.from} onChange={(e) => set({ from: value(e) })} />
      </label>
      <label>
        <span>{t("historyTo")}</span>
        <input type="date" name="to" value={query.to} onChange={(e) => set({ to: value(e) })} />
      </label>
      <button type="button" data-action="clear-filters" disabled={!filtered} onClick={() => onChange(EMPTY_QUERY)}>
        {t("historyClearFilters")}
      </button>
    </form>
  );
}
