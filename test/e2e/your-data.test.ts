import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';

const session = useBrowserSession();

/** The cars table of vega-datasets as a CSV file a user might have: nine columns, gaps and all. */
const CARS_CSV = Papa.unparse(
  JSON.parse(
    readFileSync(
      new URL('../../node_modules/vega-datasets/data/cars.json', import.meta.url),
      'utf8',
    ),
  ) as object[],
);

async function open(query = '', width = 1280, height = 720) {
  const page = await session.newPage(width, height);
  const errors = collectErrors(page);
  await page.goto(`${session.url}${query}`);
  await waitForScene(page);
  return { page, errors };
}

const panel = (page: Page) => page.getByTestId('data-panel');
const surfaceSelect = (page: Page) =>
  page.getByRole('region', { name: 'Error surface' }).getByLabel('Surface', { exact: true });

async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page.getByTestId('data-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/** Waits until the URL's experiment shows the user's data (and the scene has redrawn). */
async function waitForUserSurface(page: Page) {
  await page.waitForFunction(() => location.search.includes('surface=user'), null, {
    timeout: 60_000,
  });
  await waitForScene(page);
}

const pick = async (page: Page, k: number, column: string) =>
  page.getByTestId(`data-column-${k}`).selectOption(column);

describe('your data', () => {
  it('a chosen file becomes a surface; columns are picked; a reload keeps it; a link carries it', async () => {
    const { page, errors } = await open();
    await chooseFile(page, 'cars.csv', CARS_CSV);
    await waitForUserSurface(page);
    await expect
      .poll(() => panel(page).innerText())
      .toContain('Read “cars.csv”: 406 rows, 9 columns (6 numeric), separated by commas.');
    await pick(page, 0, 'Acceleration');
    await pick(page, 1, 'Weight_in_lbs');
    await pick(page, 2, 'Miles_per_Gallon');
    await expect
      .poll(() => panel(page).getByTestId('data-notes').innerText())
      .toContain(
        'Left out 8 of 406 rows with missing or non-numeric cells in Miles_per_Gallon (8 empty, 0 not numbers); 398 rows are used.',
      );
    await expect
      .poll(() => page.getByTestId('data-link').innerText())
      .toMatch(/A link to this experiment carries these data/);
    const surface = surfaceSelect(page);
    expect(await surface.inputValue()).toBe('user');
    await page.getByRole('radio', { name: 'Whiten (decorrelate)' }).check();
    await expect.poll(() => page.getByTestId('condition-number').innerText()).toBe('1');
    await panel(page).screenshot({ path: `${SHOT_DIR}/your-data-panel-1280.png` });
    await page.screenshot({ path: `${SHOT_DIR}/your-data-page-1280.png` });

    // The link carries the data: a fresh page (no local store of its own) reopens them.
    const link = page.url();
    expect(link).toMatch(/data=d1\./);
    const other = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(link);
    await waitForScene(fresh);
    await expect
      .poll(() => fresh.getByTestId('condition-number').innerText(), { timeout: 30_000 })
      .toBe('1');
    expect(await surfaceSelect(fresh).inputValue()).toBe('user');
    await other.close();

    // A reload keeps the whole table (IndexedDB): other columns can still be picked.
    await page.reload();
    await waitForScene(page);
    // The data panel loads after the first frame and reads IndexedDB: seconds on a loaded machine.
    await expect
      .poll(() => page.getByTestId('data-column-1').locator('option').count(), { timeout: 30_000 })
      .toBe(6);
    await pick(page, 1, 'Horsepower');
    await expect.poll(() => page.url()).not.toBe(link);
    expect(errors).toEqual([]);
  });

  it('a bad file is refused with its message and the experiment on screen stays', async () => {
    const { page, errors } = await open('?surface=penguins&scaling=standardize');
    const before = new URL(page.url()).search;
    await chooseFile(
      page,
      'photo.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]),
    );
    await expect
      .poll(() => page.getByTestId('data-issue').innerText())
      .toBe(
        '“photo.csv” is not text: it looks like a binary file (a spreadsheet workbook, an image, a zip archive…). Save or export your table as CSV or TSV text and choose that file.',
      );
    expect(new URL(page.url()).search).toBe(before);
    await chooseFile(page, 'flat.csv', 'a,b,y\n5,1,2\n5,2,3\n5,4,1\n');
    await expect
      .poll(() => page.getByTestId('data-issue').innerText())
      .toMatch(/^Cannot standardize: “a” is 5 in every row/);
    expect(new URL(page.url()).search).toBe(before);
    await panel(page).screenshot({ path: `${SHOT_DIR}/your-data-error-1280.png` });
    expect(errors).toEqual([]);
  });

  it('pasted text and a file dropped on the page are read the same way', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Paste a table' }).click();
    await page.getByTestId('data-paste').fill('x;z;y\n1,5;20;3\n2,25;10;5\n3;55;4\n4,5;30;2\n');
    await page.getByRole('button', { name: 'Read the pasted table' }).click();
    await waitForUserSurface(page);
    await expect
      .poll(() => page.getByTestId('data-notes').innerText())
      .toContain('Decimal commas are read as decimal points (3,5 = 3.5).');

    const drop = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['p\tq\tr\n1\t4\t2\n2\t3\t5\n3\t9\t1\n4\t1\t7\n'], 'dropped.tsv'));
      return dt;
    });
    for (const type of ['dragenter', 'dragover', 'drop'])
      await page.dispatchEvent('body', type, { dataTransfer: drop });
    await expect
      .poll(() => page.getByTestId('data-notes').innerText())
      .toContain('Read “dropped.tsv”: 4 rows, 3 columns (3 numeric), separated by tabs.');
    expect(errors).toEqual([]);
  });

  it('data too large for a link: a reference, resolved from this browser, or the page asks for the file', async () => {
    const { page, errors } = await open();
    const rows = ['u,v,w'];
    for (let i = 0; i < 20_000; i++) rows.push(`${(i % 97) / 7},${Math.sin(i) * 50},${i % 13}`);
    const big = rows.join('\n');
    await chooseFile(page, 'big.csv', big);
    await waitForUserSurface(page);
    await expect
      .poll(() => page.getByTestId('data-link').innerText())
      .toMatch(/Too large for a link/);
    const link = page.url();
    expect(link).toMatch(/data=r1\./);
    // Reopened in this browser: found in its store.
    await page.reload();
    await page.waitForFunction(() => location.search.includes('surface=user'), null, {
      timeout: 60_000,
    });
    await expect.poll(() => surfaceSelect(page).inputValue()).toBe('user');

    // Elsewhere: the page names the file it needs, and reading it opens the link's experiment.
    const other = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await other.newPage();
    await phone.goto(link);
    await waitForScene(phone);
    await expect
      .poll(() => phone.getByTestId('notice-data-link').innerText())
      .toContain('This link uses your data “big.csv” (20,000 rows: u, v → w)');
    await phone.screenshot({ path: `${SHOT_DIR}/your-data-link-needs-file-390.png` });
    // While the file is awaited the page's link still names it: a reload asks again.
    expect(phone.url()).toContain(link.match(/data=r1\.[^&]+/)![0]);
    await phone.reload();
    await waitForScene(phone);
    await expect
      .poll(() => phone.getByTestId('notice-data-link').innerText())
      .toContain('“big.csv”');
    await chooseFile(phone, 'big.csv', big);
    await phone.waitForFunction(() => location.search.includes('surface=user'), null, {
      timeout: 60_000,
    });
    expect(await phone.getByTestId('notice-data-link').count()).toBe(0);
    await panel(phone).screenshot({ path: `${SHOT_DIR}/your-data-panel-390.png` });
    await other.close();
    expect(errors).toEqual([]);
  });

  it('in Chinese, and on a phone', async () => {
    const { page, errors } = await open('?lang=zh-TW', 390, 844);
    await chooseFile(page, 'cars.csv', CARS_CSV);
    await waitForUserSurface(page);
    await expect
      .poll(() => panel(page).innerText())
      .toContain('已讀取「cars.csv」：406 列、9 欄（6 欄是數字），以逗號分隔。');
    await chooseFile(page, 'empty.csv', '');
    await expect
      .poll(() => page.getByTestId('data-issue').innerText())
      .toBe('「empty.csv」是空的：沒有可讀取的內容。');
    await panel(page).screenshot({ path: `${SHOT_DIR}/your-data-zh-390.png` });
    expect(errors).toEqual([]);
  });

  it('whitening: the penguins’ κ goes from 2.787 (standardized, ρ = −0.47) to 1', async () => {
    const { page, errors } = await open('?surface=penguins&scaling=standardize');
    await expect.poll(() => page.getByTestId('condition-number').innerText()).toBe('2.787');
    await expect
      .poll(() => page.getByTestId('whitening-hint').innerText())
      .toBe(
        'Here ρ = -0.47: standardized κ = 2.787, whitened κ = 1. Standardizing fixes the scales, not the correlation; whitening fixes both.',
      );
    await page.getByRole('radio', { name: 'Whiten (decorrelate)' }).check();
    await expect.poll(() => page.getByTestId('condition-number').innerText()).toBe('1');
    await page.getByTestId('scene').screenshot({ path: `${SHOT_DIR}/whitened-penguins-1280.png` });
    const phone = await session.newPage(390, 844);
    await phone.goto(`${session.url}?surface=penguins&scaling=whiten`);
    await waitForScene(phone);
    await phone.screenshot({ path: `${SHOT_DIR}/whitened-penguins-390.png` });
    expect(errors).toEqual([]);
  });
});
