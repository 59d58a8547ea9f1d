import type { BatchNormLayer, NormalizedBatch } from '../batchnorm/batch-norm-layer.ts';
import { gradientDescentStepsOnQuadratic } from '../analysis/quadratic-steps.ts';
import {
  classifyRun,
  gapStats,
  isConverged,
  remainingSteps,
  type Regime,
} from '../analysis/regime.ts';
import { createPhaseTracker, type Phase } from '../analysis/run-phases.ts';
import { crawlThreshold, fewestSteps, type FewestSteps } from '../analysis/step-counts.ts';
import {
  initOptimizerState,
  sanitizeOptimizerParams,
  type OptimizerId,
  type OptimizerParams,
  type OptimizerState,
} from '../optimizers/optimizer.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import { createRng } from '../random.ts';
import { minimumLoss, type Point2, type Surface } from '../surfaces/surface.ts';
import {
  createBatchGradient,
  scheduledBatchGradient,
  type BatchSchedule,
  type MiniBatchConfig,
} from './batch-gradient.ts';
import { clampStart, explosionThreshold } from './guards.ts';
import {
  createRunHistory,
  historyViews,
  indexOfStep,
  pushPoint,
  type RunHistory,
} from './run-history.ts';

/** One experiment to run. */
export interface SimulationConfig {
  /** The surface descended, and on which every recorded loss is measured. */
  surface: Surface;
  optimizer: OptimizerId;
  params?: Partial<OptimizerParams>;
  /** Start point (default the surface's); clamped to a box 1000× the domain around it. */
  start?: Point2;
  /** Most steps to take. */
  steps: number;
  /** Seed of the generator for mini-batches and gradient noise (default 1). */
  seed?: number;
  /** Take each step's gradient from a mini-batch of this data set (the data behind `surface`). */
  batch?: MiniBatchConfig;
  /**
   * The batches of `batch` and `seed` computed once and shared by many runs (a sweep): each step
   * then costs O(1). Ignored unless made from this very `batch` object and seed; the run then keeps
   * no batch-norm layer and no last batch.
   */
  batchSchedule?: BatchSchedule;
  /** Mini-batch SGD on a surface without data: std of Gaussian noise added to each gradient (default 0.5). */
  gradientNoise?: number;
  /**
   * Converged once L − L* ≤ tolerance × (L0 − L*) and |∇L| ≤ tolerance × |∇L0|, both measured
   * against the start (default 1e-6).
   */
  tolerance?: number;
  /** Stop at convergence (default true). */
  stopWhenConverged?: boolean;
  /** Steps after which a run still going counts as too slow (default 5000). */
  horizon?: number;
  /**
   * Most points the history holds (default: every step). Past it older steps are thinned to every
   * k-th step, keeping step 0 and the recent steps exactly (see RunHistory): what a live view that
   * may run for a million steps sets, so its memory stays bounded.
   */
  historyLimit?: number;
}

/** Points of the history between two readings of a run's regime for its phases. */
const PHASE_EVERY = 4;
/** Most readings one call of `phases()` takes (older unread points are passed over). */
const MAX_CATCH_UP = 64;
/** Points over which a noisy run's level and jitter are measured. */
const NOISE_POINTS = 100;

/** converged, diverged (non-finite or exploding values), or incomplete (still going / out of steps). */
export type RunStatus = 'converged' | 'diverged' | 'incomplete';

/** A run advanced one step at a time: what a live view drives, and what `simulate` loops. */
export interface Runner {
  readonly config: SimulationConfig;
  readonly params: OptimizerParams;
  /** The optimizer's state; `state.w` is the current point. */
  readonly state: OptimizerState;
  /** Every point visited so far, with its loss and |∇L| on the configured surface. */
  readonly history: RunHistory;
  /** ∇L of the configured surface at the current point. */
  readonly gradient: Float64Array;
  /** The gradient the last step used (a mini-batch's when batching, with noise for SGD without data). */
  readonly stepGradient: Float64Array;
  /** Steps taken. */
  readonly t: number;
  readonly status: RunStatus;
  /** The batch-normalization layer (running statistics), when batch normalization is on. */
  readonly batchNormLayer: BatchNormLayer | null;
  /** The last mini-batch, when the run uses mini-batches. */
  readonly lastBatch: (NormalizedBatch & { indices: Int32Array }) | null;
  /** Takes one step unless the run has ended or reached its step budget; returns whether it moved. */
  step(): boolean;
  /** Takes up to n steps; returns how many it took. */
  advance(n: number): number;
  /** The regime label of the run so far (`classifyRun`). */
  regime(): Regime;
  /**
   * The run's phases with memory (`createPhaseTracker`): its regime read every PHASE_EVERY points
   * of its history since the last call (at most the last MAX_CATCH_UP readings), so a reading at a
   * boundary does not flicker. Call it where the status is shown, not per step.
   */
  phases(): readonly Phase[];
  /** Plain gradient descent on a quadratic: the fewest steps any constant rate needs from its start. */
  readonly fewest: FewestSteps | null;
  /** Its steps use noisy gradients (mini-batches, or noise added for SGD on a formula surface). */
  readonly stochastic: boolean;
  /** A noisy run's loss gap over its last points: mean and standard deviation (null for others). */
  noise(): { mean: number; std: number } | null;
  /** Steps still needed to converge at the recent pace (`remainingSteps`): 0, a count, Infinity or null. */
  remainingSteps(): number | null;
}

/**
 * Starts a run (see SimulationConfig). Deterministic for a given seed. Never throws for numeric
 * input and never records NaN or Infinity: a step that would produce one, or a loss that explodes,
 * ends the run with status "diverged" at the last finite point.
 */
export function createRunner(config: SimulationConfig): Runner {
  const { surface } = config;
  const params = sanitizeOptimizerParams(config.params ?? {});
  const info = OPTIMIZERS[config.optimizer] ?? OPTIMIZERS.gd;
  const maxSteps = Math.max(
    0,
    Math.min(1e7, Math.floor(Number.isFinite(config.steps) ? config.steps : 0)),
  );
  const tolerance = config.tolerance ?? 1e-6;
  const stopWhenConverged = config.stopWhenConverged ?? true;
  const seed = config.seed ?? 1;
  const rng = createRng(seed);
  const schedule = config.batchSchedule;
  const batch = !config.batch
    ? null
    : schedule && schedule.config === config.batch && schedule.seed === seed
      ? scheduledBatchGradient(schedule)
      : createBatchGradient(config.batch);
  const noise = info.stochastic && !batch ? (config.gradientNoise ?? 0.5) : 0;

  let start = clampStart(surface, config.start ?? surface.start);
  if (!Number.isFinite(surface.value(start[0], start[1])))
    start = [surface.start[0], surface.start[1]];
  const state = initOptimizerState(start);
  // Room for the whole run up front when it is short (growing copies every point), else 4096 to start.
  const history = createRunHistory(
    Math.min(maxSteps + 1, config.historyLimit === undefined ? 1 << 18 : 4096),
    config.historyLimit,
  );
  const gradient = new Float64Array(2);
  const stepGradient = new Float64Array(2);
  const minLoss = minimumLoss(surface);
  const limit = explosionThreshold(surface, start[0], start[1]);

  // Bound once: a module loader may reach an imported function through a getter on every call.
  const push = pushPoint;
  /** Records the current point, whose loss is `loss` and whose gradient is in `gradient`; returns |∇L|. */
  const record = (x: number, y: number, loss: number, step: number): number => {
    const g0 = gradient[0]!;
    const g1 = gradient[1]!;
    let gn = Math.sqrt(g0 * g0 + g1 * g1);
    if (gn === Infinity) gn = Math.hypot(g0, g1); // the squares overflowed
    push(history, x, y, loss, gn, step);
    return gn;
  };

  surface.gradient(start[0], start[1], gradient);
  const g0 = record(start[0], start[1], surface.value(start[0], start[1]), 0);
  const gap0 = history.losses[0]! - minLoss;
  const converged = (gap: number, gn: number) => isConverged(gap, gn, gap0, g0, tolerance);
  const stochastic = batch !== null || noise > 0;
  const predicted =
    info.plain && !stochastic
      ? gradientDescentStepsOnQuadratic(surface, start, params.learningRate, tolerance)
      : null;
  // The same basis as `predicted` (step-counts.ts): from how many steps in all a run is crawling.
  const fewest = info.plain && !stochastic ? fewestSteps(surface, start) : null;
  const regimeOptions = {
    minimumLoss: minLoss,
    tolerance,
    horizon: config.horizon ?? 5000,
    stochastic,
    ...(predicted === null ? {} : { predictedSteps: predicted }),
    ...(fewest === null ? {} : { crawlSteps: crawlThreshold(fewest, config.horizon) }),
  };
  const tracker = createPhaseTracker();
  let observedStep = 0;
  const runner = {
    config,
    params,
    state,
    history,
    gradient,
    stepGradient,
    t: 0,
    status: (stopWhenConverged && converged(gap0, g0) ? 'converged' : 'incomplete') as RunStatus,
    lastBatch: null as Runner['lastBatch'],
    batchNormLayer: batch?.layer ?? null,
    step(): boolean {
      if (runner.status !== 'incomplete' || runner.t >= maxSteps) return false;
      // The step's gradient: the full one, or a mini-batch's, or the full one plus noise.
      if (batch) {
        batch.sample(rng, state.w[0]!, state.w[1]!, stepGradient);
        runner.lastBatch = batch.last;
      } else if (noise > 0) {
        stepGradient[0] = gradient[0]! + noise * rng.normal();
        stepGradient[1] = gradient[1]! + noise * rng.normal();
      } else {
        stepGradient[0] = gradient[0]!;
        stepGradient[1] = gradient[1]!;
      }
      const prev0 = state.w[0]!;
      const prev1 = state.w[1]!;
      info.step(state, stepGradient, params);
      const x = state.w[0]!;
      const y = state.w[1]!;
      const loss = surface.value(x, y);
      const gx = surface.gradient(x, y, gradient);
      if (
        !Number.isFinite(x) ||
        !Number.isFinite(y) ||
        !Number.isFinite(loss) ||
        !Number.isFinite(gx[0]!) ||
        !Number.isFinite(gx[1]!) ||
        loss - minLoss > limit
      ) {
        state.w[0] = prev0;
        state.w[1] = prev1;
        surface.gradient(prev0, prev1, gradient);
        runner.status = 'diverged';
        return false;
      }
      runner.t++;
      const gn = record(x, y, loss, runner.t);
      if (stopWhenConverged && converged(loss - minLoss, gn)) runner.status = 'converged';
      return true;
    },
    advance(n: number): number {
      let k = 0;
      while (k < n && runner.step()) k++;
      return k;
    },
    regime(): Regime {
      return classifyRun({ ...historyViews(history), status: runner.status }, regimeOptions);
    },
    fewest,
    stochastic,
    phases(): readonly Phase[] {
      const views = historyViews(history);
      const last = history.length - 1;
      const stepAt = (i: number) => (views.steps ? views.steps[i]! : i);
      // Points not read yet (by step: a thinned history renumbers its points), the latest few.
      const first = Math.max(
        indexOfStep(history, observedStep) + 1,
        last - MAX_CATCH_UP * PHASE_EVERY,
      );
      for (let i = first; i <= last; i++) {
        if (stepAt(i) % PHASE_EVERY !== 0 && i !== last && i !== 1) continue;
        const upTo = (a: Float64Array) => a.subarray(0, i + 1);
        const record = {
          w1: upTo(views.w1),
          w2: upTo(views.w2),
          losses: upTo(views.losses),
          gradientNorms: upTo(views.gradientNorms),
          steps: views.steps && upTo(views.steps),
          status: i === last ? runner.status : ('incomplete' as const),
        };
        tracker.observe(stepAt(i), classifyRun(record, regimeOptions));
      }
      observedStep = Math.max(observedStep, stepAt(last));
      return tracker.phases;
    },
    noise() {
      if (!stochastic) return null;
      const n = history.length - 1;
      const count = Math.min(NOISE_POINTS, n + 1);
      return count < 2 ? null : gapStats(history.losses, minLoss, n, count);
    },
    remainingSteps(): number | null {
      return remainingSteps({ ...historyViews(history), status: runner.status }, regimeOptions);
    },
  };
  return runner;
}
