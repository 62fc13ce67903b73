/**
 * The draft (the text and the forms) kept in the browser's IndexedDB as it changes, so that a
 * reload or a crash loses nothing. localStorage cannot hold a text of megabytes. A full disk or a
 * browser that forbids storage is reported once; the page keeps working without it.
 */

const DATABASE = 'sanding-studio';
const STORE = 'drafts';
const KEY = 'current';

export type SaveOutcome = 'saved' | 'quota' | 'unavailable';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
}

const isQuota = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

export class DraftStore<Draft> {
  #database: Promise<IDBDatabase> | undefined;

  #db(): Promise<IDBDatabase> {
    this.#database ??= open();
    return this.#database;
  }

  async #run(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest): Promise<unknown> {
    const db = await this.#db();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = use(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(transaction.error ?? request.error ?? new Error('aborted'));
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('failed'));
    });
  }

  /** The saved draft, or undefined when there is none or storage is unavailable. */
  async load(): Promise<Draft | undefined> {
    try {
      return (await this.#run('readonly', (store) => store.get(KEY))) as Draft | undefined;
    } catch {
      return undefined;
    }
  }

  async save(draft: Draft): Promise<SaveOutcome> {
    try {
      await this.#run('readwrite', (store) => store.put(draft, KEY));
      return 'saved';
    } catch (error) {
      return isQuota(error) ? 'quota' : 'unavailable';
    }
  }

  async clear(): Promise<void> {
    try {
      await this.#run('readwrite', (store) => store.delete(KEY));
    } catch {
      // Nothing was saved, so nothing is left behind.
    }
  }
}
