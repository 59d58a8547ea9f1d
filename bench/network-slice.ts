// The network landscape row of issue 14: a 51×51 loss slice of the 2→28→28→1 MLP on 300 examples,
// without and with batch norm: the old loop (same-run baseline), the new one on one thread, the
// new one split in row bands over worker threads (one per core, as the page splits it over web
// workers), and the coarse 11×11 picture the page shows first.
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  createMlp,
  createRng,
  createSliceScratch,
  createWorkspace,
  filterNormalizedDirection,
  lossSlicePoints,
  trainMlp,
} from '../src/index.ts';
import { taskData } from '../src/network/tasks.ts';
import { fmt, medianMs, printTable } from './measure.ts';
import { baselineSlice } from './network-slice-baseline.ts';
import { baselines } from './baselines.ts';

const N = 51;
const COARSE = 5;

/** A worker thread running network-slice-worker.ts under tsx. */
function startWorker(): Worker {
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const child = new URL('./network-slice-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(`file://${api}`)}; register(); await import(${JSON.stringify(child)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

const ask = (w: Worker, job: object) =>
  new Promise<Float32Array>((resolve) => {
    w.once('message', resolve);
    w.postMessage(job);
  });

/**
 * Median CPU time (ms) this process spends in `fn` (one thread): on a machine shared with other
 * work this stays near the time the loop takes alone, where wall time grows with the load.
 */
function medianCpuMs(fn: () => void, repeats: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/** Median wall time (ms) of an async function over `repeats` runs after `warmup`. */
async function medianAsyncMs(fn: () => Promise<unknown>, repeats: number, warmup = 1) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

export async function networkSliceBench(): Promise<void> {
  const figures = baselines('network-slice');
  const cores = Math.min(4, Math.max(2, availableParallelism()));
  console.log(
    `\n## Network landscape: 51×51 loss slice, 2→28→28→1 MLP, 300 examples (median ms; ${cores} worker threads)\n`,
  );
  const data = taskData('spiral');
  const workers = Array.from({ length: cores }, startWorker);
  const rows: (string | number)[][] = [];
  for (const normalization of ['none', 'batch'] as const) {
    const net = createMlp({ hidden: [28, 28], normalization }, createRng(1));
    const rng = createRng(2);
    const d1 = filterNormalizedDirection(net, rng);
    const d2 = filterNormalizedDirection(net, rng);
    const ws = createWorkspace(net.layout, data.n);
    const out = new Float32Array(N * N);
    const scratch = createSliceScratch(net, data);
    const baseline = medianMs(() => baselineSlice(net, data, d1, d2, N, 1, ws), 3, 1);
    const one = medianMs(() => lossSlicePoints(net, data, d1, d2, N, 1, out, {}, scratch), 5, 1);
    const baselineCpu = medianCpuMs(() => baselineSlice(net, data, d1, d2, N, 1, ws), 3);
    const oneCpu = medianCpuMs(() => lossSlicePoints(net, data, d1, d2, N, 1, out, {}, scratch), 5);
    const coarse = medianMs(
      () => lossSlicePoints(net, data, d1, d2, N, 1, out, { stride: COARSE }, scratch),
      9,
      2,
    );
    const job = (points: object) => ({
      normalization,
      params: net.params,
      d1,
      d2,
      n: N,
      range: 1,
      points,
    });
    const split = await medianAsyncMs(
      () =>
        Promise.all(
          workers.map((w, b) =>
            ask(
              w,
              job({
                rowStart: Math.round((b * N) / cores),
                rowEnd: Math.round(((b + 1) * N) / cores),
              }),
            ),
          ),
        ),
      11,
      2,
    );
    const steps = 300;
    const train = medianCpuMs(
      () =>
        trainMlp({
          net,
          data,
          optimizer: 'gd',
          params: { learningRate: 0.1 },
          batchSize: 32,
          steps,
          seed: 1,
          every: steps,
        }),
      5,
      1,
    );
    const label = normalization === 'batch' ? 'with batch norm' : 'without batch norm';
    figures.record(
      `${label}: slice CPU time, before → now`,
      `${fmt(baselineCpu)} → ${fmt(oneCpu)} ms (${fmt(baselineCpu / oneCpu)}×)`,
    );
    figures.record(`${label}: training steps / s (CPU time)`, fmt((steps / train) * 1000));
    rows.push([
      label,
      net.params.length,
      fmt(baseline),
      `${fmt(one)} (${fmt(baseline / one)}×)`,
      `${fmt(baselineCpu)} → ${fmt(oneCpu)} (${fmt(baselineCpu / oneCpu)}×)`,
      figures.previous(`${label}: slice CPU time, before → now`),
      `${fmt(split)} (${fmt(baseline / split)}×)`,
      fmt(coarse),
      `${fmt((steps / train) * 1000)} (previous: ${figures.previous(`${label}: training steps / s (CPU time)`)})`,
    ]);
  }
  await Promise.all(workers.map((w) => w.terminate()));
  printTable(
    [
      '2→28→28→1 MLP',
      'parameters',
      'before (baseline, same run)',
      'now, 1 thread (target ≤ 500)',
      'CPU time, before → now (target ≤ 500)',
      'previous: CPU time',
      `now, ${cores} threads (target ≤ 500)`,
      'first coarse 11×11 picture (target ≤ 100)',
      'training steps/s (batch 32, CPU time)',
    ],
    rows,
  );
  console.log(
    `\nBefore: the loop used before issue 14, run in this process. Load average now: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores.`,
  );
  figures.save();
}
