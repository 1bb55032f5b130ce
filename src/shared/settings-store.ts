/**
 * Reading, writing and watching the settings in `storage.sync`. The storage area is passed
 * in (the polyfill's `browser.storage`), so this module imports no browser API itself.
 */
import { parseSettings, SETTINGS_KEY, type Settings } from "./settings";

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface StorageChange {
  newValue?: unknown;
}

export interface SettingsStorage {
  sync: StorageArea;
  onChanged: {
    addListener(listener: (changes: Record<string, StorageChange>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, StorageChange>, areaName: string) => void): void;
  };
}

/** The stored settings, or the defaults when storage is empty, corrupt or unreadable. */
export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    const items = await storage.sync.get(SETTINGS_KEY);
    return parseSettings(items?.[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Reads, changes and writes back: for one switch flipped outside the options page. */
export async function updateSettings(storage: SettingsStorage, change: (s: Settings) => void): Promise<Settings> {
  const settings = await loadSettings(storage);
  change(settings);
  await saveSettings(storage, settings);
  return settings;
}

/** Calls `listener` with the new, parsed settings whenever they change; returns the unsubscribe. */
export function watchSettings(storage: SettingsStorage, listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName === "sync" && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}
