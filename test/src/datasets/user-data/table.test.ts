import { describe, expect, it } from 'vitest';
import { createTableBuilder, fileSizeIssue, sniffBytes, sniffText } from '../../../../src/index.ts';
import { MAX_COLUMNS } from '../../../../src/datasets/user-data/messages.ts';

const build = (rows: string[][], delimiter = ',') => {
  const b = createTableBuilder();
  // Fed in two chunks, as a stream would be.
  b.add(rows.slice(0, 2), delimiter);
  b.add(rows.slice(2), delimiter);
  return b.finish('t.csv');
};

describe('the table builder', () => {
  it('keeps numeric columns (at least half of their non-empty cells are numbers) and names text ones', () => {
    const r = build([
      ['name', 'mpg', 'hp', 'origin', 'year'],
      ['chevy', '18', '130', 'USA', '1970-01-01'],
      ['ford', '', 'NA', 'USA', '1970-01-01'],
      ['vw', '26', '46', 'Europe', '1970-01-01'],
    ]);
    expect(r.ok).toBe(false); // only two numeric columns
    if (r.ok) return;
    expect(r.issue).toEqual({
      code: 'too-few-numeric',
      vars: { name: 't.csv', count: 2, list: 'mpg, hp' },
    });
    const ok = build([
      ['name', 'mpg', 'hp', 'w'],
      ['chevy', '18', '130', '3504'],
      ['ford', '', 'NA', '3449'],
      ['vw', '26', '46', '1835'],
    ]);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const [name, mpg, hp] = ok.table.columns;
    expect(name!.numeric).toBe(false);
    expect(name!.values).toBeNull();
    expect(Array.from(mpg!.values!)).toEqual([18, NaN, 26]);
    expect(mpg!.empty).toBe(1);
    expect(hp!.invalid).toBe(1);
    expect(hp!.example).toBe('NA');
    expect(ok.table.rows).toBe(3);
  });

  it('pads short rows with empty cells and counts long ones', () => {
    const r = build([
      ['a', 'b', 'c'],
      ['1', '2'],
      ['3', '4', '5', '6'],
      ['7', '8', '9'],
    ]);
    if (!r.ok) throw new Error('refused');
    expect(r.table.columns[2]!.empty).toBe(1);
    expect(r.notes.map((n) => n.code)).toContain('ragged');
  });

  it('reads a first row of numbers as data', () => {
    const r = build([
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '10'],
    ]);
    if (!r.ok) throw new Error('refused');
    expect(r.table.header).toBe(false);
    expect(r.table.rows).toBe(3);
    expect(r.table.columns.map((c) => c.name)).toEqual(['column 1', 'column 2', 'column 3']);
  });

  it('grows its columns past any size (streamed in chunks)', () => {
    const b = createTableBuilder();
    b.add([['x', 'y', 'z']], ',');
    for (let c = 0; c < 10; c++)
      b.add(
        Array.from({ length: 1000 }, (_, i) => [`${c * 1000 + i}`, '1', `${i % 7}`]),
        ',',
      );
    const r = b.finish('big.csv');
    if (!r.ok) throw new Error('refused');
    expect(r.table.rows).toBe(10000);
    expect(r.table.columns[0]!.values![9999]).toBe(9999);
  });
});

describe('unique column names after renaming', () => {
  const namesOf = (header: string[]) => {
    const b = createTableBuilder();
    b.add([header, header.map((_, k) => `${k}`), header.map((_, k) => `${k * 2}`)], ',');
    const r = b.finish('names.csv');
    if (!r.ok) throw new Error(r.issue.code);
    return { names: r.table.columns.map((c) => c.name), notes: r.notes };
  };
  const firstUsesKept = (header: string[], names: string[]) =>
    header.forEach((h, k) => {
      if (header.indexOf(h) === k) expect(names[k]).toBe(h);
    });

  it('a renamed column never takes a name the header already holds: a,a (2),a,y', () => {
    const header = ['a', 'a (2)', 'a', 'y'];
    const { names, notes } = namesOf(header);
    expect(new Set(names).size).toBe(header.length);
    firstUsesKept(header, names);
    const renamed = notes.filter((n) => n.code === 'renamed');
    expect(renamed).toHaveLength(1);
    expect(renamed[0]!.vars.to).toBe(names[2]);
  });

  it('nor one a rename gave before: a,a,a (2),a (2) (2)', () => {
    const header = ['a', 'a', 'a (2)', 'a (2) (2)'];
    const { names } = namesOf(header);
    expect(new Set(names).size).toBe(header.length);
    firstUsesKept(header, names);
  });

  it('empty names and names like the generated ones stay distinct', () => {
    const header = ['', 'column 1', '', 'column 3 (2)', 'column 3', 'x'];
    const { names } = namesOf(header);
    expect(new Set(names).size).toBe(header.length);
    expect(names.every((n) => n !== '')).toBe(true);
  });

  it('MAX_COLUMNS identical names: all distinct, and one note that counts them', () => {
    const header = Array.from({ length: MAX_COLUMNS }, () => 'same');
    const { names, notes } = namesOf(header);
    expect(new Set(names).size).toBe(header.length);
    const about = notes.filter((n) => n.code === 'renamed' || n.code === 'renamed-many');
    expect(about).toHaveLength(1);
    expect(about[0]!.code).toBe('renamed-many');
    expect(about[0]!.vars.count).toBe(header.length - 1);
  });

  it('10,000 identical names: refused as too wide before any renaming', () => {
    const b = createTableBuilder();
    const header = Array.from({ length: 10_000 }, () => 'same');
    b.add([header, header.map(String)], ',');
    const r = b.finish('same.csv');
    expect(r.ok ? 'read' : r.issue.code).toBe('too-many-columns');
  });
});

describe("bounded work whatever the table's shape", () => {
  const row = (width: number, f: (k: number) => string) =>
    Array.from({ length: width }, (_, k) => f(k));

  it('a first row wider than MAX_COLUMNS is refused at once, and nothing more is read', () => {
    const b = createTableBuilder();
    const width = MAX_COLUMNS + 1;
    expect(b.add([row(width, (k) => `c${k}`), row(width, String)], ',')).toBe(false);
    expect(b.add([row(width, String)], ',')).toBe(false);
    const r = b.finish('wide.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue).toEqual({
      code: 'too-many-columns',
      vars: { name: 'wide.csv', columns: width, limit: MAX_COLUMNS },
    });
  });

  it('MAX_COLUMNS columns are read', () => {
    const b = createTableBuilder();
    const rows = [0, 1, 2, 3].map((i) => row(MAX_COLUMNS, (k) => `${(k + 1) * i + (k % 3)}`));
    expect(b.add([row(MAX_COLUMNS, (k) => `c${k}`), ...rows], ',')).toBe(true);
    const r = b.finish('wide.csv');
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.table.columns).toHaveLength(MAX_COLUMNS);
  });

  it('the row that would pass the cell limit is refused before it is read', () => {
    const limits = { columns: MAX_COLUMNS, cells: 30 };
    const width = 4;
    const fits = Math.floor(limits.cells / width);
    const b = createTableBuilder(limits);
    const data = Array.from({ length: fits }, (_, i) => row(width, (k) => `${i * k + (i % 3)}`));
    expect(b.add([row(width, (k) => `c${k}`), ...data], ',')).toBe(true);
    expect(b.finish('fits.csv').ok).toBe(true);
    const over = createTableBuilder(limits);
    over.add([row(width, (k) => `c${k}`), ...data], ',');
    expect(over.add([row(width, String)], ',')).toBe(false);
    const r = over.finish('over.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue.code).toBe('too-many-cells');
    expect(r.issue.vars.limit).toBe(limits.cells);
    expect(r.issue.vars.rows).toBe(fits);
  });
});

describe('refusing what is not a table of text', () => {
  it('by size: empty, or over 100 MB', () => {
    expect(fileSizeIssue(0, 'e.csv')?.code).toBe('empty');
    expect(fileSizeIssue(100_000_001, 'b.csv')?.code).toBe('too-large');
    expect(fileSizeIssue(100_000_000, 'b.csv')).toBeNull();
  });

  it('by content: NUL bytes, many control characters, a UTF-16 byte-order mark', () => {
    expect(sniffBytes(new Uint8Array([97, 0, 98]), 'x')?.code).toBe('binary');
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 97, 0]), 'x')?.code).toBe('utf16');
    const control = new Uint8Array(200).fill(97);
    control.fill(7, 0, 3);
    expect(sniffBytes(control, 'x')?.code).toBe('binary');
    expect(sniffBytes(new TextEncoder().encode('a,b\r\n1,2\t\f'), 'x')).toBeNull();
    expect(sniffText('naïve,café,東京\n1,2,3', 'x')).toBeNull();
  });
});
