import type { Experiment, SweepPoint } from '../../src/index.ts';
import { startWorkerJob, type WorkerJob } from './worker-job.ts';

/** Starts a learning-rate sweep in a fresh web worker; `onProgress(done, total)` after each rate. */
export function runSweep(
  experiment: Experiment,
  rates: number[],
  steps: number,
  onProgress: (done: number, total: number) => void,
): WorkerJob<{ points: SweepPoint[] }> {
  const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
  return startWorkerJob<object, { points: SweepPoint[] }>(
    worker,
    { experiment, rates, steps },
    onProgress,
  );
}
