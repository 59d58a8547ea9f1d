import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeUserData, parseUserDataRef } from '../../../../src/index.ts';
import {
  formatUserDataParam,
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
