import type { Dataset } from '../datasets/dataset.ts';
import { regressionStats, type RegressionStats } from '../datasets/regression-stats.ts';
import { updateRunningStats, type RunningStats } from './batch-norm.ts';

/** Training uses the mini-batch's statistics; inference uses the running averages. */
export const BATCH_NORM_MODES = ['train', 'inference'] as const;
export type BatchNormMode = (typeof BATCH_NORM_MODES)[number];

/** Settings of a batch-normalization layer over the two input features. */
export interface BatchNormSettings {
  /** γ per feature (learned scale; fixed here). */
  gamma: readonly [number, number];
  /** β per feature (learned shift; absorbed by the best intercept b). */
  beta: readonly [number, number];
  /** ε added to σ² to avoid division by zero. */
  epsilon: number;
  /** Weight of each new batch in the running averages. */
  momentum: number;
  mode: BatchNormMode;
}

export const DEFAULT_BATCH_NORM: BatchNormSettings = {
  gamma: [1, 1],
  beta: [0, 0],
  epsilon: 1e-5,
  momentum: 0.1,
  mode: 'train',
};

/**
 * The regression statistics of batch-normalized features f_i = γ_i·(x_i − μ_i)/sqrt(σ_i² + ε) + β_i,
 * from those of the raw features: f is affine in x, so Cov(f) = K·Cov(x)·K and Cov(f, y) = K·Cov(x, y)
 * with K = diag(γ_i / sqrt(σ_i² + ε)); the means shift into the intercept. O(1).
 */
export function normalizedRegressionStats(
  raw: RegressionStats,
  variances: readonly [number, number],
  settings: Pick<BatchNormSettings, 'gamma' | 'beta' | 'epsilon'>,
  means: readonly [number, number] = raw.meanX,
): RegressionStats {
  const k1 = settings.gamma[0] / Math.sqrt(Math.max(variances[0], 0) + settings.epsilon);
  const k2 = settings.gamma[1] / Math.sqrt(Math.max(variances[1], 0) + settings.epsilon);
  return {
    n: raw.n,
    meanX: [
      k1 * (raw.meanX[0] - means[0]) + settings.beta[0],
      k2 * (raw.meanX[1] - means[1]) + settings.beta[1],
    ],
    meanY: raw.meanY,
    sxx: { a: k1 * k1 * raw.sxx.a, b: k1 * k2 * raw.sxx.b, c: k2 * k2 * raw.sxx.c },
    sxy: [k1 * raw.sxy[0], k2 * raw.sxy[1]],
    syy: raw.syy,
  };
}

/** One mini-batch seen through a batch-normalization layer. */
export interface NormalizedBatch {
  /** Statistics of the batch's raw features: μ_B is meanX, σ_B² the diagonal of sxx. */
  raw: RegressionStats;
  /** Statistics of the normalized features (what the loss surface of this batch is built from). */
  normalized: RegressionStats;
}

/** A batch-normalization layer with running statistics (mutable state), over a data set's two features. */
export interface BatchNormLayer {
  settings: BatchNormSettings;
  running: [RunningStats, RunningStats];
  /**
   * Normalizes the examples `indices`: in training mode with their own μ_B, σ_B² (and, when
   * `update`, folds them into the running averages); in inference mode with the running statistics.
   */
  normalize(indices: ArrayLike<number>, update?: boolean): NormalizedBatch;
}

/** A fresh layer over `data`; running statistics start at mean 0, variance 1. */
export function createBatchNormLayer(
  data: Dataset,
  settings: BatchNormSettings = DEFAULT_BATCH_NORM,
): BatchNormLayer {
  const running: [RunningStats, RunningStats] = [
    { mean: 0, variance: 1 },
    { mean: 0, variance: 1 },
  ];
  return {
    settings,
    running,
    normalize(indices, update = true) {
      const raw = regressionStats(data.x1, data.x2, data.y, indices);
      if (settings.mode === 'inference') {
        const normalized = normalizedRegressionStats(
          raw,
          [running[0].variance, running[1].variance],
          settings,
          [running[0].mean, running[1].mean],
        );
        return { raw, normalized };
      }
      if (update) {
        updateRunningStats(
          running[0],
          { mean: raw.meanX[0], variance: raw.sxx.a, size: raw.n },
          settings.momentum,
        );
        updateRunningStats(
          running[1],
          { mean: raw.meanX[1], variance: raw.sxx.c, size: raw.n },
          settings.momentum,
        );
      }
      return { raw, normalized: normalizedRegressionStats(raw, [raw.sxx.a, raw.sxx.c], settings) };
    },
  };
}

/**
 * What batch normalization tends to as the batch grows to the whole data: features normalized with
 * whole-data statistics (standardized, times γ, plus β). The reference surface for batch-norm runs.
 */
export function populationNormalizedStats(
  data: Dataset,
  settings: BatchNormSettings = DEFAULT_BATCH_NORM,
): RegressionStats {
  const raw = regressionStats(data.x1, data.x2, data.y);
  return normalizedRegressionStats(raw, [raw.sxx.a, raw.sxx.c], settings);
}
