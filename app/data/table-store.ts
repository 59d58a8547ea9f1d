import { asUserTable, type ColumnChoice, type UserTable } from '../../src/index.ts';

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

/** An entry of the store as kept, checked field by field (see asUserTable), or null. */
function asStoredTable(value: unknown): StoredTable | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, savedAt, table, choice } = value as Record<string, unknown>;
  if (typeof key !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt))
    return null;
  if (!Array.isArray(choice) || choice.length !== 3) return null;
  const [a, b, c] = choice as unknown[];
  if (typeof a !== 'string' || typeof b !== 'string' || typeof c !== 'string') return null;
  const checked = asUserTable(table);
  if (!checked) return null;
  return { key, savedAt, table: checked, choice: [a, b, c] };
}

/**
 * The kept tables, most recent first, each checked before it is used; entries that are not such a
 * table (damaged, or written by something else) are deleted and counted in `dropped`, never thrown.
 */
export function readKeptTables(): Promise<{ tables: StoredTable[]; dropped: number }> {
  return withStore('readwrite', async (store) => {
    const [keys, values] = await Promise.all([
      request(store.getAllKeys()),
      request(store.getAll() as IDBRequest<unknown[]>),
    ]);
    const tables: StoredTable[] = [];
    let dropped = 0;
    values.forEach((value, k) => {
      const stored = asStoredTable(value);
      if (stored) tables.push(stored);
      else {
        dropped++;
        store.delete(keys[k]!);
      }
    });
    return { tables: tables.sort((a, b) => b.savedAt - a.savedAt), dropped };
  });
}

/** The kept tables, most recent first (damaged ones deleted: see readKeptTables). */
export async function recentTables(): Promise<StoredTable[]> {
  return (await readKeptTables()).tables;
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
