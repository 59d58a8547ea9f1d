import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeExperimentPatch, encodeExperiment, USER_SURFACE } from '../../../src/index.ts';
import { takeDataReference } from '../../../app/lab/data-reference.ts';
import { parseTableText } from '../../../app/data/parse-table.ts';
import { forgetTables, recentTables, saveTable } from '../../../app/data/table-store.ts';
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
