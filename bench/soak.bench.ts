// Soak (npm run bench:soak, part of npm run bench): the page playing for 10 minutes with 6 runs in
// the three compare panes, reset and played again every CYCLE_S seconds (the batch-normalized
// runs never end by themselves). The JS heap after garbage collection and the frame rate at the
// same point of a cycle at 1 minute and at the end; their ratios. SOAK_MINUTES shortens it for a
// quick look. A benchmark: it prints, never fails.
import type { Page } from 'playwright-core';
import { openSession } from '../test/e2e/browser.ts';
import { heapAfterGc } from './heap.ts';
import { fmt, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const FIRST_MINUTE = Math.min(1, MINUTES / 2);
const FPS_WINDOW_MS = 15_000;
const CYCLE_S = 30;
/** Seconds into a cycle at which the heap and frame rate are measured (the same each time). */
const SAMPLE_AT_S = 5;
const QUERY =
  '?surface=lecture&panes=compare&speed=60&runs=gd:auto,momentum:auto,nesterov:auto,adam:auto,rmsprop:auto';

/** Animation frames per second over a window, while the page plays. */
const fps = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    let n = 0; const t0 = performance.now();
    const tick = () => (++n, performance.now() - t0 < ${FPS_WINDOW_MS} ? requestAnimationFrame(tick) : resolve(n / ((performance.now() - t0) / 1000)));
    requestAnimationFrame(tick);
  })`) as Promise<number>;

const figures = baselines('soak');
const session = await openSession();
const samples: { minute: number; heap: number; fps: number; replays: number }[] = [];
try {
  const page = await session.newPage(1280, 720);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(`${session.url}${QUERY}`);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
    timeout: 60_000,
  });
  const t0 = Date.now();
  let replays = 0;
  let cycleStart = 0;
  const restart = async () => {
    await page.getByTestId('reset').click();
    await page.getByTestId('play').click();
    cycleStart = Date.now();
    replays++;
  };
  /** Plays cycles until `minute` has passed, then until SAMPLE_AT_S into a fresh cycle. */
  const playUntil = async (minute: number) => {
    while (Date.now() - t0 < minute * 60_000) {
      if (Date.now() - cycleStart >= CYCLE_S * 1000) await restart();
      await page.waitForTimeout(250);
    }
    await restart();
    await page.waitForTimeout(SAMPLE_AT_S * 1000);
  };
  for (const minute of [FIRST_MINUTE, MINUTES]) {
    await playUntil(minute);
    const heap = await heapAfterGc(cdp);
    samples.push({ minute, heap, fps: await fps(page), replays });
    console.log(`at ${fmt((Date.now() - t0) / 60_000)} min: ${JSON.stringify(samples.at(-1))}`);
  }
} finally {
  await session.close();
}
const [first, last] = samples as [(typeof samples)[0], (typeof samples)[0]];
console.log(`\n## Soak: ${MINUTES} minutes playing, 6 runs in the compare panes\n`);
printTable(
  ['at', 'JS heap after GC, MB', 'frames / s', 'replays so far'],
  samples.map((s) => [`${fmt(s.minute)} min`, fmt(s.heap), fmt(s.fps), s.replays]),
);
console.log(
  `\nheap at ${MINUTES} min / at ${fmt(FIRST_MINUTE)} min: ${fmt(last.heap / first.heap, 4)} (target ≤ 1.05; previous: ${figures.previous('JS heap after GC, 10 min / 1 min')}); frame rate: ${fmt(last.fps / first.fps, 4)} (target ≥ 0.98; previous: ${figures.previous('frames / s, 10 min / 1 min')})`,
);
// The figures are of a 10-minute run: a shorter one (SOAK_MINUTES) is not written back.
if (MINUTES === 10) {
  figures.record('JS heap after GC, 10 min / 1 min', `${fmt(last.heap / first.heap, 4)}×`);
  figures.record('frames / s, 10 min / 1 min', `${fmt(last.fps / first.fps, 4)}×`);
}
figures.save();
