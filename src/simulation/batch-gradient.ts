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
import { createRng, type Rng } from '../random.ts';

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
  if (layer && layer.settings.mode === 'inference') warmUpRunningStats(layer, config);
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

/** Batches a layer in inference mode has "seen in training" before the run starts. */
export const INFERENCE_WARMUP_BATCHES = 200;

/**
 * Inference uses running averages gathered during training, so before an inference-mode run the
 * layer's running statistics are filled by INFERENCE_WARMUP_BATCHES training batches of the same
 * size (with their own sampler and seeded generator, so the run's own batches are unchanged).
 * Mutates `layer.running`.
 */
function warmUpRunningStats(layer: BatchNormLayer, config: MiniBatchConfig): void {
  const sampler = createMiniBatchSampler(config.data.y.length);
  const trainer = createBatchNormLayer(config.data, { ...layer.settings, mode: 'train' });
  const rng = createRng(0x5eed);
  for (let k = 0; k < INFERENCE_WARMUP_BATCHES; k++)
    trainer.normalize(sampler.sample(rng, config.size));
  layer.running[0] = { ...trainer.running[0] };
  layer.running[1] = { ...trainer.running[1] };
}
