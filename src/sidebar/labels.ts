/**
 * The sidebar's words, from the extension's locales (src/shared/i18n.ts): Chinese by
 * default, English or traditional Chinese when the browser speaks it. Getters, so a label
 * is read when it is shown.
 */
import type { Extraction, Role } from "../extractor/types";
import { t } from "../shared/i18n";
import type { EdgeTabText } from "../shared/messages";

export const ROLE_LABELS: Record<Role, string> = {
  get chair() { return t("roleChair"); },
  get speaker() { return t("roleSpeaker"); },
  get attendee() { return t("roleAttendee"); },
  get mentioned() { return t("roleMentioned"); },
};

export const T = {
  get product() { return t("product"); },
  get summary() { return t("summary"); },
  get edgeLogo() { return t("edgeLogo"); },
  open: (officials: number, directives: number) => t("openSidebar", officials, directives),
  get close() { return t("close"); },
  get copyAll() { return t("copyAll"); },
  get copyMarkdown() { return t("copyMarkdown"); },
  get copyJson() { return t("copyJson"); },
  get copyCsv() { return t("copyCsv"); },
  get copy() { return t("copy"); },
  get copied() { return t("copied"); },
  get copyFailed() { return t("copyFailed"); },
  copyItem: (what: string) => t("copyItem", what),
  get meeting() { return t("meeting"); },
  get headline() { return t("headline"); },
  get date() { return t("date"); },
  get meetingName() { return t("meetingName"); },
  get chair() { return t("chair"); },
  get officials() { return t("officials"); },
  get directives() { return t("directives"); },
  get slogans() { return t("slogans"); },
  get documents() { return t("documents"); },
  get none() { return t("none"); },
  get unknown() { return t("unknown"); },
  get noSpeaker() { return t("noSpeaker"); },
  mentions: (n: number) => t("mentions", n),
  items: (n: number) => t("items", n),
  directiveLabel: (speaker: string, number: number) => t("directiveLabel", speaker, number),
  locate: (what: string) => t("locate", what),
  located: (what: string, position: number, total: number) =>
    total > 1 ? t("locatedNth", what, position, total) : t("locatedOne", what),
  notFound: (what: string) => t("notFound", what),
  get neverOnSite() { return t("neverOnSite"); },
  get openOptions() { return t("openOptions"); },
  get keysHint() { return t("keysHint"); },
};

/** The edge tab's words for an extraction (the worker writes them; see EdgeTabText). */
export function edgeTabText({ officials, directives }: Pick<Extraction, "officials" | "directives">): EdgeTabText {
  return { logo: T.edgeLogo, label: T.open(officials.length, directives.length) };
}
