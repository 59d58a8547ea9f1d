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
] as const;
export type DataIssueCode = (typeof DATA_ISSUE_CODES)[number];

export const DATA_NOTE_CODES = [
  'read',
  'no-header',
  'renamed',
  'renamed-many',
  'decimal-comma',
  'ragged',
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
