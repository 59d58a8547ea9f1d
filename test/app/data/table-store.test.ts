import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeExperimentPatch, encodeExperiment, USER_SURFACE } from '../../../src/index.ts';
import { takeDataReference } from '../../../app/lab/data-reference.ts';
import { parseTableText } from '../../../app/data/parse-table.ts';
import {
  forgetTables,
  readKeptTables,
  recentTables,
  saveTable,
  tableKey,
} from '../../../app/data/table-store.ts';
import {
  acceptTable,
  openReferencedData,
  restoreUserTable,
} from '../../../app/data/user-data-actions.ts';
import { createLab } from '../../../app/lab/lab.ts';

const table = (name: string, rows = 5) => {
  const lines = ['a,b,y'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${(i * 7) % 5},${i % 3}`);
  const r = parseTableText(lines.join('\n'), name);
  if (!r.ok) throw new Error(r.issue.code);
  return r.table;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the tables kept in this browser', () => {
  it('keeps the three most recent, newest first, the same file once', async () => {
    await forgetTables();
    for (const name of ['1.csv', '2.csv', '3.csv', '2.csv', '4.csv']) {
      await saveTable(table(name), ['a', 'b', 'y']);
      await settle();
    }
    expect((await recentTables()).map((s) => s.table.name)).toEqual(['4.csv', '2.csv', '3.csv']);
    const [kept] = await recentTables();
    expect(Array.from(kept!.table.columns[0]!.values!)).toEqual([0, 1, 2, 3, 4]);
  });

  it('a reload restores the last table read', async () => {
    await forgetTables();
    const first = createLab();
    acceptTable(first, parseTableText('p,q,r\n1,2,3\n2,1,5\n3,5,4\n', 'last.csv'));
    await settle();
    const reloaded = createLab();
    await restoreUserTable(reloaded);
    expect(reloaded.store.getState().userTable?.name).toBe('last.csv');
    expect(reloaded.store.getState().userChoice).toEqual(['p', 'q', 'r']);
    expect(reloaded.store.getState().dataKept).toEqual({ ok: true });
  });

  it('a link naming data kept here opens them; one naming data not here asks for the file, and reading it opens the link', async () => {
    await forgetTables();
    const big = table('big.csv', 5000);
    const origin = createLab();
    acceptTable(origin, { ok: true, table: big, notes: [] });
    await settle();
    const query = encodeExperiment({ ...origin.store.getState().experiment, scaling: 'whiten' });
    expect(query).toMatch(/data=r1\./);

    const here = createLab();
    const link = decodeExperimentPatch(query);
    void openReferencedData(here, takeDataReference(link.ignored)!, link.patch);
    expect(link.ignored).toEqual([]);
    await settle();
    expect(here.store.getState().experiment.surface).toBe(USER_SURFACE);
    expect(here.store.getState().experiment.scaling).toBe('whiten');

    await forgetTables();
    const elsewhere = createLab();
    const again = decodeExperimentPatch(query);
    void openReferencedData(elsewhere, takeDataReference(again.ignored)!, again.patch);
    await settle();
    expect(elsewhere.store.getState().experiment.surface).not.toBe(USER_SURFACE);
    expect(elsewhere.store.getState().notices.map((n) => n.id)).toContain('data-link');
    acceptTable(elsewhere, { ok: true, table: big, notes: [] });
    expect(elsewhere.store.getState().experiment.surface).toBe(USER_SURFACE);
    expect(elsewhere.store.getState().experiment.scaling).toBe('whiten');
    expect(elsewhere.store.getState().notices.map((n) => n.id)).not.toContain('data-link');
  });
});

/** Puts `entries` into the store as they are, past the page's own writer (as a damaged browser might). */
async function putRaw(entries: object[]) {
  await settle(); // writes still in flight from before
  await forgetTables(); // creates the store
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('error-surface-lab', 1);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('tables', 'readwrite');
    for (const e of entries) tx.objectStore('tables').put(e);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('damaged tables kept in this browser', () => {
  const good = table('good.csv');
  const entry = (key: string, patch: Record<string, unknown>, tablePatch = {}) => ({
    key,
    savedAt: 1,
    choice: ['a', 'b', 'y'],
    ...patch,
    table: { ...good, ...tablePatch },
  });
  const [a] = good.columns;
  const column = (patch: Record<string, unknown>) => ({
    columns: [{ ...a!, ...patch }, ...good.columns.slice(1)],
  });
  const damaged: [string, object][] = [
    ['columns not an array', entry('columns-object', {}, { columns: { length: 3 } })],
    ['columns a string', entry('columns-string', {}, { columns: 'a,b,y' })],
    ['no columns', entry('no-columns', {}, { columns: undefined })],
    ['values a plain array', entry('values-array', {}, column({ values: [0, 1, 2, 3, 4] }))],
    ['values a string', entry('values-string', {}, column({ values: '01234' }))],
    [
      'values of another typed array',
      entry('values-int', {}, column({ values: new Int32Array(5) })),
    ],
    [
      'values shorter than the rows',
      entry('values-short', {}, column({ values: new Float64Array(2) })),
    ],
    ['a column name not a string', entry('name-number', {}, column({ name: 7 }))],
    ['two columns of one name', entry('name-twice', {}, column({ name: 'b' }))],
    ['a NaN row count', entry('rows-nan', {}, { rows: NaN })],
    ['an implausible row count', entry('rows-1e9', {}, { rows: 1e9 })],
    ['a row count as text', entry('rows-text', {}, { rows: '5' })],
    ['no table', { key: 'no-table', savedAt: 1, choice: ['a', 'b', 'y'] }],
    ['a table that is a number', { key: 'table-number', savedAt: 1, choice: [], table: 42 }],
    ['a choice not a list', entry('choice-object', { choice: { 0: 'a' } })],
    ['a savedAt as text', entry('saved-text', { savedAt: 'yesterday' })],
  ];

  it('each is dropped on reading, never thrown, and deleted; good tables beside them stay', async () => {
    for (const [what, bad] of damaged) {
      await putRaw([
        bad,
        { key: tableKey(good), savedAt: 2, table: good, choice: ['a', 'b', 'y'] },
      ]);
      const read = await readKeptTables();
      expect({ what, dropped: read.dropped }).toEqual({ what, dropped: 1 });
      expect(read.tables.map((t) => t.table.name)).toEqual(['good.csv']);
      expect(await readKeptTables()).toMatchObject({ dropped: 0 });
    }
  });

  it('opening the page with all of them kept says so once, and shows the good table', async () => {
    await putRaw([
      ...damaged.map(([, bad]) => bad),
      { key: tableKey(good), savedAt: 2, table: good, choice: ['a', 'b', 'y'] },
    ]);
    const lab = createLab();
    await restoreUserTable(lab);
    const s = lab.store.getState();
    expect(s.userTable?.name).toBe('good.csv');
    const notice = s.notices.find((n) => n.id === 'data-kept-dropped');
    expect(notice?.vars).toEqual({ count: damaged.length });
    expect((await recentTables()).map((t) => t.table.name)).toEqual(['good.csv']);
  });

  it('with only damaged tables kept, the page opens with none and says so', async () => {
    await putRaw(damaged.map(([, bad]) => bad));
    const here = createLab();
    await restoreUserTable(here);
    expect(here.store.getState().userTable).toBeNull();
    expect(here.store.getState().notices.map((n) => n.id)).toContain('data-kept-dropped');
  });
});
