import { minimumLoss } from '../surfaces/surface.ts';
import { createBatchSchedule } from './batch-gradient.ts';
import { createRunner, type RunStatus, type SimulationConfig } from './runner.ts';

/** `count` rates spaced evenly in log10 from `lo` to `hi` (inclusive). */
export function logSpace(lo: number, hi: number, count: number): number[] {
  const n = Math.max(2, Math.floor(count));
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return Array.from({ length: n }, (_, k) => 10 ** (a + ((b - a) * k) / (n - 1)));
}

/** The outcome of one learning rate. */
export interface SweepPoint {
  learningRate: number;
  status: RunStatus;
  /** Steps taken: to convergence, to divergence, to settling in noise, or the whole budget. */
  steps: number;
  /** L − L* at the last finite point (≥ 0); for a run settled in noise, its mean gap since. */
  finalGap: number;
  /**
   * Noisy (mini-batch) runs: the step from which the loss stopped falling and jitters where the
   * noise holds it (the "noisy" phase, Runner.phases), or null. Such a run never passes the 10⁻⁶
   * test; this is when it has done what it will.
   */
  settledAt: number | null;
}

/** Steps a noisy run takes between two readings of its phases. */
const PHASE_SLICE = 200;

/**
 * Runs `base` once per learning rate (same start, seed and budget `base.steps`), stopping each run
 * at convergence or divergence. `onProgress(done, total)` is called after each rate.
 */
export function sweepLearningRates(
  base: SimulationConfig,
  rates: readonly number[],
  onProgress?: (done: number, total: number) => void,
): SweepPoint[] {
  const lmin = minimumLoss(base.surface);
  // Every rate meets the same mini-batches (same seed): their surfaces are computed once.
  const batchSchedule = base.batch ? createBatchSchedule(base.batch, base.seed ?? 1) : undefined;
  return rates.map((learningRate, k) => {
    const runner = createRunner({
      ...base,
      params: { ...base.params, learningRate },
      stopWhenConverged: true,
      batchSchedule,
    });
    let settledAt: number | null = null;
    if (!runner.stochastic) runner.advance(Infinity);
    else
      while (settledAt === null && runner.advance(PHASE_SLICE) > 0) {
        const now = runner.phases().at(-1);
        if (now?.regime === 'noisy') settledAt = now.from;
      }
    const h = runner.history;
    const noise = settledAt === null ? null : runner.noise();
    const point = {
      learningRate,
      status: runner.status,
      steps: settledAt ?? runner.t,
      finalGap: Math.max(0, noise ? noise.mean : h.losses[h.length - 1]! - lmin),
      settledAt,
    };
    onProgress?.(k + 1, rates.length);
    return point;
  });
}

/** The smallest swept rate at which the run diverged, or null if none did. */
export function edgeOfStability(points: readonly SweepPoint[]): number | null {
  let edge: number | null = null;
  for (const p of points)
    if (p.status === 'diverged' && (edge === null || p.learningRate < edge)) edge = p.learningRate;
  return edge;
}
