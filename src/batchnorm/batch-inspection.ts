import type { Dataset } from '../datasets/dataset.ts';
import { regressionLoss } from '../datasets/regression-stats.ts';
import { createRng } from '../random.ts';
import { batchStats } from './batch-norm.ts';
import {
  normalizedRegressionStats,
  type BatchNormSettings,
  type NormalizedBatch,
} from './batch-norm-layer.ts';
import type { RunningStats } from './batch-norm.ts';

/**
 * The loss of weights w on one mini-batch normalized two ways: with the batch's own statistics
 * (training) and with the running averages (inference). Their gap is what switching modes changes.
 */
export function trainInferenceLosses(
  batch: NormalizedBatch,
  running: readonly [RunningStats, RunningStats],
  settings: Pick<BatchNormSettings, 'gamma' | 'beta' | 'epsilon'>,
  w1: number,
  w2: number,
): { train: number; inference: number } {
  const train = normalizedRegressionStats(batch.raw, [batch.raw.sxx.a, batch.raw.sxx.c], settings);
  const inference = normalizedRegressionStats(
    batch.raw,
    [running[0].variance, running[1].variance],
    settings,
    [running[0].mean, running[1].mean],
  );
  return { train: regressionLoss(train, w1, w2), inference: regressionLoss(inference, w1, w2) };
}

/**
 * Coupling inside a batch: example `index` is normalized with the statistics of a batch of `size`
 * examples that always contains it, the rest drawn afresh each time (`draws` batches, seeded).
 * Returns its normalized value x̂ for each draw: it moves although the example does not.
 */
export function normalizedValueAcrossBatches(
  values: ArrayLike<number>,
  index: number,
  size: number,
  draws: number,
  seed: number,
  epsilon: number,
): number[] {
  const n = values.length;
  const rng = createRng(seed);
  const m = Math.min(n, Math.max(1, Math.floor(size)));
  const out: number[] = [];
  const batch = new Int32Array(m);
  for (let d = 0; d < draws; d++) {
    batch[0] = index;
    // The others: distinct, without `index`, by rejection (m ≪ n in practice; bounded tries).
    const chosen = new Set([index]);
    for (let k = 1; k < m; k++) {
      let j = rng.int(n);
      for (let tries = 0; chosen.has(j) && tries < 100; tries++) j = rng.int(n);
      chosen.add(j);
      batch[k] = j;
    }
    const s = batchStats(values, batch);
    out.push((values[index]! - s.mean) / Math.sqrt(s.variance + epsilon));
  }
  return out;
}

/** The examples of a batch as points: raw (x1, x2) and normalized with the batch's own μ_B, σ_B. */
export function batchPoints(
  data: Dataset,
  indices: ArrayLike<number>,
  epsilon: number,
): { raw: Float64Array; normalized: Float64Array } {
  const m = indices.length;
  const s1 = batchStats(data.x1, indices);
  const s2 = batchStats(data.x2, indices);
  const raw = new Float64Array(2 * m);
  const normalized = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    const i = indices[k]!;
    raw[2 * k] = data.x1[i]!;
    raw[2 * k + 1] = data.x2[i]!;
    normalized[2 * k] = (data.x1[i]! - s1.mean) / Math.sqrt(s1.variance + epsilon);
    normalized[2 * k + 1] = (data.x2[i]! - s2.mean) / Math.sqrt(s2.variance + epsilon);
  }
  return { raw, normalized };
}
