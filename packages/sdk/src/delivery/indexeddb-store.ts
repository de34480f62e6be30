/**
 * The browser outbox store: one IndexedDB object store keyed by report id,
 * so queued reports survive reloads, crashes and closed tabs. Falls back to
 * memory when IndexedDB cannot be opened (some private modes), so reporting
 * still works for the life of the page.
 */
import { createMemoryStore, type OutboxRecord, type OutboxStore } from './outbox-store.js';

/** Options of {@link createIndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** Database name. Default `aftercare-outbox`. */
  name?: string;
  /** The IndexedDB factory; default `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
}

const STORE = 'reports';
const VERSION = 1;

/**
 * Creates an outbox store over IndexedDB. The database opens on first use.
 *
 * @example
 * const storage = createIndexedDbStore({ name: 'my-app-aftercare' });
 * const aftercare = createAftercare({ endpoint, projectKey, storage });
 */
export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): OutboxStore {
  const name = options.name ?? 'aftercare-outbox';
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  const fallback = createMemoryStore();
  let opening: Promise<IDBDatabase | undefined> | undefined;

  function open(): Promise<IDBDatabase | undefined> {
    opening ??= new Promise<IDBDatabase | undefined>((resolve) => {
      if (!factory) return resolve(undefined);
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(name, VERSION);
      } catch {
        return resolve(undefined);
      }
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the schema asks us to step aside; reopen on next use.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    });
    return opening;
  }

  function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
    return open().then(
      (db) =>
        new Promise<T | undefined>((resolve, reject) => {
          if (!db) return reject(new Error('IndexedDB unavailable'));
          const tx = db.transaction(STORE, mode);
          const request = action(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
          tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
        }),
    );
  }

  return {
    async put(record) {
      try {
        await run('readwrite', (store) => store.put(record));
      } catch {
        await fallback.put(record);
      }
    },
    async delete(id) {
      await fallback.delete(id);
      try {
        await run('readwrite', (store) => store.delete(id));
      } catch {
        // Nothing stored there to remove.
      }
    },
    async all() {
      const fromMemory = await fallback.all();
      let stored: OutboxRecord[] = [];
      try {
        stored = ((await run('readonly', (store) => store.getAll())) ?? []) as OutboxRecord[];
      } catch {
        // Only the fallback holds records.
      }
      const byId = new Map(stored.map((record) => [record.id, record]));
      for (const record of fromMemory) byId.set(record.id, record);
      return [...byId.values()];
    },
    close() {
      void opening?.then((db) => db?.close());
      opening = undefined;
    },
  };
}
