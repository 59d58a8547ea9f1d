import type { Regime } from '../analysis/regime.ts';
import type { OptimizerParams } from '../optimizers/optimizer.ts';
import { historyViews } from './run-history.ts';
import { createRunner, type RunStatus, type SimulationConfig } from './runner.ts';

/** A finished run: the points visited (index 0 = start) and what became of it. All values finite. */
export interface Trajectory {
  w1: Float64Array;
  w2: Float64Array;
  /** L(w) on the configured surface at each point. */
  losses: Float64Array;
  /** |∇L(w)| on the configured surface at each point. */
  gradientNorms: Float64Array;
  /** Steps taken (the arrays hold steps + 1 points). */
  steps: number;
  status: RunStatus;
  regime: Regime;
  params: OptimizerParams;
}

/**
 * Runs `config.optimizer` on `config.surface` for up to `config.steps` steps (stopping early at
 * convergence or divergence) and returns the trajectory. Deterministic for a given seed; never
 * throws for numeric input and never returns NaN or Infinity.
 */
export function simulate(config: SimulationConfig): Trajectory {
  const runner = createRunner(config);
  runner.advance(Infinity);
  const v = historyViews(runner.history);
  // The history's own arrays when they are mostly full (nothing else holds them), else copies.
  const keep = 2 * v.w1.length >= runner.history.w1.length;
  const own = (a: Float64Array) => (keep ? a : a.slice());
  return {
    w1: own(v.w1),
    w2: own(v.w2),
    losses: own(v.losses),
    gradientNorms: own(v.gradientNorms),
    steps: runner.t,
    status: runner.status,
    regime: runner.regime(),
    params: runner.params,
  };
}
