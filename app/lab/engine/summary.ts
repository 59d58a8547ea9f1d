import { meanAndStd, type Problem, type Runner } from '../../../src/index.ts';
import type { DisplayStatus, FeatureBatchStats, RunSummary } from '../store/run-slice.ts';

/** The status shown for a run: the core's status and regime label, or "ready" before the first step. */
export function displayStatus(runner: Runner): DisplayStatus {
  if (runner.status === 'diverged') return 'diverged';
  if (runner.status === 'converged') return 'converged';
  if (runner.t === 0) return 'ready';
  const regime = runner.regime();
  if (regime === 'too-slow' && runner.remainingSteps() === Infinity) return 'stalled';
  return regime === 'converging' || regime === 'converged' ? 'running' : regime;
}

/** Per-feature statistics of the whole (scaled) data, computed once per problem. */
export function dataFeatureStats(
  problem: Problem,
): [ReturnType<typeof meanAndStd>, ReturnType<typeof meanAndStd>] | null {
  const d = problem.data?.data;
  return d ? [meanAndStd(d.x1), meanAndStd(d.x2)] : null;
}

/** A snapshot of the run for the panels. */
export function summarize(runner: Runner, whole: ReturnType<typeof dataFeatureStats>): RunSummary {
  const h = runner.history;
  const i = h.length - 1;
  let batch: RunSummary['batch'] = null;
  const last = runner.lastBatch;
  const layer = runner.batchNormLayer;
  if (last && layer && whole) {
    const feature = (k: 0 | 1): FeatureBatchStats => ({
      batchMean: last.raw.meanX[k],
      batchStd: Math.sqrt(k === 0 ? last.raw.sxx.a : last.raw.sxx.c),
      dataMean: whole[k].mean,
      dataStd: whole[k].std,
      runningMean: layer.running[k].mean,
      runningStd: Math.sqrt(layer.running[k].variance),
    });
    batch = [feature(0), feature(1)];
  }
  const status = displayStatus(runner);
  return {
    step: runner.t,
    loss: h.losses[i]!,
    gradientNorm: h.gradientNorms[i]!,
    w1: h.w1[i]!,
    w2: h.w2[i]!,
    status,
    remaining: status === 'too-slow' ? runner.remainingSteps() : null,
    batch,
  };
}
