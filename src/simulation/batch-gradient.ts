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

/**
 * The mini-batch surfaces a seeded run meets, computed once and shared. The batches a run draws
 * depend only on its generator (not on the weights), so runs with the same data, batch settings
 * and seed (every rate of a sweep) meet the same sequence. Each batch's loss is a quadratic,
 *   L_B(w) = Syy − 2·wᵀSxy + wᵀSxx·w   (statistics of its, possibly normalized, features),
 * so the schedule keeps those six numbers per step, drawn on first need (O(m) per batch, once),
 * and a run reading it takes each step's gradient in O(1) whatever the batch size.
 */
export interface BatchSchedule {
  /** The settings and seed it was drawn with: a run with others must not read it. */
  readonly config: MiniBatchConfig;
  readonly seed: number;
  /** [a, b, c, Sxy1, Sxy2, Syy] of batch `t` (0-based) at offset 6t, drawn up to t if needed. */
  coefficients(t: number): Float64Array;
}

/** A schedule of the batches `createRunner` would draw with `config` and `seed` (see BatchSchedule). */
export function createBatchSchedule(config: MiniBatchConfig, seed: number): BatchSchedule {
  const source = createBatchGradient(config);
  const rng = createRng(seed);
  const scratch = new Float64Array(2);
  let table = new Float64Array(6 * 256);
  let drawn = 0;
  return {
    config,
    seed,
    coefficients(t) {
      while (drawn <= t) {
        if (6 * drawn === table.length) {
          const bigger = new Float64Array(2 * table.length);
          bigger.set(table);
          table = bigger;
        }
        source.sample(rng, 0, 0, scratch);
        const s = source.last!.normalized;
        table.set([s.sxx.a, s.sxx.b, s.sxx.c, s.sxy[0], s.sxy[1], s.syy], 6 * drawn++);
      }
      return table;
    },
  };
}

/**
 * The gradients of a schedule's batches in turn: the same values `createBatchGradient` gives for
 * its config and seed, each in O(1). It keeps no layer and no last batch (both null).
 */
export function scheduledBatchGradient(schedule: BatchSchedule): BatchGradient {
  let t = 0;
  return {
    layer: null,
    last: null,
    sample(_rng, w1, w2, out) {
      const k = 6 * t;
      const q = schedule.coefficients(t++);
      const a = q[k]!;
      const b = q[k + 1]!;
      const c = q[k + 2]!;
      const s1 = q[k + 3]!;
      const s2 = q[k + 4]!;
      // As regressionGradient and regressionLoss compute them.
      out[0] = 2 * (a * w1 + b * w2 - s1);
      out[1] = 2 * (b * w1 + c * w2 - s2);
      const value =
        q[k + 5]! - 2 * (w1 * s1 + w2 * s2) + a * w1 * w1 + 2 * b * w1 * w2 + c * w2 * w2;
      return value > 0 ? value : 0;
    },
  };
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
