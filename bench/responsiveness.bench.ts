// Responsiveness (npm run bench:browser): how long the main thread is blocked while the page loads
// and while it plays, with the heaviest setting a link accepts (6 runs, the three compare panes,
// 2000 steps/s, a 512×512 grid) beside the default page measured in the same run. Long tasks
// (over 50 ms) from a PerformanceObserver; medians over repeats. A benchmark: it prints, never fails.
import { openSession } from '../test/e2e/browser.ts';
import { blocking, recordLongTasks, takeLongTasks } from './long-tasks.ts';
import { fmt, printTable } from './measure.ts';

const REPEATS = 3;
const SETTLE_MS = 6000;
const PLAY_MS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const HEAVIEST =
  '?surface=lecture&panes=compare&speed=2000&res=512&runs=gd:auto,momentum:auto,nesterov:auto,adam:auto,rmsprop:auto';
const SETUPS = [
  { label: 'default page', query: '' },
  { label: '6 runs, compare panes, 2000 steps/s, 512² grid', query: HEAVIEST },
];

const session = await openSession();
const rows: (string | number)[][] = [];
try {
  const results = SETUPS.map(() => ({
    load: [] as number[],
    tbt: [] as number[],
    play: [] as number[],
  }));
  for (let r = 0; r < REPEATS; r++) {
    for (const [k, setup] of SETUPS.entries()) {
      const page = await session.newPage(1280, 720);
      await recordLongTasks(page);
      await page.goto(`${session.url}${setup.query}`);
      await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
        timeout: 60_000,
      });
      // Loading ends once the panels that load after the first frame are in and drawn.
      await page.waitForTimeout(SETTLE_MS);
      const load = blocking(await takeLongTasks(page));
      await page.getByTestId('play').click();
      await page.waitForTimeout(PLAY_MS);
      const play = blocking(await takeLongTasks(page));
      results[k]!.load.push(load.longest);
      results[k]!.tbt.push(load.blocking);
      results[k]!.play.push(play.longest);
      await session.closePages();
    }
  }
  const base = results[0]!;
  SETUPS.forEach((setup, k) => {
    const m = results[k]!;
    rows.push([
      setup.label,
      fmt(median(m.load)),
      fmt(median(m.tbt)),
      k === 0 ? '1×' : `${fmt(median(m.tbt) / Math.max(1, median(base.tbt)))}×`,
      fmt(median(m.play)),
    ]);
  });
} finally {
  await session.close();
}
console.log(
  `## Main thread blocked, headless Chromium (software WebGL), 1280×720, medians of ${REPEATS}\n`,
);
printTable(
  [
    'page',
    'longest task while loading, ms',
    'blocking time while loading, ms',
    'vs default page',
    `longest task while playing ${PLAY_MS / 1000} s, ms`,
  ],
  rows,
);
