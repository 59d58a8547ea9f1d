// Responsiveness (npm run bench:browser): how long the main thread is blocked while the page loads
// and while it plays, with the heaviest setting a link accepts (6 runs, the three compare panes,
// 2000 steps/s, a 512×512 grid) beside the default page measured in the same run. Long tasks
// (over 50 ms) from a PerformanceObserver; medians over repeats, the pages interleaved.
// BENCH_COMPARE_DIST=folder measures another build (an earlier one) in the same run, served beside
// this one ($E2E_DIST, default dist). BENCH_REPEATS sets the repeats. It prints, never fails.
import { openSession, type BrowserSession } from '../test/e2e/browser.ts';
import { blocking, recordLongTasks, takeLongTasks } from './long-tasks.ts';
import { fmt, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SETTLE_MS = 6000;
const PLAY_MS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const HEAVIEST =
  '?surface=lecture&panes=compare&speed=2000&res=512&runs=gd:auto,momentum:auto,nesterov:auto,adam:auto,rmsprop:auto';
const PAGES = [
  { label: 'default page', query: '' },
  {
    label: '6 runs, compare panes, 2,000 steps/s, 512×512 grid',
    query: HEAVIEST,
  },
];

const previousFigures = baselines('responsiveness');
const session = await openSession();
const compareDist = process.env.BENCH_COMPARE_DIST;
const other = compareDist ? await openSession([], { outDir: compareDist }) : null;
const builds: { name: string; served: BrowserSession }[] = [
  { name: 'this build', served: session },
  ...(other ? [{ name: `${compareDist} (before)`, served: other }] : []),
];
const cases = builds.flatMap((b) => PAGES.map((p) => ({ ...p, build: b })));
const results = cases.map(() => ({
  load: [] as number[],
  tbt: [] as number[],
  play: [] as number[],
  playTbt: [] as number[],
}));

/** Loads one page alone, lets it settle, plays it; the long tasks of each phase. */
async function measure(served: BrowserSession, query: string) {
  const page = await served.newPage(1280, 720);
  try {
    await recordLongTasks(page);
    await page.goto(`${served.url}${query}`);
    await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
      timeout: 60_000,
    });
    // Loading ends once the panels that load after the first frame are in and drawn.
    await page.waitForTimeout(SETTLE_MS);
    const load = blocking(await takeLongTasks(page));
    await page.getByTestId('play').click();
    await page.waitForTimeout(PLAY_MS);
    const play = blocking(await takeLongTasks(page));
    return { load, play };
  } finally {
    await served.closePages();
  }
}

try {
  for (let r = 0; r < REPEATS; r++) {
    for (const [k, c] of cases.entries()) {
      const { load, play } = await measure(c.build.served, c.query);
      const m = results[k]!;
      m.load.push(load.longest);
      m.tbt.push(load.blocking);
      m.play.push(play.longest);
      m.playTbt.push(play.blocking);
      console.log(`${c.build.name}, ${c.label}: ${JSON.stringify({ load, play })}`);
    }
  }
} finally {
  await session.close();
  await other?.close();
}

console.log(
  `\n## Main thread blocked, headless Chromium (software WebGL), 1280×720, medians of ${REPEATS}\n`,
);
const rows: (string | number)[][] = [];
/** The figures kept in bench/baselines.json for each page of this build. */
const FIGURES = ['longest task, loading', 'blocking time, loading', 'longest task, playing'];
for (const [k, c] of cases.entries()) {
  const m = results[k]!;
  // Each build's pages beside its own default page, measured in the same run.
  const base = results[cases.findIndex((x) => x.build === c.build && x.query === '')]!;
  const isBase = c.query === '';
  rows.push([
    `${c.build.name}: ${c.label}`,
    `${fmt(median(m.load))}${isBase ? '' : ` (≤ ${fmt(median(base.load))})`}`,
    `${fmt(median(m.tbt))}${isBase ? '' : ` (≤ ${fmt(median(base.tbt))})`}`,
    isBase ? '1×' : `${fmt(median(m.tbt) / Math.max(1, median(base.tbt)))}×`,
    `${fmt(median(m.play))}${isBase ? '' : ' (≤ 50)'}`,
    fmt(median(m.playTbt)),
    c.build === builds[0]
      ? FIGURES.map((f) => previousFigures.previous(`${c.label}: ${f}`)).join(' / ')
      : '',
  ]);
  if (c.build === builds[0]) {
    const now = [median(m.load), median(m.tbt), median(m.play)];
    FIGURES.forEach((f, i) => previousFigures.record(`${c.label}: ${f}`, `${fmt(now[i]!)} ms`));
  }
}
printTable(
  [
    'page',
    'longest task while loading, ms (target)',
    'blocking time while loading, ms (target)',
    'vs default page',
    `longest task while playing ${PLAY_MS / 1000} s, ms (target)`,
    'blocking time while playing, ms',
    'previous (longest / blocking / playing)',
  ],
  rows,
);
previousFigures.save();
