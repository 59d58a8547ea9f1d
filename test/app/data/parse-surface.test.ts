import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  dataSurface,
  DEFAULT_EXPERIMENT,
  FEATURE_SCALINGS,
  makeUserData,
  userDataset,
  batchNormSurface,
  USER_SURFACE,
  withDefaultChoice,
} from '../../../src/index.ts';
import { columnsIssue } from '../../../src/datasets/user-data/choose.ts';
import type { Dataset } from '../../../src/datasets/dataset.ts';
import { parseTableText } from '../../../app/data/parse-table.ts';

const column = (n: number) =>
  fc.array(fc.double({ min: -1e8, max: 1e8, noNaN: true }), { minLength: n, maxLength: n });

interface Written {
  x1: number[];
  x2: number[];
  y: number[];
  format: { delimiter: string; comma: boolean };
  quoted: boolean;
  crlf: boolean;
}

/** Three columns of numbers, written as a table with a header, a delimiter and a decimal mark. */
const tableArb: fc.Arbitrary<Written> = fc
  .integer({ min: 3, max: 60 })
  .chain((n) =>
    fc.record({
      x1: column(n),
      x2: column(n),
      y: column(n),
      format: fc.constantFrom(
        { delimiter: ',', comma: false },
        { delimiter: '\t', comma: false },
        { delimiter: ';', comma: false },
        { delimiter: ';', comma: true },
        { delimiter: '|', comma: false },
      ),
      quoted: fc.boolean(),
      crlf: fc.boolean(),
    }),
  )
  .filter(
    ({ x1, x2, y }) =>
      columnsIssue(['a', 'b', 'y'], [x1, x2, y].map((c) => Float64Array.from(c)) as never) === null,
  );

function write(t: Written): string {
  const cell = (v: number) => {
    const text = t.format.comma ? String(v).replace('.', ',') : String(v);
    return t.quoted ? `"${text}"` : text;
  };
  const lines = ['first feature', 'second feature', 'target'].map((h) => (t.quoted ? `"${h}"` : h));
  const rows = t.y.map((_, i) => [t.x1[i]!, t.x2[i]!, t.y[i]!].map(cell).join(t.format.delimiter));
  return [lines.join(t.format.delimiter), ...rows].join(t.crlf ? '\r\n' : '\n');
}

/** The same numbers as a data set, given directly (no text in between). */
const direct = (t: Written): Dataset =>
  userDataset(
    makeUserData(
      'direct',
      ['a', 'b', 'y'],
      Float64Array.from(t.x1),
      Float64Array.from(t.x2),
      Float64Array.from(t.y),
    ),
  );

describe('the surface of a parsed CSV', () => {
  it('equals the surface of the same numbers given directly, under every scaling and batch norm', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (t, u, v) => {
          const result = parseTableText(write(t), 'property.csv');
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { result: chosen } = withDefaultChoice(result.table);
          expect(chosen.ok).toBe(true);
          if (!chosen.ok) return;
          const data = direct(t);
          expect(Array.from(chosen.data.x1)).toEqual(Array.from(data.x1));
          expect(Array.from(chosen.data.y)).toEqual(Array.from(data.y));
          for (const scaling of FEATURE_SCALINGS) {
            const parsed = buildProblem({
              ...DEFAULT_EXPERIMENT,
              surface: USER_SURFACE,
              userData: chosen.data,
              scaling,
            }).surface;
            const given = dataSurface(data, scaling).surface;
            // A point inside the domain, in this scaling's weights.
            const [a0, a1] = given.domain.w1;
            const [b0, b1] = given.domain.w2;
            const w1 = a0 + ((a1 - a0) * (u + 5)) / 10;
            const w2 = b0 + ((b1 - b0) * (v + 5)) / 10;
            expect(parsed.value(w1, w2)).toBe(given.value(w1, w2));
            expect(parsed.domain).toEqual(given.domain);
            expect(parsed.minima).toEqual(given.minima);
          }
          const bn = buildProblem({
            ...DEFAULT_EXPERIMENT,
            surface: USER_SURFACE,
            userData: chosen.data,
            batchNorm: true,
          }).surface;
          expect(bn.value(u, v)).toBe(batchNormSurface(data).value(u, v));
        },
      ),
      { numRuns: 80 },
    );
  });
});
