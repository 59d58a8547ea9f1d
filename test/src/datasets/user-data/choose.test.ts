import { describe, expect, it } from 'vitest';
import {
  chooseColumns,
  createTableBuilder,
  tableOfUserData,
  type UserTable,
} from '../../../../src/index.ts';
import { defaultChoice, HUGE } from '../../../../src/datasets/user-data/choose.ts';
import { userDataId } from '../../../../src/datasets/user-data/user-data.ts';

function table(text: string): UserTable {
  const b = createTableBuilder();
  b.add(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(',')),
    ',',
  );
  const r = b.finish('t.csv');
  if (!r.ok) throw new Error(r.issue.code);
  return r.table;
}

describe('choosing columns', () => {
  it('defaults to the first two varying numeric columns as features and the last numeric one as target', () => {
    expect(defaultChoice(table('id,c,a,b,name,y\n1,5,1,2,x,3\n2,5,2,1,y,4\n3,5,4,4,z,2'))).toEqual([
      'id',
      'a',
      'y',
    ]);
    expect(defaultChoice(table('c,d,y\n5,1,3\n5,2,4\n5,3,2'))).toEqual(['d', 'c', 'y']);
  });

  it('keeps complete rows only, in order, and says how many were left out and why', () => {
    const r = chooseColumns(table('a,b,y\n1,2,3\n,5,6\n7,x,9\n10,11,12\n13,14,15'), [
      'a',
      'b',
      'y',
    ]);
    if (!r.ok) throw new Error(r.issue.code);
    expect(Array.from(r.data.x1)).toEqual([1, 10, 13]);
    expect(r.notes[0]).toEqual({
      code: 'dropped',
      vars: {
        dropped: 2,
        rows: 5,
        kept: 3,
        columns: 'a, b',
        empty: 1,
        invalid: 1,
        example: 'x',
      },
    });
  });

  it('refuses the same column twice, a missing one, a constant feature, huge and tiny values', () => {
    const t = table('a,b,c,y\n1,2,5,1e151\n2,1,5,4\n3,5,5,2\n4,3,5,2');
    expect(chooseColumns(t, ['a', 'a', 'y'])).toMatchObject({
      ok: false,
      issue: { code: 'same-column' },
    });
    expect(chooseColumns(t, ['a', 'q', 'y'])).toMatchObject({
      ok: false,
      issue: { code: 'missing-column', vars: { column: 'q' } },
    });
    expect(chooseColumns(t, ['a', 'c', 'b'])).toMatchObject({
      ok: false,
      issue: { code: 'constant', vars: { column: 'c', value: 5 } },
    });
    expect(chooseColumns(t, ['a', 'b', 'y'])).toMatchObject({
      ok: false,
      issue: { code: 'huge', vars: { column: 'y', value: 1e151, row: 1 } },
    });
    expect(HUGE).toBe(1e150);
    // A constant target is allowed: its surface is wᵀΣw, smallest at w = 0.
    expect(chooseColumns(t, ['a', 'b', 'c']).ok).toBe(true);
  });

  it('the same numbers under the same names always get the same id', () => {
    const t = table('a,b,y\n1,2,3\n2,1,5\n3,5,4');
    const r1 = chooseColumns(t, ['a', 'b', 'y']);
    const r2 = chooseColumns(tableOfUserData(r1.ok ? r1.data : (null as never)), ['a', 'b', 'y']);
    expect(r1.ok && r2.ok && r1.data.id === r2.data.id).toBe(true);
    const x = new Float64Array([1, 2, 3]);
    expect(userDataId(['a', 'b', 'y'], [x, x, x])).not.toBe(userDataId(['a', 'b', 'z'], [x, x, x]));
    expect(userDataId(['a', 'b', 'y'], [x, x, x])).not.toBe(
      userDataId(['a', 'b', 'y'], [x, x, new Float64Array([1, 2, 3.0000000001])]),
    );
    expect(userDataId(['a', 'b', 'y'], [x, x, x])).toMatch(/^[0-9a-f]{14}$/);
  });
});
