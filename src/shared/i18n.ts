/**
 * UI strings through the browser's i18n (`_locales/<lang>/messages.json`, picked by the
 * browser's UI language, zh_CN when none matches). Synchronous and free of the polyfill, so
 * labels can be plain getters. Outside an extension (Node tests) a key stands for itself.
 */
export type MessageKey = keyof typeof import("../../public/_locales/zh_CN/messages.json");

interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function api(): I18n | undefined {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const text = api()?.getMessage(key, substitutions.map(String));
    if (text) return text;
  } catch {
    // An orphaned content script (extension reloaded) can no longer read its messages.
  }
  return substitutions.length > 0 ? `${key}(${substitutions.join(", ")})` : key;
}
