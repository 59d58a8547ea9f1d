import type {
  DataIssue,
  DataIssueCode,
  DataNote,
  DataNoteCode,
  Language,
} from '../../src/index.ts';
import { outsideText } from '../../src/index.ts';
import { translate, type MessageKey } from '../i18n/i18n.ts';

/** The interface message that words each issue and note (app/i18n). */
const MESSAGE_KEYS: Record<DataIssueCode | DataNoteCode, MessageKey> = {
  empty: 'dataIssueEmpty',
  binary: 'dataIssueBinary',
  utf16: 'dataIssueUtf16',
  'too-large': 'dataIssueTooLarge',
  'too-many-columns': 'dataIssueTooManyColumns',
  'too-many-cells': 'dataIssueTooManyCells',
  'header-only': 'dataIssueHeaderOnly',
  'one-column': 'dataIssueOneColumn',
  'no-numeric': 'dataIssueNoNumeric',
  'too-few-numeric': 'dataIssueTooFewNumeric',
  'same-column': 'dataIssueSameColumn',
  'missing-column': 'dataIssueMissingColumn',
  'too-few-rows': 'dataIssueTooFewRows',
  constant: 'dataIssueConstant',
  huge: 'dataIssueHuge',
  tiny: 'dataIssueTiny',
  unreadable: 'dataIssueUnreadable',
  damaged: 'dataIssueDamaged',
  read: 'dataNoteRead',
  'no-header': 'dataNoteNoHeader',
  renamed: 'dataNoteRenamed',
  'renamed-many': 'dataNoteRenamedMany',
  'decimal-comma': 'dataNoteDecimalComma',
  ragged: 'dataNoteRagged',
  'not-utf8': 'dataNoteNotUtf8',
  dropped: 'dataNoteDropped',
  collinear: 'dataNoteCollinear',
  'id-like': 'dataNoteIdLike',
};

const DELIMITER_KEYS: Record<string, MessageKey> = {
  comma: 'delimiterComma',
  semicolon: 'delimiterSemicolon',
  tab: 'delimiterTab',
  bar: 'delimiterBar',
};

/** Longest list of names (columns a table holds) a message repeats, in characters. */
const MAX_LIST = 160;

/** A count with thousands separators (1,000,000). */
export const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** A value as its shortest exact-enough text: 6 significant digits, exponents as 1e300. */
export const value = (x: number) => String(Number(x.toPrecision(6))).replace('e+', 'e');

/**
 * Bytes in MB (decimal), as file managers show them: 3 significant digits, or as many more as it
 * takes (up to 15) to differ from `beside` when the two bytes counts differ — a file 1 byte over a
 * 100 MB limit is "100.000001 MB", never "100 MB".
 */
export function megabytes(bytes: number, beside = bytes): string {
  const at = (p: number, b: number) => Number((b / 1e6).toPrecision(p));
  let p = 3;
  while (p < 15 && bytes !== beside && at(p, bytes) === at(p, beside)) p++;
  return `${at(p, bytes)} MB`;
}

/** The message variables that are counts (written with thousands separators). */
export const COUNTS: ReadonlySet<string> = new Set([
  'rows',
  'columns',
  'numeric',
  'count',
  'dropped',
  'kept',
  'empty',
  'invalid',
  'row',
  'limit',
]);

/** An issue or note in `language`, its numbers worded for people. */
export function dataMessageText(message: DataIssue | DataNote, language: Language): string {
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(message.vars)) {
    // Names, lists of names and cells come from the user's file or a link: sanitized and cut.
    if (typeof v === 'string')
      vars[name] =
        name === 'delimiter' ? v : outsideText(v, name === 'list' ? MAX_LIST : undefined);
    // A size beside the limit it breaks is worded with enough digits to differ from it.
    else if (name === 'size') vars[name] = megabytes(v, Number(message.vars.limit ?? v));
    else if (name === 'limit' && message.code === 'too-large') vars[name] = megabytes(v);
    else vars[name] = COUNTS.has(name) ? count(v) : value(v);
  }
  if (typeof vars.delimiter === 'string' && DELIMITER_KEYS[vars.delimiter])
    vars.delimiter = translate(language, DELIMITER_KEYS[vars.delimiter]!);
  if ('example' in vars)
    vars.example = vars.example
      ? translate(language, 'dataExample', { example: vars.example })
      : '';
  return translate(language, MESSAGE_KEYS[message.code], vars);
}
