// Takes the "Your data" picture (README, docs/your-data.md):
// npx tsx scripts/screenshot-your-data.ts [out.png]
// (needs a build: npx vite build; E2E_DIST names another build folder). Chooses the cars table of
// vega-datasets as a CSV file, picks acceleration and weight → miles per gallon, shows the raw,
// standardized and batch-normalized surfaces side by side after a few steps, and puts the scene
// and the data panel side by side in one image.
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { openSession, waitForScene } from '../test/e2e/browser.ts';

const out = process.argv[2] ?? 'public/readme/your-data.png';
const cars = Papa.unparse(
  JSON.parse(readFileSync('node_modules/vega-datasets/data/cars.json', 'utf8')) as object[],
);

/** Two PNGs side by side on the page's background, tops aligned. */
function beside(left: Buffer, right: Buffer, gap = 16): Buffer {
  const a = PNG.sync.read(left);
  const b = PNG.sync.read(right);
  const out = new PNG({ width: a.width + gap + b.width, height: Math.max(a.height, b.height) });
  for (let i = 0; i < out.data.length; i += 4) out.data.set([11, 17, 28, 255], i);
  PNG.bitblt(a, out, 0, 0, a.width, a.height, 0, 0);
  PNG.bitblt(b, out, 0, 0, b.width, b.height, a.width + gap, 0);
  return PNG.sync.write(out);
}

const session = await openSession();
try {
  const page = await session.newPage(1440, 900);
  await page.goto(`${session.url}?panes=compare`);
  await waitForScene(page);
  await page.getByTestId('data-file').setInputFiles({
    name: 'cars.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(cars),
  });
  await page.waitForFunction(() => location.search.includes('surface=user'), null, {
    timeout: 60_000,
  });
  await page.getByTestId('data-column-0').selectOption('Acceleration');
  await page.getByTestId('data-column-1').selectOption('Weight_in_lbs');
  await page.getByTestId('data-column-2').selectOption('Miles_per_Gallon');
  await page.waitForFunction(() => location.search.includes('panes=compare'), null);
  await waitForScene(page);
  for (let k = 0; k < 12; k++) await page.getByTestId('step').click();
  await page.waitForTimeout(2000);
  const scene = await page.locator('.panes').screenshot();
  const panel = await page.getByTestId('data-panel').screenshot();
  writeFileSync(out, beside(scene, panel));
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
