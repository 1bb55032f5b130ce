/**
 * Extraction results per tab and article text, kept in a storage area that outlives the
 * service worker (Chromium stops an idle worker after ~30 s; `storage.session` survives
 * that but not a browser restart, which is the lifetime a page's result needs).
 * One entry per tab: a tab shows one article at a time, so the cache stays bounded.
 */
import type { ExtractResult } from "../shared/messages";

/** The part of `browser.storage.StorageArea` the cache uses (a fake one in unit tests). */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

type Cached = Pick<ExtractResult, "extraction">;

interface Entry {
  hash: string;
  result: Cached;
}

const keyOf = (tabId: number) => `govlens:tab:${tabId}`;

export class ResultCache {
  constructor(private readonly area: KeyValueArea) {}

  async get(tabId: number, hash: string): Promise<Cached | null> {
    const key = keyOf(tabId);
    const entry = (await this.area.get(key))[key] as Entry | undefined;
    return entry && entry.hash === hash ? entry.result : null;
  }

  /** Best effort: a full storage area (a huge page) only costs a re-run later. */
  async put(tabId: number, hash: string, result: Cached): Promise<void> {
    try {
      await this.area.set({ [keyOf(tabId)]: { hash, result } satisfies Entry });
    } catch {
      await this.forget(tabId);
    }
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(keyOf(tabId)).catch(() => undefined);
  }
}
