// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeUserData,
  OUTSIDE_TEXT_MAX,
  outsideText,
  userDataset,
  type Language,
} from '../../../src/index.ts';
import {
  DATA_ISSUE_CODES,
  DATA_NOTE_CODES,
  issue,
  note,
} from '../../../src/datasets/user-data/messages.ts';
import { COUNTS, dataMessageText } from '../../../app/data/data-messages.ts';
import { forgetTables } from '../../../app/data/table-store.ts';
import { openReferencedData } from '../../../app/data/user-data-actions.ts';
import { loadLanguage, translate } from '../../../app/i18n/i18n.ts';
import { createLab } from '../../../app/lab/lab.ts';
import { linkNotices } from '../../../app/lab/link-notices.ts';
import { LANGUAGES } from '../../../src/text.ts';

/** Names a link, a file or the browser's storage may carry, each hostile in its own way. */
const HOSTILE = [
  'evil\u202Egnp.exe', // a right-to-left override
  'a\u2066isolate\u2069b\u200Bzero\u200Dwidth\uFEFF',
  'line\nbreak\r\u2028sep\u0000nul\u0007bell\u001b[31m',
  'n'.repeat(10_000),
  '😀'.repeat(10_000),
  `\u202E${'w'.repeat(9_990)}\u202C`,
];
/** What no shown text may hold: control, format, line and paragraph separator characters. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Room for a message's own words around the names it repeats (its longest template is shorter). */
const MESSAGE_WORDS = 400;

/** Every shown text: sanitized, and no name shown longer than the longest cap (a list of names). */
function expectSafe(where: string, text: string, names = 3) {
  expect({ where, unsafe: UNSAFE.exec(text)?.[0] ?? null }).toEqual({ where, unsafe: null });
  expect({ where, short: [...text].length <= MESSAGE_WORDS + names * 160 }).toEqual({
    where,
    short: true,
  });
}

beforeAll(async () => {
  await loadLanguage('zh-TW');
});

describe('text from outside is shown sanitized and short on every notice path', () => {
  it('the sanitizer replaces control, format and bidi characters and cuts long text', () => {
    expect(outsideText('a\u202Eb\u200Bc\n')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect([...outsideText('x'.repeat(10_000))]).toHaveLength(OUTSIDE_TEXT_MAX);
    expect(outsideText('x'.repeat(10_000)).endsWith('…')).toBe(true);
    expect(outsideText('plain name.csv')).toBe('plain name.csv');
  });

  it('a link’s refused keys and values', () => {
    for (const name of HOSTILE)
      for (const notice of linkNotices([
        { key: name, value: name, reason: 'unknown' },
        { key: 'origins', value: name, reason: 'invalid' },
      ]))
        for (const language of LANGUAGES)
          expectSafe(`link ${notice.key}`, translate(language, notice.key, notice.vars));
  });

  it('a link naming data not in this browser', async () => {
    await forgetTables();
    for (const [k, name] of HOSTILE.entries()) {
      const lab = createLab();
      const ref = {
        id: '0123456789abc' + k,
        fileName: name,
        columns: [`${name}1`, `${name}2`, `${name}3`] as const,
        rows: 5000,
      };
      await openReferencedData(lab, { ref, param: 'r1.x' }, {});
      const notice = lab.store.getState().notices.find((n) => n.id === 'data-link')!;
      expect(notice).toBeDefined();
      for (const language of LANGUAGES)
        expectSafe(`data-link ${k}`, translate(language, notice.key, notice.vars), 4);
    }
  });

  it('every data issue and note, with every name it repeats hostile', () => {
    // Every count the messages know, and the other numbers they quote.
    const numbers = Object.fromEntries(
      [...COUNTS, 'size', 'value', 'slope', 'intercept', 'spread'].map((k) => [k, 3]),
    );
    for (const name of HOSTILE) {
      const names = Object.fromEntries(
        ['name', 'column', 'list', 'columns', 'example', 'from', 'to', 'x1', 'x2', 'target'].map(
          (k) => [k, name],
        ),
      );
      const vars = { ...numbers, ...names, columns: 3, delimiter: 'comma' };
      const messages = [
        ...DATA_ISSUE_CODES.map((c) => issue(c, vars)),
        ...DATA_NOTE_CODES.map((c) => note(c, vars)),
      ];
      for (const m of messages)
        for (const language of LANGUAGES)
          expectSafe(`${m.code} ${language}`, dataMessageText(m, language as Language), 4);
    }
  });

  it('the user data’s own name, description and axis names', () => {
    for (const name of HOSTILE) {
      const col = Float64Array.from([1, 2, 4, 3]);
      const d = userDataset(
        makeUserData(name, [`${name}1`, `${name}2`, `${name}3`], col, col, col),
      );
      for (const language of LANGUAGES)
        for (const text of [
          d.name[language],
          d.description[language],
          d.source[language],
          ...d.featureNames.map((f) => f[language]),
          d.targetName[language],
        ])
          expectSafe(`dataset ${language}`, text, 4);
    }
  });
});
