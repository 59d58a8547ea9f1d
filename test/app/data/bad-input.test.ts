// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  curvature,
  DEFAULT_EXPERIMENT,
  fileSizeIssue,
  withDefaultChoice,
  type DataIssue,
  type TableResult,
} from '../../../src/index.ts';
import { dataMessageText } from '../../../app/data/data-messages.ts';
import { parseTableFile, parseTableText } from '../../../app/data/parse-table.ts';
import { acceptTable } from '../../../app/data/user-data-actions.ts';
import { singularHessian } from '../../../app/ui/condition-number.ts';
import { createLab } from '../../../app/lab/lab.ts';
import { MAX_COLUMNS } from '../../../src/datasets/user-data/messages.ts';

const { problemFor } = createLab();

/** What the data panel says about a table read (and its default columns): in English and Chinese. */
function outcome(result: TableResult) {
  const en = (m: Parameters<typeof dataMessageText>[0]) => dataMessageText(m, 'en');
  if (!result.ok)
    return { issue: en(result.issue), zh: dataMessageText(result.issue, 'zh-TW'), notes: [] };
  const { result: chosen } = withDefaultChoice(result.table);
  if (!chosen.ok)
    return {
      issue: en(chosen.issue),
      zh: dataMessageText(chosen.issue, 'zh-TW'),
      notes: result.notes.map(en),
    };
  return {
    issue: null,
    zh: null,
    notes: [...result.notes, ...chosen.notes].map(en),
    data: chosen.data,
  };
}

/**
 * The previous experiment stays when a read is refused; so does the panel's table, unless the new
 * table was read and only its default columns were refused (then other columns can be picked).
 */
function expectNothingLost(result: TableResult) {
  const lab = createLab({ experiment: { surface: 'penguins', scaling: 'standardize' } });
  const store = lab.store;
  acceptTable(lab, parseTableText('a,b,c\n1,2,3\n2,1,5\n3,5,4\n4,4,9\n', 'good.csv'));
  const before = store.getState();
  expect(before.experiment.surface).toBe('user');
  acceptTable(lab, result);
  const after = store.getState();
  expect(after.experiment).toBe(before.experiment);
  if (!result.ok) expect(after.userTable).toBe(before.userTable);
  else expect(after.userTable).toBe(result.table);
  expect(after.dataIssue).not.toBeNull();
}

const read = (text: string, name = 'data.csv') => parseTableText(text, name);
const fileOf = (bytes: Uint8Array<ArrayBuffer> | string, name: string) => new File([bytes], name);

describe('every bad input gets a clear message and loses nothing', () => {
  const refused: [string, () => TableResult | Promise<TableResult>, string][] = [
    [
      'an empty file',
      () => read('', 'empty.csv'),
      '“empty.csv” is empty: there is nothing to read.',
    ],
    [
      'an empty file, by its size',
      () => parseTableFile(fileOf('', 'empty.csv')),
      '“empty.csv” is empty: there is nothing to read.',
    ],
    [
      'a header only',
      () => read('x1,x2,y\n', 'header.csv'),
      '“header.csv” has a header row (3 columns) but no rows of data.',
    ],
    [
      'one column',
      () => read('height\n1\n2\n3\n', 'one.csv'),
      'Only one column was found in “one.csv” (“height”). Separate the columns with commas, semicolons, tabs or vertical bars: you need two feature columns and a target column.',
    ],
    [
      'no numeric column',
      () => read('name,colour\nann,red\nbob,blue\n', 'words.csv'),
      'None of the 2 columns of “words.csv” holds numbers. You need three numeric columns: two features and a target.',
    ],
    [
      'too few numeric columns',
      () => read('name,a,b\nann,1,2\nbob,3,5\n', 'two.csv'),
      'Only 2 of the columns of “two.csv” hold numbers (a, b); three are needed: two features and a target.',
    ],
    [
      'a constant feature (σ = 0)',
      () => read('a,b,y\n5,1,2\n5,2,3\n5,4,1\n5,3,8\n'),
      'Cannot standardize: “a” is 5 in every row (σ = 0), so scaling it would divide by zero and it tells the model nothing. Pick another feature.',
    ],
    [
      'fewer than 3 rows',
      () => read('a,b,y\n1,2,3\n4,5,7\n'),
      'Only 2 rows have numbers in all three chosen columns; fitting y ≈ b + w1·x1 + w2·x2 needs at least 3.',
    ],
    [
      'fewer than 3 complete rows once incomplete ones are dropped',
      () => read('a,b,y\n1,2,3\n4,,7\n2,5,\n1,1,1\n'),
      'Only 2 rows have numbers in all three chosen columns; fitting y ≈ b + w1·x1 + w2·x2 needs at least 3.',
    ],
    [
      'huge values (1e300)',
      () => read('a,b,y\n1,2,3\n1e300,5,7\n2,5,1\n3,1,1\n'),
      '“a” holds 1e300 (row 2 of the data): numbers beyond ±1e150 overflow double precision once squared, so the error surface cannot be computed. Fix that row, or rescale the column (other units).',
    ],
    [
      'tiny values (1e-300)',
      () => read('a,b,y\n1e-300,2,3\n2e-300,5,7\n3e-300,5,1\n4e-300,1,1\n'),
      'The values of “a” differ by only 3e-300: too little to square in double precision (it underflows to zero). Rescale the column, e.g. multiply it by a power of ten.',
    ],
    [
      'a 200 MB file (the limit is 100 MB)',
      () => parseTableFile({ name: 'big.csv', size: 200e6 } as File),
      '“big.csv” is 200 MB; files up to 100 MB can be read here. Keep only the columns you need (three columns of a million rows take about 25 MB).',
    ],
    [
      'a binary file renamed .csv (a PNG)',
      () =>
        parseTableFile(
          fileOf(
            new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
            'photo.csv',
          ),
        ),
      '“photo.csv” is not text: it looks like a binary file (a spreadsheet workbook, an image, a zip archive…). Save or export your table as CSV or TSV text and choose that file.',
    ],
    [
      'a spreadsheet workbook renamed .csv (zip)',
      () =>
        parseTableFile(
          fileOf(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0]), 'book.csv'),
        ),
      '“book.csv” is not text: it looks like a binary file (a spreadsheet workbook, an image, a zip archive…). Save or export your table as CSV or TSV text and choose that file.',
    ],
    [
      'binary bytes pasted as text',
      () => read('a,b,c\n1,2\u0000,3\n', 'pasted table'),
      '“pasted table” is not text: it looks like a binary file (a spreadsheet workbook, an image, a zip archive…). Save or export your table as CSV or TSV text and choose that file.',
    ],
    [
      'UTF-16 text',
      () => parseTableFile(fileOf(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0]), 'excel.csv')),
      '“excel.csv” is saved as UTF-16 text. Save it as UTF-8 CSV (in Excel: “CSV UTF-8”) and choose it again.',
    ],
  ];
  for (const [what, make, message] of refused) {
    it(`${what}: “${message.slice(0, 60)}…”`, async () => {
      const result = await make();
      const o = outcome(result);
      expect(o.issue).toBe(message);
      expect(o.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(o.zh).not.toMatch(/\{\w+\}/);
      expectNothingLost(result);
    });
  }

  it('a 200 MB file is refused from its size alone, before it is read', () => {
    expect(fileSizeIssue(200e6, 'big.csv')?.code).toBe('too-large');
    expect(fileSizeIssue(99e6, 'ok.csv')).toBeNull();
  });
});

describe('inputs that are read, with what the page says about them', () => {
  it('rows with missing or non-numeric cells are dropped and counted', () => {
    const o = outcome(read('a,b,y\n1,2,3\n4,,7\n2,5,NA\n1,1,1\n3,7,2\n', 'gaps.csv'));
    expect(o.issue).toBeNull();
    expect(o.notes).toContain(
      'Left out 2 of 5 rows with missing or non-numeric cells in b, y (1 empty, 1 not a number, e.g. “NA”); 3 rows are used.',
    );
    expect(Array.from(o.data!.y)).toEqual([3, 1, 2]);
  });

  it('perfectly collinear features: read, with the reason, and κ = ∞ (singular Hessian)', () => {
    const o = outcome(read('a,b,y\n1,3,2\n2,5,1\n3,7,4\n4,9,3\n', 'line.csv'));
    expect(o.issue).toBeNull();
    expect(o.notes).toContain(
      '“b” = 1 + 2 × “a” in every row: the features are perfectly collinear, so the Hessian 2·Cov(x) is singular and κ = ∞. The loss is flat along one direction (its minimum is a line, not a point), and no feature scaling, not even whitening, can change that.',
    );
    for (const scaling of ['none', 'standardize', 'whiten'] as const) {
      const p = problemFor({ ...DEFAULT_EXPERIMENT, surface: 'user', userData: o.data!, scaling });
      expect(curvature(p.surface).conditionNumber).toBeNull();
      expect(singularHessian(p.curvature)).toBe(true);
    }
  });

  it('duplicate header names: the later column is renamed', () => {
    const o = outcome(read('a,a,y\n1,2,3\n2,1,5\n3,5,4\n'));
    expect(o.notes).toContain('Two columns are named “a”; the later one is called “a (2)”.');
    expect(o.data!.columns).toEqual(['a', 'a (2)', 'y']);
  });

  it('a byte-order mark is not part of the first name', () => {
    const o = outcome(read('\uFEFFa,b,y\n1,2,3\n2,1,5\n3,5,4\n'));
    expect(o.data!.columns).toEqual(['a', 'b', 'y']);
    expect(o.notes).toEqual([
      'Read “data.csv”: 3 rows, 3 columns (3 numeric), separated by commas.',
    ]);
  });

  it('a byte-order mark in a file', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('a,b,y\n1,2,3\n2,1,5\n3,5,4\n'),
    ]);
    const result = await parseTableFile(fileOf(bom, 'bom.csv'));
    expect(outcome(result).data!.columns).toEqual(['a', 'b', 'y']);
  });

  it('quoted fields: delimiters and quotes inside them, numbers in quotes', () => {
    const o = outcome(
      read(
        'name,"weight, lb","acc ""0-60""",mpg\n"chevy, malibu","3504",12,18\n"ford ""torino""",3449,"10.5",17\nbuick,3693,11.5,15\n',
      ),
    );
    expect(o.data!.columns).toEqual(['weight, lb', 'acc "0-60"', 'mpg']);
    expect(Array.from(o.data!.x2)).toEqual([12, 10.5, 11.5]);
  });

  it('semicolons and decimal commas', () => {
    const o = outcome(read('a;b;y\n1,5;2;3\n2,25;1;5\n3;5,5;4\n', 'eu.csv'));
    expect(o.notes).toEqual([
      'Read “eu.csv”: 3 rows, 3 columns (3 numeric), separated by semicolons.',
      'Decimal commas are read as decimal points (3,5 = 3.5).',
    ]);
    expect(Array.from(o.data!.x1)).toEqual([1.5, 2.25, 3]);
    expect(Array.from(o.data!.x2)).toEqual([2, 1, 5.5]);
  });

  it('tabs', () => {
    const o = outcome(read('a\tb\ty\n1\t2\t3\n2\t1\t5\n3\t5\t4\n', 'data.tsv'));
    expect(o.notes[0]).toBe('Read “data.tsv”: 3 rows, 3 columns (3 numeric), separated by tabs.');
  });

  it('no header: the columns are named', () => {
    const o = outcome(read('1,2,3\n2,1,5\n3,5,4\n'));
    expect(o.data!.columns).toEqual(['column 1', 'column 2', 'column 3']);
    expect(o.data!.y.length).toBe(3);
  });

  it('huge and tiny values within range are read exactly', () => {
    const o = outcome(read('a,b,y\n1e100,2e-100,3\n3e100,1e-100,5\n2e100,5e-100,4\n'));
    expect(o.issue).toBeNull();
    expect(Array.from(o.data!.x1)).toEqual([1e100, 3e100, 2e100]);
    const p = problemFor({
      ...DEFAULT_EXPERIMENT,
      surface: 'user',
      userData: o.data!,
      scaling: 'whiten',
    });
    expect(p.curvature.conditionNumber).toBeCloseTo(1, 6);
  });

  it('the issue is kept out of the experiment also when only the columns picked are wrong', () => {
    const lab = createLab();
    const store = lab.store;
    acceptTable(lab, read('a,b,c,y\n1,2,5,3\n2,1,5,5\n3,5,5,4\n'));
    const before = store.getState().experiment;
    expect(before.userData!.columns).toEqual(['a', 'b', 'y']);
    const issue: DataIssue | null = store.getState().dataIssue;
    expect(issue).toBeNull();
  });
});

describe('a table too wide to read', () => {
  const wide = (width: number, rows: number) => {
    const line = (f: (k: number) => string) =>
      Array.from({ length: width }, (_, k) => f(k)).join(',');
    const lines = [line((k) => `c${k}`)];
    for (let i = 0; i < rows; i++) lines.push(line((k) => `${(i * k) % 97}`));
    return lines.join('\n');
  };

  it('is refused with a message naming its columns and the limit, in both languages', () => {
    const width = MAX_COLUMNS * 2;
    const result = read(wide(width, 3), 'wide.csv');
    expectNothingLost(result);
    const o = outcome(result);
    expect(o.issue).toContain(width.toLocaleString('en-US'));
    expect(o.issue).toContain(MAX_COLUMNS.toLocaleString('en-US'));
    expect(o.zh).toContain(MAX_COLUMNS.toLocaleString('en-US'));
  });

  it('a file is not read past the chunk that shows it too wide', async () => {
    const text = wide(MAX_COLUMNS + 1, 1500);
    expect(text.length).toBeGreaterThan(3 << 20);
    const progress: number[] = [];
    const result = await parseTableFile(fileOf(text, 'wide.csv'), (done) => progress.push(done));
    expect(result.ok ? 'read' : result.issue.code).toBe('too-many-columns');
    expect(progress.every((done) => done < text.length)).toBe(true);
  });
});

describe('text that is not UTF-8 text past the first 64 KiB', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `${i % 13},${(i * 7) % 11},${i % 5}`).join('\n');

  it('binary bytes after the first 64 KiB are refused as binary', async () => {
    const text = new TextEncoder().encode(`a,b,y\n${rows(30_000)}\n`);
    expect(text.length).toBeGreaterThan(65536 * 2);
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x2c, 0, 0x0a, 1, 0]);
    const bytes = new Uint8Array(text.length + zip.length);
    bytes.set(text);
    bytes.set(zip, text.length);
    const result = await parseTableFile(fileOf(bytes, 'tail.csv'));
    expect(result.ok ? 'read' : result.issue.code).toBe('binary');
    expectNothingLost(result);
    expect(outcome(await parseTableFile(fileOf(text, 'clean.csv'))).issue).toBeNull();
  });

  it('Latin-1 text is read, with a note in both languages that it is not UTF-8', async () => {
    const latin1 = Uint8Array.from(`caf\xe9,b,y\n1,2,3\n2,1,5\n3,5,4\n`, (c) => c.charCodeAt(0));
    const result = await parseTableFile(fileOf(latin1, 'latin.csv'));
    if (!result.ok) throw new Error(result.issue.code);
    const note = result.notes.find((n) => n.code === 'not-utf8');
    expect(note).toBeDefined();
    expect(dataMessageText(note!, 'en')).toContain('UTF-8');
    expect(dataMessageText(note!, 'zh-TW')).toContain('UTF-8');
    const utf8 = await parseTableFile(fileOf('café,b,y\n1,2,3\n2,1,5\n3,5,4\n', 'utf8.csv'));
    if (!utf8.ok) throw new Error(utf8.issue.code);
    expect(utf8.notes.map((n) => n.code)).not.toContain('not-utf8');
  });
});
