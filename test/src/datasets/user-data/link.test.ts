import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPERIMENT,
  encodeExperiment,
  makeUserData,
  parseUserDataRef,
  type UserData,
} from '../../../../src/index.ts';
import { decodeExperiment } from '../../../../src/experiment/url-codec.ts';
import { chooseColumns, withDefaultChoice } from '../../../../src/datasets/user-data/choose.ts';
import { MAX_NAME_LENGTH } from '../../../../src/datasets/user-data/names.ts';
import { createTableBuilder } from '../../../../src/datasets/user-data/table.ts';
import {
  formatUserDataParam,
  MAX_LINK_ROWS,
  fromBase64Url,
  LINK_DATA_LIMIT,
  parseUserDataParam,
  toBase64Url,
} from '../../../../src/datasets/user-data/link.ts';
import { userDataArb } from './arbitraries.ts';

describe('the user data in a link', () => {
  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(Array.from(fromBase64Url(text)!)).toEqual(Array.from(bytes));
      }),
    );
    expect(fromBase64Url('ab+c')).toBeNull();
  });

  it('small data travel whole and arrive exactly, with the same id', () => {
    fc.assert(
      fc.property(userDataArb, (u) => {
        const text = formatUserDataParam(u);
        expect(text.startsWith('d1.')).toBe(true);
        const back = parseUserDataParam(text)!;
        expect(back.id).toBe(u.id);
        expect(back.columns).toEqual(u.columns);
        expect(back.fileName).toBe(u.fileName);
        expect(Array.from(back.x2)).toEqual(Array.from(u.x2));
        expect(formatUserDataParam(back)).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('the cars data (398 rows) fit in a link', () => {
    const n = 398;
    const u = makeUserData(
      'cars.csv',
      ['Acceleration', 'Weight_in_lbs', 'Miles_per_Gallon'],
      Float64Array.from({ length: n }, (_, i) => 8 + ((i * 37) % 170) / 10),
      Float64Array.from({ length: n }, (_, i) => 1613 + ((i * 7919) % 3527)),
      Float64Array.from({ length: n }, (_, i) => 9 + ((i * 131) % 376) / 10),
    );
    expect(formatUserDataParam(u).length).toBeLessThanOrEqual(LINK_DATA_LIMIT);
  });

  it('large data travel as a reference naming the file, its columns and size', () => {
    const n = 100_000;
    const col = (k: number) =>
      Float64Array.from({ length: n }, (_, i) => Math.sin(i * k) * 1000 + i);
    const u = makeUserData('big.csv', ['p', 'q', 'r'], col(1), col(2), col(3));
    const text = formatUserDataParam(u);
    expect(text.startsWith('r1.')).toBe(true);
    expect(text.length).toBeLessThan(200);
    expect(parseUserDataParam(text)).toBeUndefined();
    expect(parseUserDataRef(text)).toEqual({
      id: u.id,
      fileName: 'big.csv',
      columns: ['p', 'q', 'r'],
      rows: n,
    });
  });

  it('a link with broken or unusable data is refused, never thrown on', () => {
    expect(parseUserDataParam('')).toBeNull();
    for (const text of ['d1.', 'd1.!!!', 'x1.abc', 'd1.' + 'A'.repeat(30000), 'r1.abcd'])
      expect(parseUserDataParam(text)).toBeUndefined();
    const constant = makeUserData(
      'c.csv',
      ['a', 'b', 'y'],
      new Float64Array([1, 1, 1]),
      new Float64Array([1, 2, 3]),
      new Float64Array([3, 1, 2]),
    );
    expect(parseUserDataParam(formatUserDataParam(constant))).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseUserDataParam(s)).not.toThrow();
        expect(() => parseUserDataRef(s)).not.toThrow();
      }),
    );
  });
});

describe('writer and reader share one limit on names', () => {
  /** A header cell: any text, short or far over the names' limit, surrogate halves among them. */
  const cell = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'binary', minLength: 190, maxLength: 900 }),
    fc.string({ unit: 'grapheme', minLength: 100, maxLength: 400 }),
  );
  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String);
  /** A table the page may read: a header of 3 to 6 cells, 3 to 12 rows of numbers. */
  const tableArb = fc.integer({ min: 3, max: 6 }).chain((width) =>
    fc.record({
      fileName: cell,
      header: fc.array(fc.oneof(cell, fc.constant('same')), {
        minLength: width,
        maxLength: width,
      }),
      rows: fc.array(fc.array(number, { minLength: width, maxLength: width }), {
        minLength: 3,
        maxLength: 12,
      }),
      pick: fc.shuffledSubarray(
        Array.from({ length: width }, (_, k) => k),
        { minLength: 3, maxLength: 3 },
      ),
    }),
  );

  /** The experiment link of `data`, read back as the page reads it. */
  const reopen = (data: UserData) => {
    const query = encodeExperiment({ ...DEFAULT_EXPERIMENT, surface: 'user', userData: data });
    return decodeExperiment(query);
  };

  it('any table the page accepts produces a link the page reopens exactly', () => {
    fc.assert(
      fc.property(tableArb, ({ fileName, header, rows, pick }) => {
        const builder = createTableBuilder();
        builder.add([header, ...rows], ',');
        const read = builder.finish(fileName);
        if (!read.ok) return;
        const names = pick.map((k) => read.table.columns[k]!.name) as [string, string, string];
        for (const choice of [withDefaultChoice(read.table).choice, names]) {
          const chosen = chooseColumns(read.table, choice);
          if (!chosen.ok) continue;
          const { experiment, ignored } = reopen(chosen.data);
          expect(ignored).toEqual([]);
          const back = experiment.userData!;
          expect(back.fileName).toBe(chosen.data.fileName);
          expect(back.columns).toEqual(chosen.data.columns);
          expect(back.id).toBe(chosen.data.id);
          expect(Array.from(back.y)).toEqual(Array.from(chosen.data.y));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a table too large for a link writes a reference that names it exactly', () => {
    const long = (c: string) => c.repeat(5000);
    const n = MAX_LINK_ROWS + 1;
    const builder = createTableBuilder();
    builder.add(
      [
        [long('a'), long('a'), `\u202e${long('b')}`, long('😀')],
        ...Array.from({ length: n }, (_, i) => [i, Math.sin(i), Math.cos(i), i % 7].map(String)),
      ],
      ',',
    );
    const read = builder.finish(long('f'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const names = read.table.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [read.table.name, ...names])
      expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    const chosen = chooseColumns(read.table, [names[1]!, names[2]!, names[3]!]);
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    const text = formatUserDataParam(chosen.data);
    expect(parseUserDataRef(text)).toEqual({
      id: chosen.data.id,
      fileName: read.table.name,
      columns: chosen.data.columns,
      rows: n,
    });
  });
});
