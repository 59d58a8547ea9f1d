import type { Problem } from './problem.ts';

/**
 * One-click learning rates from the stability limit 2/λ_max: too small (1/100 of it), about right
 * (the best constant step 2/(λ_max+λ_min), else half the limit), too large (0.95×: a zig-zag that
 * still converges) and diverging (1.1×).
 */
export function learningRatePresets(p: Problem): Record<LearningRatePreset, number> {
  const limit = p.stabilityLimit;
  return {
    tooSmall: limit / 100,
    aboutRight: p.curvature.bestLearningRate ?? limit / 2,
    tooLarge: 0.95 * limit,
    diverging: 1.1 * limit,
  };
}
export const LEARNING_RATE_PRESETS = ['tooSmall', 'aboutRight', 'tooLarge', 'diverging'] as const;
export type LearningRatePreset = (typeof LEARNING_RATE_PRESETS)[number];
