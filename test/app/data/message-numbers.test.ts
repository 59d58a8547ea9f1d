import { beforeAll, describe, expect, it } from 'vitest';
import { fileSizeIssue } from '../../../src/index.ts';
import {
  DATA_ISSUE_CODES,
  DATA_NOTE_CODES,
  issue,
  MAX_FILE_BYTES,
  note,
} from '../../../src/datasets/user-data/messages.ts';
import { LANGUAGES } from '../../../src/text.ts';
import { dataMessageText } from '../../../app/data/data-messages.ts';
import { en } from '../../../app/i18n/en.ts';
import { fillTemplate, loadLanguage, translate } from '../../../app/i18n/i18n.ts';

beforeAll(async () => {
  await loadLanguage('zh-TW');
});

/** The counts a data message may name. */
const COUNTS = ['rows', 'columns', 'numeric', 'count', 'dropped', 'kept', 'empty', 'invalid'];

/** Every data message with every count set to `n` (names and values plain). */
function everyMessage(n: number) {
  const vars = {
    ...Object.fromEntries(COUNTS.map((k) => [k, n])),
    name: 'f.csv',
    column: 'a',
    list: 'a',
    example: '',
    from: 'a',
    to: 'a (2)',
    x1: 'a',
    x2: 'b',
    target: 'y',
    delimiter: 'comma',
    row: 2,
    value: 3,
    slope: 2,
    intercept: 1,
    spread: 1e-160,
    size: MAX_FILE_BYTES + 1,
    limit: MAX_FILE_BYTES,
    reason: 'x',
  };
  return [
    ...DATA_ISSUE_CODES.map((c) => issue(c, vars)),
    ...DATA_NOTE_CODES.map((c) => note(c, vars)),
  ];
}

describe('messages agree with their numbers', () => {
  it('a file over the limit is said to be larger than the limit, however little over', () => {
    for (const size of [MAX_FILE_BYTES + 1, MAX_FILE_BYTES + 499, MAX_FILE_BYTES + 1e6, 3e9]) {
      const problem = fileSizeIssue(size, 'big.csv')!;
      for (const language of LANGUAGES) {
        const text = dataMessageText(problem, language);
        const [shown, limit] = [...text.matchAll(/([\d.]+) MB/g)].map((m) => Number(m[1]));
        expect({ text, larger: shown! > limit! }).toEqual({ text, larger: true });
        // The limit is stated in the same unit, as the file manager counts it.
        expect(limit).toBe(MAX_FILE_BYTES / 1e6);
      }
    }
  });

  it('plural forms follow Intl.PluralRules of the language', () => {
    for (const language of LANGUAGES) {
      const rules = new Intl.PluralRules(language);
      for (const n of [0, 1, 2, 5, 1000, 1.5]) {
        const want = rules.select(n) === 'one' ? 'A' : 'B';
        expect(fillTemplate('{n:one=A|other=B}', { n }, language)).toBe(want);
        expect(fillTemplate('{n:one=A|other=B}', { n: n.toLocaleString('en-US') }, language)).toBe(
          want,
        );
      }
    }
  });

  it('one row, column or cell is worded in the singular, several in the plural', () => {
    for (const message of everyMessage(1)) {
      const text = dataMessageText(message, 'en');
      expect({
        text,
        plural: /\b1 (rows|columns|not numbers)\b|\b1 of the columns .* hold\b/.test(text),
      }).toEqual({
        text,
        plural: false,
      });
    }
    for (const message of everyMessage(2)) {
      const text = dataMessageText(message, 'en');
      expect({ text, singular: /\b2 (row|column|not a number)\b|\brows is\b/.test(text) }).toEqual({
        text,
        singular: false,
      });
    }
    expect(translate('en', 'dataRows', { rows: '1' })).toBe('1 row');
    expect(translate('en', 'dataRows', { rows: '1,000' })).toBe('1,000 rows');
  });

  it('no message leaves a plural form unfilled, in either language', () => {
    for (const n of [1, 3])
      for (const message of everyMessage(n))
        for (const language of LANGUAGES)
          expect(dataMessageText(message, language)).not.toMatch(/\{\w+[:}]/);
    // Every plural form in the English messages names an "other" form.
    for (const template of Object.values(en) as string[])
      for (const m of template.matchAll(/\{(\w+):([^{}]*)\}/g)) expect(m[2]).toMatch(/other=/);
  });
});
