import {
  meanAndStd,
  minimumLoss,
  type Problem,
  type Regime,
  type Runner,
} from '../../../src/index.ts';
import type { DisplayStatus, FeatureBatchStats, RunSummary } from '../store/run-slice.ts';

/** A regime as a status: "too slow" that will never arrive is "stalled"; the rest as they are. */
function statusOf(regime: Regime, runner: Runner): DisplayStatus {
  if (regime === 'too-slow' && runner.remainingSteps() === Infinity) return 'stalled';
  return regime === 'converging' || regime === 'converged' ? 'running' : regime;
}

/**
 * The status shown for a run: the core's status, else its current phase (the regime with memory,
 * Runner.phases: no flicker at a boundary), or "ready" before the first step.
 */
export function displayStatus(runner: Runner): DisplayStatus {
  if (runner.status === 'diverged') return 'diverged';
  if (runner.status === 'converged') return 'converged';
  if (runner.t === 0) return 'ready';
  const phase = runner.phases().at(-1);
  return statusOf(phase?.regime ?? runner.regime(), runner);
}

/** The phase before the current one, when it overshot or crawled (worth a word), and its length. */
function previousPhase(runner: Runner): RunSummary['previous'] {
  const phases = runner.phases();
  const before = phases.at(-2);
  if (!before || (before.regime !== 'oscillating' && before.regime !== 'too-slow')) return null;
  return { status: statusOf(before.regime, runner), steps: before.to - before.from + 1 };
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
    previous: status === 'ready' ? null : previousPhase(runner),
    noise: noiseOf(runner, status),
    batch,
  };
}

/** A noisy run's loss level and jitter, in loss units (the gap's statistics plus L*). */
function noiseOf(runner: Runner, status: DisplayStatus): RunSummary['noise'] {
  const n = status === 'noisy' ? runner.noise() : null;
  return n ? { loss: n.mean + minimumLoss(runner.config.surface), std: n.std } : null;
}
