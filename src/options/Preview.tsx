/** The sample sentence marked the way pages will be, redrawn as colours and switches change. */
import { highlightColors } from "../shared/highlight-colors";
import { t } from "../shared/i18n";
import type { Category, Settings } from "../shared/settings";

export function Preview({ settings }: { settings: Settings }) {
  const text = t("optPreviewText");
  const style = (category: Category) => {
    if (!settings.highlight[category]) return {};
    const { background, underline } = highlightColors(category, settings.colors[category]);
    return { backgroundColor: background, textDecoration: underline ? `underline 2px ${underline}` : "none" };
  };
  // The directive holds the slogan, the official stands before it: split the sentence there.
  const directive = t("optPreviewDirective");
  const official = t("optPreviewOfficial");
  const slogan = t("optPreviewSlogan");
  const d = text.indexOf(directive);
  const o = text.indexOf(official);
  if (d < 0 || o < 0 || o > d) return <p class="preview">{text}</p>;
  const s = directive.indexOf(slogan);
  return (
    <p class="preview" data-testid="preview">
      {text.slice(0, o)}
      <span data-kind="official" style={style("official")}>{official}</span>
      {text.slice(o + official.length, d)}
      <span data-kind="directive" style={style("directive")}>
        {s < 0 ? (
          directive
        ) : (
          <>
            {directive.slice(0, s)}
            <span data-kind="slogan" style={style("slogan")}>{slogan}</span>
            {directive.slice(s + slogan.length)}
          </>
        )}
      </span>
      {text.slice(d + directive.length)}
    </p>
  );
}
