import { isBlank, parseNumberCell } from './cells.ts';
import { fitName, uniqueNames } from './names.ts';
import {
  issue,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  note,
  type DataIssue,
  type DataNote,
} from './messages.ts';

/** One column of a table as read: numbers where cells hold them, NaN where they do not. */
export interface TableColumn {
  name: string;
  /** Most of its non-empty cells are numbers; only such a column keeps its values. */
  numeric: boolean;
  /** One entry per data row (NaN: empty or not a number); null for a text column. */
  values: Float64Array | null;
  /** Cells that were empty (or missing at the end of a short row). */
  empty: number;
  /** Cells that held something other than a number. */
  invalid: number;
  /** The first such cell, to show. */
  example: string | null;
}

/** A table of the user's, as read from CSV/TSV text. */
export interface UserTable {
  /** The file's name, or a name for pasted text. */
  name: string;
  /** Data rows (the header is not counted). */
  rows: number;
  columns: TableColumn[];
  delimiter: string;
  /** Whether any cell was read with a decimal comma (3,5 = 3.5). */
  decimalComma: boolean;
  /** Whether the first row held names (false: all numbers, so the columns were named). */
  header: boolean;
}

export type TableResult =
  { ok: true; table: UserTable; notes: DataNote[] } | { ok: false; issue: DataIssue };

/** Reads rows of cells as they are parsed (a stream of chunks), then makes a table of them. */
export interface TableBuilder {
  /**
   * Adds parsed rows; `delimiter` is the one they were split at (a comma rules out decimal commas).
   * False once the table is refused (over MAX_COLUMNS or MAX_CELLS): the reader may stop, as
   * nothing more is read.
   */
  add(rows: readonly (readonly string[])[], delimiter: string): boolean;
  finish(name: string): TableResult;
}

/** A growing column of numbers. */
class Numbers {
  values = new Float64Array(1024);
  length = 0;
  empty = 0;
  invalid = 0;
  example: string | null = null;
  push(v: number) {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
}

/**
 * A builder for the rows Papa Parse (or any CSV reader) produces, chunk by chunk. The first row is
 * the header unless every cell in it is a number (then the columns are named "column 1", …).
 * Cells are read with parseNumberCell; a column is numeric when at least half of its non-empty
 * cells are numbers. Rows shorter than the header are padded with empty cells, longer ones cut.
 * A first row wider than `limits.columns` (MAX_COLUMNS) is refused before any work per column, and
 * a row that would take the table past `limits.cells` (MAX_CELLS) cells before it is read.
 */
export function createTableBuilder(
  limits: { columns: number; cells: number } = { columns: MAX_COLUMNS, cells: MAX_CELLS },
): TableBuilder {
  let header: string[] | null = null;
  let hasHeader = true;
  let delimiter = ',';
  let decimalComma = false;
  let usedComma = false;
  let width = 0;
  let rows = 0;
  let ragged = 0;
  let columns: Numbers[] = [];
  let maxRows = 0;
  let refused: ((name: string) => DataIssue) | null = null;
  const notes: DataNote[] = [];
  // A NUL in a cell: binary bytes past the part sniffed before reading (sniffBytes). A U+FFFD:
  // bytes that are not UTF-8 (Latin-1 or Windows-1252 text). Only cells that are not numbers
  // are looked at, so numbers cost nothing more.
  let binary = false;
  let notUtf8 = false;
  const lookAt = (cell: string) => {
    if (cell.includes('\0')) binary = true;
    if (!notUtf8 && cell.includes('\uFFFD')) notUtf8 = true;
  };

  const addRow = (row: readonly string[]) => {
    for (let k = 0; k < width; k++) {
      const col = columns[k]!;
      const cell = k < row.length ? row[k]! : '';
      const v = parseNumberCell(cell, decimalComma);
      if (v !== v) {
        if (isBlank(cell)) col.empty++;
        else {
          col.invalid++;
          col.example ??= cell.trim().slice(0, 40);
          lookAt(cell);
        }
      } else if (decimalComma && !usedComma && cell.includes(',')) usedComma = true;
      col.push(v);
    }
    if (row.length > width) ragged++;
    rows++;
  };

  return {
    add(chunk, chunkDelimiter) {
      if (refused) return false;
      let start = 0;
      if (header === null && chunk.length > 0) {
        // The width is checked before any work per column (names, numbers, notes).
        const columnCount = chunk[0]!.length;
        if (columnCount > limits.columns) {
          refused = (name) =>
            issue('too-many-columns', { name, columns: columnCount, limit: limits.columns });
          return false;
        }
        delimiter = chunkDelimiter;
        decimalComma = delimiter !== ',';
        const first = chunk[0]!.map((c, k) => (k === 0 ? c.replace(/^\uFEFF/, '') : c));
        first.forEach(lookAt);
        width = first.length;
        maxRows = Math.floor(limits.cells / Math.max(width, 1));
        columns = first.map(() => new Numbers());
        hasHeader = !first.every(
          (c) => !isBlank(c) && !Number.isNaN(parseNumberCell(c, decimalComma)),
        );
        header = uniqueNames(hasHeader ? first : first.map(() => ''), notes);
        if (hasHeader) start = 1;
      }
      for (let r = start; r < chunk.length; r++) {
        if (rows >= maxRows) {
          const columnCount = width;
          refused = (name) =>
            issue('too-many-cells', { name, columns: columnCount, rows, limit: limits.cells });
          columns = [];
          return false;
        }
        if (binary) break;
        addRow(chunk[r]!);
      }
      if (binary) {
        refused = (name) => issue('binary', { name });
        columns = [];
        return false;
      }
      return true;
    },
    finish(name) {
      if (refused) return { ok: false, issue: refused(name) };
      if (header === null) return { ok: false, issue: issue('empty', { name }) };
      if (width < 2)
        return { ok: false, issue: issue('one-column', { name, column: header[0] ?? '' }) };
      if (rows === 0) return { ok: false, issue: issue('header-only', { name, columns: width }) };
      const table: UserTable = {
        // The name a link carries: within the names' limit, never empty.
        name: fitName(name) || 'data',
        rows,
        delimiter,
        decimalComma: usedComma,
        header: hasHeader,
        columns: columns.map((c, k) => {
          const numbers = rows - c.empty - c.invalid;
          const numeric = numbers > 0 && numbers >= c.invalid;
          return {
            name: header![k]!,
            numeric,
            values: numeric ? c.values.slice(0, rows) : null,
            empty: c.empty,
            invalid: c.invalid,
            example: c.example,
          };
        }),
      };
      const numeric = table.columns.filter((c) => c.numeric).map((c) => c.name);
      if (numeric.length === 0)
        return { ok: false, issue: issue('no-numeric', { name, columns: width }) };
      if (numeric.length < 3)
        return {
          ok: false,
          issue: issue('too-few-numeric', {
            name,
            count: numeric.length,
            list: numeric.join(', '),
          }),
        };
      const read = note('read', {
        name,
        rows,
        columns: width,
        numeric: numeric.length,
        delimiter: DELIMITER_NAMES[delimiter] ?? delimiter,
      });
      const extra: DataNote[] = [];
      if (!hasHeader) extra.push(note('no-header'));
      if (usedComma) extra.push(note('decimal-comma'));
      if (ragged > 0) extra.push(note('ragged', { rows: ragged }));
      if (notUtf8) extra.push(note('not-utf8', { name }));
      return { ok: true, table, notes: [read, ...extra, ...notes] };
    },
  };
}

/** How the app names a delimiter (a key of its messages). */
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'bar',
};

/** Why a file cannot be read at all, from its size alone: empty, or over MAX_FILE_BYTES. */
export function fileSizeIssue(size: number, name: string): DataIssue | null {
  if (size === 0) return issue('empty', { name });
  if (size > MAX_FILE_BYTES) return issue('too-large', { name, size, limit: MAX_FILE_BYTES });
  return null;
}

/**
 * Whether the first bytes of a file show that it is not text: UTF-16 (a byte-order mark FF FE or
 * FE FF; save it as UTF-8), or binary (a NUL byte, or more than 1 % control characters other than
 * tab, line feed, form feed and carriage return: a spreadsheet workbook, an image, a zip file…).
 */
export function sniffBytes(sample: Uint8Array, name: string): DataIssue | null {
  if (
    sample.length >= 2 &&
    ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
  )
    return issue('utf16', { name });
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return issue('binary', { name });
    if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
  }
  return control > 0.01 * sample.length ? issue('binary', { name }) : null;
}

/** The same test on text already decoded (pasted text, or a file read as a string). */
export function sniffText(text: string, name: string): DataIssue | null {
  const sample = text.slice(0, 65536);
  const bytes = new Uint8Array(sample.length);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    bytes[i] = c === 0xfffd ? 1 : c < 256 ? c : 65;
  }
  return sniffBytes(bytes, name);
}
