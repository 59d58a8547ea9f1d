// Long run (npm run bench:soak): the page playing for 10 minutes with 6 runs in the three compare
// panes at 1,000 steps/s, never reset, so every history grows past its limit and is thinned
// (600,000 steps a run). The frame rate, the render loop's time per drawn frame and the JS heap
// after garbage collection after 10 s and at the end, and their ratios: the drawing must not grow
// with the runs. SOAK_MINUTES shortens it for a quick look. A benchmark: it prints, never fails.
import type { Page } from 'playwright-core';
import { openSession } from '../test/e2e/browser.ts';
import { heapAfterGc } from './heap.ts';
import { fmt, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const WINDOW_MS = 10_000;
// Tiny rates: every run crawls along the valley in every pane for the whole time.
const QUERY =
  '?surface=lecture&panes=compare&speed=1000&lr=1e-9&lrtoggle=keep&runs=gd:1e-9,momentum:1e-9,nesterov:1e-9,gd:2e-9,gd:5e-10';

/** Frames per second over WINDOW_MS and the median render-loop ms of the frames drawn meanwhile. */
async function window(page: Page): Promise<{ fps: number; loop: number; steps: number }> {
  await page.evaluate('window.__ESL_PROFILE__.frames.splice(0)');
  const fps = (await page.evaluate(`new Promise((resolve) => {
    let n = 0; const t0 = performance.now();
    const tick = () => (++n, performance.now() - t0 < ${WINDOW_MS} ? requestAnimationFrame(tick) : resolve(n / ((performance.now() - t0) / 1000)));
    requestAnimationFrame(tick);
  })`)) as number;
  const frames = (await page.evaluate('window.__ESL_PROFILE__.frames.splice(0)')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const steps = (await page.evaluate(
    'Math.min(...window.__ESL_PROFILE__.driver.panes.flatMap((p) => p.runners.map((r) => r.t)))',
  )) as number;
  return { fps, loop: sorted[sorted.length >> 1] ?? NaN, steps };
}

const figures = baselines('long-run');
const session = await openSession();
const samples: { at: string; fps: number; loop: number; heap: number; steps: number }[] = [];
try {
  const page = await session.newPage(1280, 720);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.addInitScript('window.__ESL_PROFILE__ = { frames: [] }');
  await page.goto(`${session.url}${QUERY}`);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
    timeout: 60_000,
  });
  await page.getByTestId('play').click();
  const t0 = Date.now();
  for (const [label, at] of [
    ['10 s', 10_000],
    [`${fmt(MINUTES)} min`, MINUTES * 60_000],
  ] as const) {
    await page.waitForTimeout(Math.max(0, at - (Date.now() - t0)));
    const w = await window(page);
    samples.push({ at: label, ...w, heap: await heapAfterGc(cdp) });
    console.log(`after ${fmt((Date.now() - t0) / 1000)} s: ${JSON.stringify(samples.at(-1))}`);
  }
} finally {
  await session.close();
}
const [early, late] = samples as [(typeof samples)[0], (typeof samples)[0]];
console.log(
  `\n## Long run: ${MINUTES} minutes playing, 6 runs × 3 compare panes at 1,000 steps/s, never reset\n`,
);
printTable(
  ['after', 'steps per run', 'frames / s', 'render loop ms / drawn frame', 'JS heap after GC, MB'],
  samples.map((s) => [s.at, fmt(s.steps), fmt(s.fps), fmt(s.loop, 2), fmt(s.heap)]),
);
console.log(
  `\nframe rate at the end / after 10 s: ${fmt(late.fps / early.fps, 3)} (target ≥ 0.98; previous: ${figures.previous('frame rate at the end / after 10 s')}); render loop: ${fmt(late.loop / early.loop, 3)}; heap: ${fmt(late.heap / early.heap, 3)}`,
);
// The figures are of a 10-minute run: a shorter one (SOAK_MINUTES) is not written back.
if (MINUTES === 10) {
  figures.record('frame rate at the end / after 10 s', fmt(late.fps / early.fps, 3));
}
figures.save();
