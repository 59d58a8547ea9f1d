import { classifyRun, type Regime } from '../analysis/regime.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import {
  initOptimizerState,
  sanitizeOptimizerParams,
  type OptimizerId,
  type OptimizerParams,
} from '../optimizers/optimizer.ts';
import { createRng } from '../random.ts';
import { minimumLoss, type Point2, type Surface } from '../surfaces/surface.ts';
import { createBatchGradient, type MiniBatchConfig } from './batch-gradient.ts';
import { clampStart, explosionThreshold } from './guards.ts';

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
  /** Mini-batch SGD on a surface without data: std of Gaussian noise added to each gradient (default 0.5). */
  gradientNoise?: number;
  /** Converged once |∇L| ≤ tolerance × the largest |∇L| seen (default 1e-6). */
  tolerance?: number;
  /** Stop at convergence (default true). */
  stopWhenConverged?: boolean;
  /** Steps after which a run still going counts as too slow (default 5000). */
  horizon?: number;
}

export type RunStatus = 'converged' | 'diverged' | 'incomplete';

/** A run: the points visited (index 0 = start) and what became of it. All values finite. */
export interface Trajectory {
  w1: Float64Array;
  w2: Float64Array;
  /** L(w) on the configured surface at each point. */
  losses: Float64Array;
  /** |∇L(w)| on the configured surface at each point. */
  gradientNorms: Float64Array;
  /** Steps taken (the arrays hold steps + 1 points). */
  steps: number;
  /** converged, diverged (stopped: non-finite or exploding values), or incomplete (ran out of steps). */
  status: RunStatus;
  regime: Regime;
  params: OptimizerParams;
}

/**
 * Runs `config.optimizer` on `config.surface` for up to `config.steps` steps. Deterministic for a
 * given seed. Never throws for numeric input and never returns NaN or Infinity: a step that would
 * produce one, or a loss that explodes, ends the run with status "diverged" at the last finite point.
 */
export function simulate(config: SimulationConfig): Trajectory {
  const { surface } = config;
  const params = sanitizeOptimizerParams(config.params ?? {});
  const info = OPTIMIZERS[config.optimizer] ?? OPTIMIZERS.gd;
  const maxSteps = Math.max(
    0,
    Math.min(1e7, Math.floor(Number.isFinite(config.steps) ? config.steps : 0)),
  );
  const tolerance = config.tolerance ?? 1e-6;
  const stopWhenConverged = config.stopWhenConverged ?? true;
  const rng = createRng(config.seed ?? 1);
  const batch = config.batch ? createBatchGradient(config.batch) : null;
  const noise = info.stochastic && !batch ? (config.gradientNoise ?? 0.5) : 0;

  const w1 = new Float64Array(maxSteps + 1);
  const w2 = new Float64Array(maxSteps + 1);
  const losses = new Float64Array(maxSteps + 1);
  const gradientNorms = new Float64Array(maxSteps + 1);
  let start = clampStart(surface, config.start ?? surface.start);
  if (!Number.isFinite(surface.value(start[0], start[1])))
    start = [surface.start[0], surface.start[1]];
  const state = initOptimizerState(start);
  const g = new Float64Array(2);
  const minLoss = minimumLoss(surface);
  const limit = explosionThreshold(surface, state.w[0]!, state.w[1]!);

  const record = (t: number): number => {
    const x = state.w[0]!;
    const y = state.w[1]!;
    surface.gradient(x, y, g);
    w1[t] = x;
    w2[t] = y;
    losses[t] = surface.value(x, y);
    gradientNorms[t] = Math.hypot(g[0]!, g[1]!);
    return gradientNorms[t]!;
  };

  let gMax = record(0);
  let status: RunStatus = 'incomplete';
  let t = 0;
  if (stopWhenConverged && gMax === 0) status = 'converged';
  while (status === 'incomplete' && t < maxSteps) {
    // g holds ∇L at the current point (from record); a mini-batch or noise replaces it.
    if (batch) batch.sample(rng, state.w[0]!, state.w[1]!, g);
    else if (noise > 0) {
      g[0]! += noise * rng.normal();
      g[1]! += noise * rng.normal();
    }
    const prev0 = state.w[0]!;
    const prev1 = state.w[1]!;
    info.step(state, g, params);
    const x = state.w[0]!;
    const y = state.w[1]!;
    const loss = surface.value(x, y);
    if (
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      !Number.isFinite(loss) ||
      loss - minLoss > limit
    ) {
      state.w[0] = prev0;
      state.w[1] = prev1;
      status = 'diverged';
      break;
    }
    t++;
    const gn = record(t);
    if (!Number.isFinite(gn)) {
      status = 'diverged';
      t--;
      break;
    }
    gMax = Math.max(gMax, gn);
    if (stopWhenConverged && gn <= tolerance * gMax) status = 'converged';
  }

  const run = {
    w1: w1.slice(0, t + 1),
    w2: w2.slice(0, t + 1),
    losses: losses.slice(0, t + 1),
    gradientNorms: gradientNorms.slice(0, t + 1),
  };
  const regime = classifyRun({ ...run, status }, { tolerance, horizon: config.horizon ?? 5000 });
  return { ...run, steps: t, status, regime, params };
}
