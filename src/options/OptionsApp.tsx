/**
 * The options page. Every change is saved to storage.sync (debounced) and so reaches the
 * open tabs through storage.onChanged; changes made elsewhere show up here too.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { t, type MessageKey } from "../shared/i18n";
import {
  ANNOTATE_MODES,
  CATEGORIES,
  defaultSettings,
  parseSettings,
  type AnnotateMode,
  type Category,
  type Settings,
} from "../shared/settings";
import { loadSettings, saveSettings, watchSettings, type SettingsStorage } from "../shared/settings-store";
import { ListField } from "./ListField";
import { Preview } from "./Preview";

const MODE_LABEL: Record<AnnotateMode, MessageKey> = {
  auto: "optModeAuto",
  listed: "optModeListed",
  manual: "optModeManual",
};
const CATEGORY_LABEL: Record<Category, MessageKey> = {
  official: "optOfficial",
  directive: "optDirective",
  slogan: "optSlogan",
};
const SAVE_DELAY_MS = 250;

export function OptionsApp({ storage }: { storage: SettingsStorage }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings(storage).then(setSettings);
    return watchSettings(storage, (next) => {
      // Our own save comes back here too; only a different value replaces what is shown.
      setSettings((shown) => (shown && JSON.stringify(shown) === JSON.stringify(next) ? shown : next));
    });
  }, []);

  if (!settings) return null;

  const change = (edit: (s: Settings) => void) => {
    const next = parseSettings(structuredClone(settings));
    edit(next);
    setSettings(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      saveSettings(storage, next).then(
        () => setStatus(t("optSaved")),
        (error: unknown) => setStatus(t("optSaveFailed", String(error))),
      );
    }, SAVE_DELAY_MS);
  };

  return (
    <div class="options">
      <h1>{t("optionsTitle")}</h1>

      <fieldset>
        <legend>{t("optWhen")}</legend>
        {ANNOTATE_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => change((s) => (s.mode = mode))}
            />
            {t(MODE_LABEL[mode])}
          </label>
        ))}
        <ListField name="sites" label={t("optSites")} value={settings.sites} onChange={(l) => change((s) => (s.sites = l))} />
        <ListField
          name="blockedSites"
          label={t("optBlocked")}
          value={settings.blockedSites}
          onChange={(l) => change((s) => (s.blockedSites = l))}
        />
        <p class="help">{t("optShortcut")}</p>
      </fieldset>

      <fieldset>
        <legend>{t("optCategories")}</legend>
        {CATEGORIES.map((category) => (
          <div class="category" key={category}>
            <label class="choice">
              <input
                type="checkbox"
                name={`highlight-${category}`}
                checked={settings.highlight[category]}
                onChange={(e) => change((s) => (s.highlight[category] = (e.currentTarget as HTMLInputElement).checked))}
              />
              {t(CATEGORY_LABEL[category])}
            </label>
            <input
              type="color"
              name={`color-${category}`}
              aria-label={t("optColor", t(CATEGORY_LABEL[category]))}
              value={settings.colors[category]}
              onInput={(e) => change((s) => (s.colors[category] = (e.currentTarget as HTMLInputElement).value))}
            />
          </div>
        ))}
        <h2>{t("optPreview")}</h2>
        <Preview settings={settings} />
      </fieldset>

      <fieldset>
        <legend>{t("optLexicon")}</legend>
        <p class="help">{t("optLexiconHelp")}</p>
        <ListField
          name="extraTitles"
          label={t("optExtraTitles")}
          value={settings.extraTitles}
          onChange={(l) => change((s) => (s.extraTitles = l))}
        />
        <ListField
          name="extraNames"
          label={t("optExtraNames")}
          value={settings.extraNames}
          onChange={(l) => change((s) => (s.extraNames = l))}
        />
        <ListField
          name="ignoredNames"
          label={t("optIgnoredNames")}
          value={settings.ignoredNames}
          onChange={(l) => change((s) => (s.ignoredNames = l))}
        />
      </fieldset>

      <p class="actions">
        <button type="button" data-action="reset" onClick={() => change((s) => Object.assign(s, defaultSettings()))}>
          {t("optReset")}
        </button>
        <span class="status" role="status" aria-live="polite">
          {status}
        </span>
      </p>
    </div>
  );
}
