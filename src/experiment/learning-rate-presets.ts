import { stepFactors, stepsToShrink } from '../analysis/curvature.ts';
import type { Problem } from './problem.ts';

export const LEARNING_RATE_PRESETS = ['tooSmall', 'aboutRight', 'tooLarge', 'diverging'] as const;
export type LearningRatePreset = (typeof LEARNING_RATE_PRESETS)[number];

/**
 * Each preset as a multiple of the stability limit 2/λ_max, rising in the order of the names.
 * Plain gradient descent multiplies the error along the steep eigen-direction by 1 − ηλ_max =
 * 1 − 2·multiple each step:
 * - tooSmall 0.01: factor 0.98, no overshoot; the run crawls (≈ 50× the steps of aboutRight);
 * - aboutRight 0.5 (η = 1/λ_max): factor 0, the steep error is gone after one step, no overshoot;
 * - tooLarge 0.9: factor −0.8, it zig-zags across the steep direction and still converges;
 * - diverging 1.1: factor −1.2, every zig-zag is wider than the last.
 */
export const LEARNING_RATE_PRESET_MULTIPLES: Readonly<Record<LearningRatePreset, number>> = {
  tooSmall: 0.01,
  aboutRight: 0.5,
  tooLarge: 0.9,
  diverging: 1.1,
};

/** The one-click learning rates of a problem: LEARNING_RATE_PRESET_MULTIPLES × 2/λ_max. */
export function learningRatePresets(p: Problem): Record<LearningRatePreset, number> {
  const m = LEARNING_RATE_PRESET_MULTIPLES;
  const limit = p.stabilityLimit;
  return {
    tooSmall: m.tooSmall * limit,
    aboutRight: m.aboutRight * limit,
    tooLarge: m.tooLarge * limit,
    diverging: m.diverging * limit,
  };
}

/** The best a constant learning rate can do on a problem (docs/domain.md §2). */
export interface BestConstantStep {
  /** η* = 2/(λ_max + λ_min). */
  learningRate: number;
  /** η* as a multiple of the stability limit 2/λ_max: κ/(κ + 1), just under 1 when κ ≫ 1. */
  multiple: number;
  /** κ = λ_max/λ_min. */
  conditionNumber: number;
  /**
   * Per-step factors 1 − η*λ at η* along the steep and the flat eigen-direction:
   * −(κ−1)/(κ+1) (a zig-zag across) and +(κ−1)/(κ+1) (a crawl along); both near ±1 when κ ≫ 1.
   */
  factors: [steep: number, flat: number];
  /** Steps for the error to shrink by ε at η*: ln(1/ε)/ln((κ+1)/(κ−1)) ≈ κ·ln(1/ε)/2. */
  steps: number;
}

/**
 * The best constant step of plain gradient descent on `p` and what it still costs: even at η* the
 * error shrinks only by (κ−1)/(κ+1) a step, so reaching a factor `epsilon` (default 1e-6, the
 * runner's tolerance) takes about κ·ln(1/ε)/2 steps — on an ill-conditioned surface no constant
 * rate serves both directions. Null where κ is undefined (λ_min ≤ 0: no minimum to settle in).
 */
export function bestConstantStep(p: Problem, epsilon = 1e-6): BestConstantStep | null {
  const c = p.curvature;
  const steps = stepsToShrink(c, epsilon);
  if (c.bestLearningRate === null || c.conditionNumber === null || steps === null) return null;
  return {
    learningRate: c.bestLearningRate,
    multiple: c.bestLearningRate / p.stabilityLimit,
    conditionNumber: c.conditionNumber,
    factors: stepFactors(c, c.bestLearningRate),
    steps,
  };
}
