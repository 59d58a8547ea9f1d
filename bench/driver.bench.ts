// Driver benchmark (npm run bench:core): what the page's simulation driver costs outside the browser.
// A learning-rate change (the surface unchanged: nothing resampled or re-allocated) beside a
// surface change that rebuilds the problem and its 256×256 grid, measured in the same run; and
// the memory the runs hold at the longest run a page allows (6 runs × 3 compare panes, MAX_STEPS
// steps), against the same driver before its first step. Medians. It prints, never fails.
import type { Experiment } from '../src/index.ts';
import { createLab } from '../app/lab/lab.ts';
import { HISTORY_LIMIT, MAX_STEPS } from '../app/lab/engine/pane.ts';
import { fmt, medianMs, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

const figures = baselines('driver');

const SIX_RUNS: Partial<Experiment> = {
  surface: 'lecture',
  extraRuns: [
    { optimizer: 'momentum', learningRate: 0.0002 },
    { optimizer: 'nesterov', learningRate: 0.0002 },
    { optimizer: 'adam', learningRate: 0.01 },
    { optimizer: 'rmsprop', learningRate: 0.01 },
    { optimizer: 'gd', learningRate: 0.0001 },
  ],
};

function driverWith(patch: Partial<Experiment>) {
  const lab = createLab({ experiment: patch, resolution: () => 256 });
  return { lab, store: lab.store, driver: lab.driver };
}

console.log('## A learning-rate or optimizer change in the driver, 256×256 surface (median ms)\n');
{
  const { lab, driver } = driverWith(SIX_RUNS);
  const landscape = driver.panes[0]!.landscape;
  const { version, shapeVersion } = landscape;
  const values = landscape.grid.values;
  let k = 0;
  const rate = medianMs(() => lab.change({ learningRate: k++ % 2 ? 0.0009 : 0.0005 }), 301, 30);
  const kept =
    driver.panes[0]!.landscape === landscape &&
    landscape.version === version &&
    landscape.shapeVersion === shapeVersion &&
    landscape.grid.values === values;
  // An optimizer change is a runs change too: the same surface object, nothing resampled.
  const optimizers = ['momentum', 'gd'] as const;
  const optimizer = medianMs(() => lab.change({ optimizer: optimizers[k++ % 2] }), 101, 10);
  const keptOnOptimizer = driver.panes[0]!.landscape === landscape && landscape.version === version;
  // Baseline: a change that must rebuild (another surface: its problem and its 256×256 grid).
  const surfaces = ['bowl', 'valley'] as const;
  const rebuild = medianMs(() => lab.change({ surface: surfaces[k++ % 2] }), 31, 4);
  printTable(
    ['change', 'median ms', 'target', 'previous', 'surface kept (no resample, no new buffers)'],
    [
      [
        'learning rate, 6 runs (surface unchanged)',
        fmt(rate, 2),
        '≤ 0.2',
        figures.previous('learning-rate change, 6 runs'),
        kept ? 'yes' : 'NO',
      ],
      [
        'optimizer, 6 runs (surface unchanged)',
        fmt(optimizer, 2),
        '≤ 0.2',
        figures.previous('optimizer change, 6 runs'),
        keptOnOptimizer ? 'yes' : 'NO',
      ],
      [
        'baseline: another surface (problem + 256×256 grid)',
        fmt(rebuild, 3),
        '—',
        figures.previous('baseline: another surface'),
        '—',
      ],
    ],
  );
  figures.record('learning-rate change, 6 runs', `${fmt(rate, 2)} ms`);
  figures.record('baseline: another surface', `${fmt(rebuild, 3)} ms`);
  figures.record('optimizer change, 6 runs', `${fmt(optimizer, 2)} ms`);
  driver.dispose();
}

console.log(
  `\n## Memory of 6 runs × 3 compare panes after ${fmt(MAX_STEPS)} steps each (the longest a page allows)\n`,
);
{
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  };
  // Rates at which every run keeps crawling for the whole million steps in every pane.
  const { driver } = driverWith({
    ...SIX_RUNS,
    learningRate: 1e-9,
    learningRateOnToggle: 'keep',
    extraRuns: SIX_RUNS.extraRuns!.map((r) => ({ ...r, learningRate: 1e-9 })),
    panes: 'compare',
  });
  const before = heap();
  const t0 = performance.now();
  for (let done = 0; done < MAX_STEPS; done += 100_000) driver.stepNow(100_000);
  const seconds = (performance.now() - t0) / 1000;
  const after = heap();
  const runners = driver.panes.flatMap((p) => p.runners);
  const points = Math.max(...runners.map((r) => r.history.length));
  const steps = Math.min(...runners.map((r) => r.t));
  printTable(
    ['', 'MB', 'target', 'previous'],
    [
      [
        `${runners.length} runs at step ${fmt(steps)} (≤ ${points.toLocaleString('en-US')} points kept each; limit ${HISTORY_LIMIT.toLocaleString('en-US')})`,
        fmt((after - before) / 2 ** 20),
        '≤ 100 (whole page)',
        figures.previous('memory: 6 runs × 3 panes at MAX_STEPS'),
      ],
      ['baseline: the same driver before its first step', fmt(before / 2 ** 20), '—', '—'],
    ],
  );
  console.log(
    `\n(Node heap and array buffers after garbage collection${gc ? '' : ' — run with --expose-gc for exact figures'}; stepping took ${fmt(seconds)} s.)`,
  );
  driver.dispose();
  // Without --expose-gc the heap figure is not comparable: kept out of the baselines.
  if (gc)
    figures.record(
      'memory: 6 runs × 3 panes at MAX_STEPS',
      `${fmt((after - before) / 2 ** 20)} MB`,
    );
}
figures.save();
