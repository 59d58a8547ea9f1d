import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, parseNumberCell } from '../../../../src/datasets/user-data/cells.ts';

describe('parseNumberCell', () => {
  it('reads plain decimal numbers, signs, exponents and spaces', () => {
    const cases: [string, number][] = [
      ['3', 3],
      ['-1.5', -1.5],
      ['+2', 2],
      ['.5', 0.5],
      ['5.', 5],
      ['2e-3', 0.002],
      ['1E+5', 1e5],
      ['  42  ', 42],
      ['\u00a07\u00a0', 7],
      ['1e300', 1e300],
      ['1e-300', 1e-300],
    ];
    for (const [cell, value] of cases) expect(parseNumberCell(cell, false), cell).toBe(value);
  });

  it('refuses text, markers of missing values, separators, hex and numbers beyond double range', () => {
    for (const cell of [
      '',
      ' ',
      'NA',
      'n/a',
      'null',
      'NaN',
      'Infinity',
      '-',
      '.',
      'e5',
      '1e',
      '1,5',
      '1.234,5',
      '1 000',
      '0x1A',
      '0b1',
      '$5',
      '5%',
      '1e400',
      '--1',
      '1-2',
    ])
      expect(parseNumberCell(cell, false), cell).toBeNaN();
  });

  it('reads a decimal comma only when asked (the delimiter is not a comma)', () => {
    expect(parseNumberCell('3,5', true)).toBe(3.5);
    expect(parseNumberCell('-0,25e2', true)).toBe(-25);
    expect(parseNumberCell('3,5', false)).toBeNaN();
    expect(parseNumberCell('1,234,5', true)).toBeNaN();
    expect(parseNumberCell('3.5', true)).toBe(3.5);
  });

  it('reads back every finite double exactly from its shortest text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        // String(−0) is "0": zero reads back as 0.
        const exact = x === 0 ? 0 : x;
        expect(parseNumberCell(String(x), false)).toBe(exact);
        expect(parseNumberCell(String(x).replace('.', ','), true)).toBe(exact);
      }),
    );
  });

  it('tells blank cells from others', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(' 0 ')).toBe(false);
  });
});
