import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from './messages.ts';
import type { TableColumn, UserTable } from './table.ts';

// A table kept in the browser's storage comes back from outside the reader: anything may be there.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFloat64Array = (v: unknown): v is Float64Array =>
  ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Float64Array]';
const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** A column as kept (see asUserTable), or null. */
function asColumn(v: unknown, rows: number): TableColumn | null {
  if (!isRecord(v)) return null;
  const { name, numeric, values, empty, invalid, example } = v;
  if (typeof name !== 'string' || name === '' || typeof numeric !== 'boolean') return null;
  if (numeric ? !isFloat64Array(values) || values.length !== rows : values !== null) return null;
  if (!isCount(empty, rows) || !isCount(invalid, rows)) return null;
  if (example !== null && typeof example !== 'string') return null;
  return { name, numeric, values: values as Float64Array | null, empty, invalid, example };
}

/**
 * A table from outside the reader (the browser's storage: anything may be there), checked before
 * anything is done with it: its row count an integer up to MAX_ROWS, equal to the length of every
 * numeric column's values (a Float64Array), 2 to MAX_COLUMNS columns with distinct names, at most
 * MAX_CELLS cells, every field of its type. Only these fields are kept. Null when anything is off.
 */
export function asUserTable(value: unknown): UserTable | null {
  if (!isRecord(value)) return null;
  const { name, rows, columns, delimiter, decimalComma, header } = value;
  if (typeof name !== 'string' || !isCount(rows, MAX_ROWS)) return null;
  if (!Array.isArray(columns) || columns.length < 2 || columns.length > MAX_COLUMNS) return null;
  if (rows * columns.length > MAX_CELLS) return null;
  if (typeof delimiter !== 'string' || typeof decimalComma !== 'boolean') return null;
  if (typeof header !== 'boolean') return null;
  const checked: TableColumn[] = [];
  const names = new Set<string>();
  for (const c of columns as unknown[]) {
    const column = asColumn(c, rows);
    if (!column || names.has(column.name)) return null;
    names.add(column.name);
    checked.push(column);
  }
  return { name, rows, columns: checked, delimiter, decimalComma, header };
}
