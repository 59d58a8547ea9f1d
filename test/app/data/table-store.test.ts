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
import { createLabStore } from '../../../app/lab/store/lab-store.ts';

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
    const first = createLabStore();
    acceptTable(first, parseTableText('p,q,r\n1,2,3\n2,1,5\n3,5,4\n', 'last.csv'));
    await settle();
    const reloaded = createLabStore();
    await restoreUserTable(reloaded);
    expect(reloaded.getState().userTable?.name).toBe('last.csv');
    expect(reloaded.getState().userChoice).toEqual(['p', 'q', 'r']);
    expect(reloaded.getState().dataKept).toEqual({ ok: true });
  });

  it('a link naming data kept here opens them; one naming data not here asks for the file, and reading it opens the link', async () => {
    await forgetTables();
    const big = table('big.csv', 5000);
    const origin = createLabStore();
    acceptTable(origin, { ok: true, table: big, notes: [] });
    await settle();
    const query = encodeExperiment({ ...origin.getState().experiment, scaling: 'whiten' });
    expect(query).toMatch(/data=r1\./);

    const here = createLabStore();
    const link = decodeExperimentPatch(query);
    void openReferencedData(here, takeDataReference(link.ignored)!, link.patch);
    expect(link.ignored).toEqual([]);
    await settle();
    expect(here.getState().experiment.surface).toBe(USER_SURFACE);
    expect(here.getState().experiment.scaling).toBe('whiten');

    await forgetTables();
    const elsewhere = createLabStore();
    const again = decodeExperimentPatch(query);
    void openReferencedData(elsewhere, takeDataReference(again.ignored)!, again.patch);
    await settle();
    expect(elsewhere.getState().experiment.surface).not.toBe(USER_SURFACE);
    expect(elsewhere.getState().notices.map((n) => n.id)).toContain('data-link');
    acceptTable(elsewhere, { ok: true, table: big, notes: [] });
    expect(elsewhere.getState().experiment.surface).toBe(USER_SURFACE);
    expect(elsewhere.getState().experiment.scaling).toBe('whiten');
    expect(elsewhere.getState().notices.map((n) => n.id)).not.toContain('data-link');
  });
});
