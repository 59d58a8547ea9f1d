import { featureCovariance } from '../feature-scaling.ts';
import { issue, MAX_ROWS, note, type DataIssue, type DataNote } from './messages.ts';
import type { TableColumn, UserTable } from './table.ts';
import { makeUserData, type UserData } from './user-data.ts';

/** Which columns of a table are feature 1, feature 2 and the target, by name. */
export type ColumnChoice = readonly [string, string, string];

/** Numbers beyond ±1e150 overflow when squared and summed (Var, Cov); spreads below 1e-150 underflow. */
export const HUGE = 1e150;
export const TINY = 1e-150;

/** |ρ| this close to 1 counts as perfectly collinear (κ = (1+|ρ|)/(1−|ρ|) beyond 1e12: singular). */
const COLLINEAR = 1e-12;

/** Numbers an id-like column needs at least: a random order of 5 is monotone with chance 2/5! ≈ 1.7%. */
export const ID_MIN_VALUES = 5;

/**
 * A column that numbers the rows rather than measuring anything: every value a whole number, no
 * two alike, and strictly increasing or strictly decreasing down the table (empty cells skipped).
 * Gaps are allowed (1, 2, 4, 5), so are any start and step. It takes ID_MIN_VALUES numbers: fewer
 * distinct ones fall in order by chance too often (2 of the n! orders are monotone). The values
 * alone decide, not the column's name: a name can be in any language, and one alone ("No", "#")
 * says nothing sure.
 */
export function isIdLike(values: Float64Array): boolean {
  let previous = NaN;
  let direction = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    if (!Number.isInteger(v)) return false;
    if (count > 0) {
      const d = Math.sign(v - previous);
      if (d === 0 || (direction !== 0 && d !== direction)) return false;
      direction = d;
    }
    previous = v;
    count++;
  }
  return count >= ID_MIN_VALUES;
}

/** A column whose numbers are all the same (largest = smallest; no numbers at all counts too). */
export function isConstant(values: Float64Array): boolean {
  const { min, max } = spread(values);
  return !(max > min);
}

/**
 * The sensible default: the last numeric column is the target (features first, label last, as
 * tables are usually laid out); the features are the first two other numeric columns that are
 * neither id-like (isIdLike: they number the rows) nor constant (isConstant). When fewer than two
 * such columns exist, id-like ones fill in next, then constant ones (withDefaultChoice says why).
 */
export function defaultChoice(table: UserTable): ColumnChoice | null {
  const numeric = table.columns.filter((c) => c.numeric);
  if (numeric.length < 3) return null;
  const target = numeric[numeric.length - 1]!;
  const rest = numeric.slice(0, -1);
  const constant = rest.filter((c) => isConstant(c.values!));
  const idLike = rest.filter((c) => !constant.includes(c) && isIdLike(c.values!));
  const good = rest.filter((c) => !constant.includes(c) && !idLike.includes(c));
  const features = [...good, ...idLike, ...constant];
  return [features[0]!.name, features[1]!.name, target.name];
}

/** Smallest and largest finite value, and the index of the largest in magnitude. */
function spread(values: Float64Array): { min: number; max: number; peak: number } {
  let min = Infinity;
  let max = -Infinity;
  let peak = -1;
  let top = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (Math.abs(v) > top) {
      top = Math.abs(v);
      peak = i;
    }
  }
  return { min, max, peak };
}

/**
 * The problems of three complete columns that make their error surface impossible to compute or
 * to scale: fewer than 3 rows (a plane b + w1·x1 + w2·x2 needs 3), a constant feature (σ = 0: cannot
 * standardize), values too large or differences too small for double precision once squared.
 * `rowOf(i)` numbers row i as the user counts it. Null when the columns are usable.
 */
export function columnsIssue(
  names: ColumnChoice,
  columns: readonly [Float64Array, Float64Array, Float64Array],
  rowOf: (i: number) => number = (i) => i + 1,
): DataIssue | null {
  const n = columns[2].length;
  if (n < 3) return issue('too-few-rows', { rows: n });
  for (let k = 0; k < 3; k++) {
    const { min, max, peak } = spread(columns[k]!);
    const column = names[k]!;
    const value = columns[k]![peak]!;
    if (Math.abs(value) > HUGE) return issue('huge', { column, value, row: rowOf(peak) });
    if (k < 2 && max === min) return issue('constant', { column, value: min });
    if (max > min && max - min < TINY) return issue('tiny', { column, spread: max - min });
  }
  return null;
}

/**
 * The perfectly-collinear note: |ρ(x1, x2)| = 1, so Cov(x) and the Hessian 2·Cov(x) are singular
 * (κ = ∞): the loss is flat along one direction, whose minimum is a line, not a point; whitening
 * cannot remove it. Gives the line x2 = a + b·x1. Null when the features are not collinear.
 */
export function collinearNote(
  names: ColumnChoice,
  x1: Float64Array,
  x2: Float64Array,
): DataNote | null {
  const { mean, cov } = featureCovariance(x1, x2);
  const { a, b, c } = cov;
  if (!(a > 0 && c > 0) || 1 - Math.abs(b / Math.sqrt(a) / Math.sqrt(c)) > COLLINEAR) return null;
  const slope = b / a;
  return note('collinear', {
    x1: names[0],
    x2: names[1],
    slope,
    intercept: mean[1] - slope * mean[0],
  });
}

export type ChoiceResult =
  { ok: true; data: UserData; notes: DataNote[] } | { ok: false; issue: DataIssue };

/**
 * The user's data for a choice of three columns of `table`: the rows where all three hold numbers
 * (the others dropped and counted), checked by columnsIssue, with a note when some rows were dropped
 * and when the features are perfectly collinear.
 */
export function chooseColumns(table: UserTable, choice: ColumnChoice): ChoiceResult {
  const picked = choice.map((name) => table.columns.find((c) => c.name === name && c.numeric));
  if (new Set(choice).size < 3) {
    const column = choice.find((c, k) => choice.indexOf(c) !== k)!;
    return { ok: false, issue: issue('same-column', { column }) };
  }
  const missing = choice.find((name, k) => !picked[k]);
  if (missing !== undefined)
    return { ok: false, issue: issue('missing-column', { column: missing }) };
  const cols = picked as TableColumn[];
  const [c1, c2, c3] = cols.map((c) => c.values!) as [Float64Array, Float64Array, Float64Array];
  // The row count is checked against the columns and MAX_ROWS before anything is allocated for it.
  const { rows } = table;
  if (
    !Number.isInteger(rows) ||
    rows < 0 ||
    rows > MAX_ROWS ||
    cols.some((c) => !ArrayBuffer.isView(c.values) || c.values.length !== rows)
  )
    return { ok: false, issue: issue('damaged', { name: table.name }) };
  const keep = new Int32Array(rows);
  let kept = 0;
  for (let i = 0; i < rows; i++) {
    const a = c1[i]!;
    const b = c2[i]!;
    const y = c3[i]!;
    if (a === a && b === b && y === y) keep[kept++] = i;
  }
  const take = (c: Float64Array) => {
    const out = new Float64Array(kept);
    for (let k = 0; k < kept; k++) out[k] = c[keep[k]!]!;
    return out;
  };
  const x1 = take(c1);
  const x2 = take(c2);
  const y = take(c3);
  const dropped = rows - kept;
  const rowOf = (k: number) => keep[k]! + 1;
  const problem = columnsIssue(choice, [x1, x2, y], rowOf);
  if (problem) {
    return { ok: false, issue: problem };
  }
  const notes: DataNote[] = [];
  if (dropped > 0) {
    const causes = cols
      .filter((c) => c.empty + c.invalid > 0)
      .map((c) => ({ column: c.name, empty: c.empty, invalid: c.invalid, example: c.example }));
    const example = causes.find((c) => c.example !== null);
    notes.push(
      note('dropped', {
        dropped,
        rows,
        kept,
        columns: causes.map((c) => c.column).join(', '),
        empty: causes.reduce((s, c) => s + c.empty, 0),
        invalid: causes.reduce((s, c) => s + c.invalid, 0),
        example: example?.example ?? '',
      }),
    );
  }
  const collinear = collinearNote(choice, x1, x2);
  if (collinear) notes.push(collinear);
  return { ok: true, data: makeUserData(table.name, choice, x1, x2, y), notes };
}

/**
 * A table just read, with the default choice of columns applied (see defaultChoice), and a note for
 * each default feature that is id-like (a constant one is refused by chooseColumns already).
 */
export function withDefaultChoice(table: UserTable): {
  choice: ColumnChoice;
  result: ChoiceResult;
} {
  const choice = defaultChoice(table);
  if (!choice) {
    const numeric = table.columns.filter((c) => c.numeric).map((c) => c.name);
    const problem = issue('too-few-numeric', {
      name: table.name,
      count: numeric.length,
      list: numeric.join(', '),
    });
    return { choice: ['', '', ''], result: { ok: false, issue: problem } };
  }
  const result = chooseColumns(table, choice);
  if (result.ok) {
    // A feature that only numbers the rows is a default only when nothing better is left: say so.
    for (const column of choice.slice(0, 2)) {
      const values = table.columns.find((c) => c.name === column && c.numeric)!.values!;
      if (isIdLike(values)) result.notes.push(note('id-like', { column, target: choice[2] }));
    }
  }
  return { choice, result };
}

/** A table of exactly the user's data (their three columns): what a link's data can show. */
export function tableOfUserData(u: UserData): UserTable {
  const column = (name: string, values: Float64Array): TableColumn => ({
    name,
    numeric: true,
    values,
    empty: 0,
    invalid: 0,
    example: null,
  });
  return {
    name: u.fileName,
    rows: u.y.length,
    columns: [column(u.columns[0], u.x1), column(u.columns[1], u.x2), column(u.columns[2], u.y)],
    delimiter: ',',
    decimalComma: false,
    header: true,
  };
}
