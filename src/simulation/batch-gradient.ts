import {
  createBatchNormLayer,
  type BatchNormLayer,
  type BatchNormSettings,
  type NormalizedBatch,
} from '../batchnorm/batch-norm-layer.ts';
import { createMiniBatchSampler } from '../batchnorm/mini-batch.ts';
import type { Dataset } from '../datasets/dataset.ts';
import {
  regressionGradient,
  regressionLoss,
  regressionStats,
} from '../datasets/regression-stats.ts';
import type { Rng } from '../random.ts';

/** Mini-batch settings: each step's gradient comes from `size` examples of `data`. */
export interface MiniBatchConfig {
  /** The (already scaled) data set whose error surface is being descended. */
  data: Dataset;
  size: number;
  /** Batch-normalize the features of each mini-batch with these settings. */
  batchNorm?: BatchNormSettings;
}

/** Produces one stochastic gradient per call. */
export interface BatchGradient {
  /** Draws a mini-batch with `rng`, writes its ∇L_B(w) into `out` (mutated), returns L_B(w). */
  sample(rng: Rng, w1: number, w2: number, out: Float64Array): number;
  /** The batch-norm layer, when batch normalization is on (its running statistics evolve). */
  layer: BatchNormLayer | null;
  /** The last mini-batch drawn: its example indices (overwritten by the next draw) and statistics. */
  last: (NormalizedBatch & { indices: Int32Array }) | null;
}

/**
 * Gradients of the mini-batch loss L_B(w) = (1/m) Σ_B (y − b_B* − wᵀf)² with f the batch's features,
 * batch-normalized when `batchNorm` is set (training mode also updates the running averages).
 */
export function createBatchGradient(config: MiniBatchConfig): BatchGradient {
  const { data, size } = config;
  const sampler = createMiniBatchSampler(data.y.length);
  const layer = config.batchNorm ? createBatchNormLayer(data, config.batchNorm) : null;
  const source: BatchGradient = {
    layer,
    last: null,
    sample(rng, w1, w2, out) {
      const indices = sampler.sample(rng, size);
      let batch: NormalizedBatch;
      if (layer) batch = layer.normalize(indices);
      else {
        const raw = regressionStats(data.x1, data.x2, data.y, indices);
        batch = { raw, normalized: raw };
      }
      source.last = { ...batch, indices };
      regressionGradient(batch.normalized, w1, w2, out);
      return regressionLoss(batch.normalized, w1, w2);
    },
  };
  return source;
}
