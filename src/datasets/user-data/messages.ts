/**
 * What the app says about a table or a choice of its columns: a code it words in both languages,
 * with the facts the words need. An issue stops the data from being used (the experiment shown
 * stays as it was); a note is said beside data that are used.
 */
export const DATA_ISSUE_CODES = [
  'empty',
  'binary',
  'utf16',
  'too-large',
  'too-many-columns',
  'too-many-cells',
  'header-only',
  'one-column',
  'no-numeric',
  'too-few-numeric',
  'same-column',
  'missing-column',
  'too-few-rows',
  'constant',
  'huge',
  'tiny',
  'unreadable',
  'damaged',
] as const;
export type DataIssueCode = (typeof DATA_ISSUE_CODES)[number];

export const DATA_NOTE_CODES = [
  'read',
  'no-header',
  'renamed',
  'renamed-many',
  'decimal-comma',
  'ragged',
  'not-utf8',
  'dropped',
  'collinear',
  'id-like',
] as const;
export type DataNoteCode = (typeof DATA_NOTE_CODES)[number];

/** The facts a message names: column names, counts, values (numbers are worded by the app). */
export type MessageVars = Record<string, string | number>;

export interface DataIssue {
  code: DataIssueCode;
  vars: MessageVars;
}

export interface DataNote {
  code: DataNoteCode;
  vars: MessageVars;
}

export const issue = (code: DataIssueCode, vars: MessageVars = {}): DataIssue => ({ code, vars });
export const note = (code: DataNoteCode, vars: MessageVars = {}): DataNote => ({ code, vars });

/** Files larger than this (100 MB) are refused before they are read. */
export const MAX_FILE_BYTES = 100_000_000;

/** Tables with more columns than this are refused as soon as their first row is read. */
export const MAX_COLUMNS = 1000;

/**
 * Tables with more cells (rows × columns) than this are refused when the row that passes it is
 * read: 20 million numbers take 160 MB (a million rows of 20 columns).
 */
export const MAX_CELLS = 20_000_000;

/** Rows a table can have at most: the cells of its narrowest form, two columns. */
export const MAX_ROWS = MAX_CELLS / 2;
