// Your data at scale (npm run bench:data; part of npm run bench): 1,000,000 rows × 3 columns of
// CSV, parsed and shown as an error surface. Node: Papa Parse + the table builder + the default
// columns + the problem + a 256×256 grid, beside a naive split-and-Number parse of the same text
// and the surface of the same numbers given directly, all in the same run. Browser (the built app,
// headless Chromium): from choosing the file to the first frame drawn with its surface, beside a
// 1,000-row file in the same run. Medians. A benchmark: it prints and never fails on time.
import type { Page } from 'playwright-core';
import {
  buildProblem,
  createRng,
  dataSurface,
  DEFAULT_EXPERIMENT,
  makeUserData,
  sampleGrid,
  USER_SURFACE,
  userDataset,
  withDefaultChoice,
} from '../src/index.ts';
import { parseTableText } from '../app/data/parse-table.ts';
import { openSession } from '../test/e2e/browser.ts';
import { fmt, medianMs, printTable } from './measure.ts';

const ROWS = 1_000_000;
const GRID = 256;

/** `rows` rows of x1 ~ 1–2, x2 ~ 100–200, y = 1 + 3·x1 + 0.05·x2 + noise, as CSV text. */
function csv(rows: number): string {
  const rng = createRng(12);
  const lines = ['x1,x2,y'];
  for (let i = 0; i < rows; i++) {
    const a = 1 + rng.next();
    const b = 100 + 100 * rng.next();
    const y = 1 + 3 * a + 0.05 * b + 0.3 * rng.normal();
    lines.push(`${a.toFixed(6)},${b.toFixed(4)},${y.toFixed(5)}`);
  }
  return lines.join('\n');
}

const text = csv(ROWS);
console.log(
  `## ${fmt(ROWS)} rows × 3 columns of CSV (${fmt(text.length / 1e6)} MB): parse and surface\n`,
);

const grid = new Float32Array(GRID * GRID);
const stages = {
  parse: [] as number[],
  choose: [] as number[],
  problem: [] as number[],
  grid: [] as number[],
};
let x1: Float64Array = new Float64Array(0);
let x2: Float64Array = new Float64Array(0);
let y: Float64Array = new Float64Array(0);
const total = medianMs(
  () => {
    const t0 = performance.now();
    const read = parseTableText(text, 'bench.csv');
    const t1 = performance.now();
    if (!read.ok) throw new Error(read.issue.code);
    const { result } = withDefaultChoice(read.table);
    if (!result.ok) throw new Error(result.issue.code);
    const t2 = performance.now();
    const p = buildProblem({ ...DEFAULT_EXPERIMENT, surface: USER_SURFACE, userData: result.data });
    const t3 = performance.now();
    sampleGrid(p.surface, GRID, p.surface.domain, grid);
    const t4 = performance.now();
    stages.parse.push(t1 - t0);
    stages.choose.push(t2 - t1);
    stages.problem.push(t3 - t2);
    stages.grid.push(t4 - t3);
    ({ x1, x2, y } = result.data);
  },
  5,
  1,
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// Baselines in the same run: a naive parse (split, Number; no quotes, no checks), and the surface
// of the same numbers given directly (no text at all).
const naive = medianMs(
  () => {
    const lines = text.split('\n');
    const cols = [new Float64Array(ROWS), new Float64Array(ROWS), new Float64Array(ROWS)];
    for (let i = 1; i < lines.length; i++) {
      const cells = lines[i]!.split(',');
      for (let k = 0; k < 3; k++) cols[k]![i - 1] = Number(cells[k]);
    }
  },
  5,
  1,
);
const directData = userDataset(makeUserData('direct', ['x1', 'x2', 'y'], x1, x2, y));
const direct = medianMs(
  () => {
    const { surface } = dataSurface(directData, 'none');
    sampleGrid(surface, GRID, surface.domain, grid);
  },
  5,
  1,
);

printTable(
  ['Node, 1,000,000 rows × 3', 'median'],
  [
    ['Papa Parse + table builder (checks every cell)', `${fmt(median(stages.parse))} ms`],
    ['default columns: complete rows, checks, content id', `${fmt(median(stages.choose))} ms`],
    ['problem: statistics, surface, curvature', `${fmt(median(stages.problem))} ms`],
    [`${GRID}×${GRID} grid of the surface`, `${fmt(median(stages.grid))} ms`],
    ['**parse and surface, in all**', `**${fmt(total)} ms**`],
    ['baseline: naive split + Number parse of the same text', `${fmt(naive)} ms`],
    ['baseline: surface + grid of the same numbers given directly', `${fmt(direct)} ms`],
  ],
);

/** In the page: ms from the file input's change to the second frame after the URL shows the data. */
async function chooseAndShow(page: Page, name: string, buffer: Buffer): Promise<number> {
  await page.evaluate(`(() => {
    const input = document.querySelector('[data-testid="data-file"]');
    input.addEventListener('change', () => { window.__chosenAt = performance.now(); }, { capture: true, once: true });
  })()`);
  await page.getByTestId('data-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  return (await page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (location.search.includes('surface=user'))
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__chosenAt)));
      else setTimeout(check, 5);
    };
    check();
  })`)) as number;
}

const session = await openSession();
try {
  const files = [
    { label: '1,000 rows (baseline)', buffer: Buffer.from(csv(1000)) },
    { label: '1,000,000 rows', buffer: Buffer.from(text) },
  ];
  const rows: string[][] = [];
  for (const { label, buffer } of files) {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const page = await session.newPage(1280, 720);
      await page.goto(session.url);
      await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
        timeout: 60_000,
      });
      times.push(await chooseAndShow(page, 'bench.csv', buffer));
      await session.closePages();
    }
    rows.push([label, `${fmt(median(times))} ms`, times.map((t) => fmt(t)).join(', ')]);
  }
  console.log(
    '\n## In the browser: file chosen → its surface drawn (built app, headless Chromium)\n',
  );
  printTable(['CSV file, 3 columns', 'median', 'runs (ms)'], rows);
} finally {
  await session.close();
}
