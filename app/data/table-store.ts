import type { ColumnChoice, UserTable } from '../../src/index.ts';

/** A table kept in this browser (IndexedDB), with the columns last picked in it. */
export interface StoredTable {
  key: string;
  savedAt: number;
  table: UserTable;
  choice: ColumnChoice;
}

const DB_NAME = 'error-surface-lab';
const STORE = 'tables';
/** Tables kept: the most recent few. */
const KEEP = 3;

/** A table's key: its name, size and column names (reading the same file again replaces it). */
export const tableKey = (t: UserTable) =>
  `${t.name}|${t.rows}|${t.columns.map((c) => c.name).join('|')}`;

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
  return request(open);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await work(tx.objectStore(STORE));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** The kept tables, most recent first. */
export function recentTables(): Promise<StoredTable[]> {
  return withStore('readonly', async (store) =>
    (await request(store.getAll() as IDBRequest<StoredTable[]>)).sort(
      (a, b) => b.savedAt - a.savedAt,
    ),
  );
}

/** Keeps `table` (replacing an earlier copy of it) and forgets all but the KEEP most recent. */
export async function saveTable(table: UserTable, choice: ColumnChoice): Promise<void> {
  const key = tableKey(table);
  const old = (await recentTables()).filter((s) => s.key !== key).slice(KEEP - 1);
  await withStore('readwrite', async (store) => {
    store.put({ key, savedAt: Date.now(), table, choice } satisfies StoredTable);
    for (const s of old) store.delete(s.key);
  });
}

/** Remembers the columns last picked in a kept table. */
export function saveChoice(table: UserTable, choice: ColumnChoice): Promise<void> {
  return withStore('readwrite', async (store) => {
    const stored = await request(store.get(tableKey(table)) as IDBRequest<StoredTable | undefined>);
    if (stored) store.put({ ...stored, choice, savedAt: Date.now() });
  });
}

/** Forgets every kept table. */
export function forgetTables(): Promise<void> {
  return withStore('readwrite', async (store) => {
    store.clear();
  });
}
