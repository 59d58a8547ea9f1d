import { describe, expect, it } from 'vitest';
import {
  chooseColumns,
  createTableBuilder,
  tableOfUserData,
  type UserTable,
} from '../../../../src/index.ts';
import {
  defaultChoice,
  HUGE,
  ID_MIN_VALUES,
  isConstant,
  isIdLike,
  withDefaultChoice,
} from '../../../../src/datasets/user-data/choose.ts';
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
    expect(defaultChoice(table('c,a,b,name,y\n5,1,2,x,3\n5,2,1,y,4\n5,4,4,z,2'))).toEqual([
      'a',
      'b',
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

/** A CSV table of named columns (numbers, or '' for an empty cell), n rows each. */
function columns(named: Record<string, (number | '')[]>): UserTable {
  const names = Object.keys(named);
  const n = named[names[0]!]!.length;
  const rows = Array.from({ length: n }, (_, i) => names.map((c) => String(named[c]![i])));
  return table([names.join(','), ...rows.map((r) => r.join(','))].join('\n'));
}

/** Numbers that measure something: integers that go up and down, none alike or some alike. */
const N = 12;
const ids = Array.from({ length: N }, (_, i) => i + 1);
const wobbly = (k: number) =>
  Array.from({ length: N }, (_, i) => ((i * (5 + 2 * k)) % 13) + 0.25 * k);
const years = Array.from({ length: N }, (_, i) => 1950 + ((i * 7) % N) * 5);

describe('a table whose row count does not match its columns', () => {
  const good = () => table('a,b,y\n1,2,3\n2,1,5\n3,5,4\n');
  const claiming = (rows: number): UserTable => ({ ...good(), rows });

  it('is refused as damaged, naming the table, before anything is allocated for its rows', () => {
    for (const rows of [1e9, 2 ** 32 - 1, NaN, -1, 2.5, good().rows + 1, good().rows - 1]) {
      const r = chooseColumns(claiming(rows), ['a', 'b', 'y']);
      expect(r.ok ? 'shown' : r.issue).toEqual({ code: 'damaged', vars: { name: 't.csv' } });
      expect(withDefaultChoice(claiming(rows)).result.ok).toBe(false);
    }
  });

  it('columns of unequal lengths are damaged too', () => {
    const t = good();
    const [a, ...rest] = t.columns;
    const short = { ...t, columns: [{ ...a!, values: a!.values!.subarray(1) }, ...rest] };
    const r = chooseColumns(short, ['a', 'b', 'y']);
    expect(r.ok ? 'shown' : r.issue.code).toBe('damaged');
    expect(chooseColumns(t, ['a', 'b', 'y']).ok).toBe(true);
  });
});

describe('the default features leave out id-like and constant columns', () => {
  it('says which columns number the rows: whole, distinct, strictly monotone, gaps and empty cells allowed', () => {
    const v = (xs: (number | '')[]) => Float64Array.from(xs, (x) => (x === '' ? NaN : x));
    expect(isIdLike(v(ids))).toBe(true);
    expect(isIdLike(v([...ids].reverse()))).toBe(true);
    expect(isIdLike(v(ids.map((i) => (i > 3 ? i + 7 : i))))).toBe(true);
    expect(isIdLike(v(ids.map((i) => (i === 4 ? '' : i))))).toBe(true);
    // Not ids: an order that turns, a repeated value, a fraction, too few numbers to tell.
    expect(isIdLike(v(years))).toBe(false);
    expect(isIdLike(v(ids.map((i) => Math.ceil(i / 2))))).toBe(false);
    expect(isIdLike(v(ids.map((i) => i + 0.5)))).toBe(false);
    expect(isIdLike(v(ids.slice(0, ID_MIN_VALUES - 1)))).toBe(false);
    expect(isIdLike(v(ids.slice(0, ID_MIN_VALUES)))).toBe(true);
    expect(isConstant(v(ids.map(() => 7)))).toBe(true);
    expect(isConstant(v(ids.map((i) => (i === 2 ? '' : 7))))).toBe(true);
    expect(isConstant(v(years))).toBe(false);
  });

  it('passes over an id in the first column (the house table: id, year_built, …)', () => {
    const t = columns({
      id: ids,
      year_built: years,
      area: wobbly(1),
      rooms: wobbly(2),
      price: wobbly(3),
    });
    expect(defaultChoice(t)).toEqual(['year_built', 'area', 'price']);
    const { result } = withDefaultChoice(t);
    expect(result.ok && result.notes.filter((n) => n.code === 'id-like')).toEqual([]);
  });

  it('passes over an id between the features, last but one, decreasing or with gaps', () => {
    const down = [...ids].reverse();
    const gaps = ids.map((i) => 10 * i + (i % 3));
    expect(defaultChoice(columns({ x1: wobbly(1), id: ids, x2: wobbly(2), y: wobbly(3) }))).toEqual(
      ['x1', 'x2', 'y'],
    );
    expect(defaultChoice(columns({ x1: wobbly(1), x2: wobbly(2), id: ids, y: wobbly(3) }))).toEqual(
      ['x1', 'x2', 'y'],
    );
    expect(
      defaultChoice(columns({ id: down, x1: wobbly(1), x2: wobbly(2), y: wobbly(3) })),
    ).toEqual(['x1', 'x2', 'y']);
    expect(
      defaultChoice(columns({ id: gaps, x1: wobbly(1), x2: wobbly(2), y: wobbly(3) })),
    ).toEqual(['x1', 'x2', 'y']);
  });

  it('passes over a constant column before an id and the features', () => {
    const t = columns({ c: ids.map(() => 5), id: ids, x1: wobbly(1), x2: wobbly(2), y: wobbly(3) });
    expect(defaultChoice(t)).toEqual(['x1', 'x2', 'y']);
  });

  it('falls back to an id when only one other feature is left, and says why in a note', () => {
    const t = columns({ id: ids, x1: wobbly(1), y: wobbly(3) });
    expect(defaultChoice(t)).toEqual(['x1', 'id', 'y']);
    const { result } = withDefaultChoice(t);
    if (!result.ok) throw new Error(result.issue.code);
    expect(result.notes).toContainEqual({ code: 'id-like', vars: { column: 'id', target: 'y' } });
  });

  it('falls back to an id before a constant column, and the constant one is refused with its reason', () => {
    const t = columns({ c: ids.map(() => 5), id: ids, y: wobbly(3) });
    expect(defaultChoice(t)).toEqual(['id', 'c', 'y']);
    expect(withDefaultChoice(t).result).toMatchObject({ ok: false, issue: { code: 'constant' } });
  });
});
