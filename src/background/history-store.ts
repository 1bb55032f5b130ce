/**
 * The reader's history in IndexedDB (through `idb`). The worker writes a record for every
 * annotated page; the history page, an extension page of the same origin, reads, deletes and
 * imports through this same module. IndexedDB rather than `storage.local`: thousands of
 * records are listed and searched without the whole set being one JSON value.
 *
 * Quota guard: before a write the origin's usage is checked against its quota; when it is
 * nearly full (or the browser refuses the write) the record is not kept, `HistoryFullError`
 * says so, and the failure is remembered so the history page can tell the reader.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { HistoryRecord } from "./history-record";

const DB_NAME = "govlens-history";
const DB_VERSION = 1;

/** Writes stop when the origin has used this share of its quota. */
export const QUOTA_SHARE_LIMIT = 0.95;

export interface HistoryStatus {
  /** When a page could not be kept because storage was full; null after a later success. */
  fullSince: string | null;
}

interface Schema extends DBSchema {
  records: { key: string; value: HistoryRecord; indexes: { savedAt: string } };
  status: { key: string; value: HistoryStatus };
}

export class HistoryFullError extends Error {
  constructor() {
    super("history storage is full");
    this.name = "HistoryFullError";
  }
}

export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

export interface HistoryStoreOptions {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** The origin's usage and quota; `navigator.storage.estimate` by default. */
  estimate?: () => Promise<StorageEstimate>;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Already present with the same or a later `savedAt`. */
  unchanged: number;
}

const STATUS_KEY = "status";

function defaultEstimate(): Promise<StorageEstimate> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<StorageEstimate> } } }).navigator
    ?.storage;
  return storage?.estimate ? storage.estimate() : Promise.resolve({});
}

function isQuotaError(err: unknown): boolean {
  return err instanceof Error && (err.name === "QuotaExceededError" || /quota/i.test(err.message));
}

export class HistoryStore {
  private db: Promise<IDBPDatabase<Schema>> | null = null;
  private readonly name: string;
  private readonly estimate: () => Promise<StorageEstimate>;

  constructor(options: HistoryStoreOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.estimate = options.estimate ?? defaultEstimate;
  }

  private open(): Promise<IDBPDatabase<Schema>> {
    this.db ??= openDB<Schema>(this.name, DB_VERSION, {
      upgrade(db) {
        const records = db.createObjectStore("records", { keyPath: "id" });
        records.createIndex("savedAt", "savedAt");
        db.createObjectStore("status");
      },
    });
    return this.db;
  }

  /** Keeps a page's record, replacing the one with the same id. */
  async save(record: HistoryRecord): Promise<void> {
    await this.guardQuota();
    try {
      const db = await this.open();
      const tx = db.transaction(["records", "status"], "readwrite");
      await Promise.all([tx.objectStore("records").put(record), tx.objectStore("status").delete(STATUS_KEY), tx.done]);
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      await this.markFull();
      throw new HistoryFullError();
    }
  }

  private async guardQuota(): Promise<void> {
    const { usage, quota } = await this.estimate().catch((): StorageEstimate => ({}));
    if (usage !== undefined && quota !== undefined && quota > 0 && usage >= quota * QUOTA_SHARE_LIMIT) {
      await this.markFull();
      throw new HistoryFullError();
    }
  }

  private async markFull(): Promise<void> {
    const db = await this.open();
    // Keep the first time it filled up; the status record is tiny, so this write still fits.
    const current = await db.get("status", STATUS_KEY);
    if (current?.fullSince) return;
    await db.put("status", { fullSince: new Date().toISOString() }, STATUS_KEY).catch(() => undefined);
  }

  async status(): Promise<HistoryStatus> {
    const db = await this.open();
    return (await db.get("status", STATUS_KEY)) ?? { fullSince: null };
  }

  /** Every record, newest first. */
  async all(): Promise<HistoryRecord[]> {
    const db = await this.open();
    return (await db.getAllFromIndex("records", "savedAt")).reverse();
  }

  async get(id: string): Promise<HistoryRecord | undefined> {
    return (await this.open()).get("records", id);
  }

  async count(): Promise<number> {
    return (await this.open()).count("records");
  }

  async delete(ids: readonly string[]): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(["records", "status"], "readwrite");
    const records = tx.objectStore("records");
    // Room was made: the next page may fit again.
    await Promise.all([...ids.map((id) => records.delete(id)), tx.objectStore("status").delete(STATUS_KEY), tx.done]);
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(["records", "status"], "readwrite");
    await Promise.all([tx.objectStore("records").clear(), tx.objectStore("status").clear(), tx.done]);
  }

  /**
   * Adds records from an export. A record already here (same id) is replaced only by a
   * later one, so importing the same file twice changes nothing.
   */
  async import(incoming: readonly HistoryRecord[]): Promise<ImportResult> {
    await this.guardQuota();
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const db = await this.open();
    const tx = db.transaction("records", "readwrite");
    const store = tx.store;
    const writes: Promise<unknown>[] = [];
    for (const record of incoming) {
      const existing = await store.get(record.id);
      if (!existing) result.added++;
      else if (existing.savedAt < record.savedAt) result.updated++;
      else {
        result.unchanged++;
        continue;
      }
      writes.push(store.put(record));
    }
    try {
      await Promise.all([...writes, tx.done]);
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      await this.markFull();
      throw new HistoryFullError();
    }
    return result;
  }

  close(): void {
    void this.db?.then((db) => db.close());
    this.db = null;
  }
}
