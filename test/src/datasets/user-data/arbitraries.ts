import fc from 'fast-check';
import { makeUserData, type UserData } from '../../../../src/index.ts';
import { columnsIssue } from '../../../../src/datasets/user-data/choose.ts';

const column = (n: number) =>
  fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n });

/** Small, valid user data: 3 to 30 rows, three distinct column names, no issue (columnsIssue). */
export const userDataArb: fc.Arbitrary<UserData> = fc
  .integer({ min: 3, max: 30 })
  .chain((n) =>
    fc.tuple(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 3, maxLength: 3 }),
      column(n),
      column(n),
      column(n),
    ),
  )
  .filter(
    ([, names, a, b, c]) =>
      columnsIssue(names as [string, string, string], [
        Float64Array.from(a),
        Float64Array.from(b),
        Float64Array.from(c),
      ]) === null,
  )
  .map(([fileName, names, a, b, c]) =>
    makeUserData(
      fileName,
      names as [string, string, string],
      Float64Array.from(a),
      Float64Array.from(b),
      Float64Array.from(c),
    ),
  );
