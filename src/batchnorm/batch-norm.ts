/** Batch statistics of one feature over a mini-batch. */
export interface BatchStats {
  /** μ_B = (1/m) Σ x. */
  mean: number;
  /** σ_B² = (1/m) Σ (x − μ_B)² (biased, as in the forward pass). */
  variance: number;
  /** Batch size m. */
  size: number;
}

/** μ_B and σ_B² of `values[indices]` (all values when `indices` is omitted). Empty input gives 0, 0. */
export function batchStats(values: ArrayLike<number>, indices?: ArrayLike<number>): BatchStats {
  const m = indices ? indices.length : values.length;
  let sum = 0;
  for (let k = 0; k < m; k++) sum += values[indices ? indices[k]! : k]!;
  const mean = m > 0 ? sum / m : 0;
  let ss = 0;
  for (let k = 0; k < m; k++) ss += (values[indices ? indices[k]! : k]! - mean) ** 2;
  return { mean, variance: m > 0 ? ss / m : 0, size: m };
}

/**
 * Batch normalization of one value: x̂ = (x − μ) / sqrt(σ² + ε), y = γ·x̂ + β.
 * With σ² = 0 (a batch of one) x̂ is 0 and y = β: ε keeps it finite.
 */
export function batchNormalizeValue(
  x: number,
  mean: number,
  variance: number,
  gamma: number,
  beta: number,
  epsilon: number,
): number {
  return gamma * ((x - mean) / Math.sqrt(variance + epsilon)) + beta;
}

/**
 * Normalizes `values[indices]` with their own batch statistics (training mode), writing
 * y = γ·(x − μ_B)/sqrt(σ_B² + ε) + β into `out` (mutated; same length as the batch).
 * Over the batch, y has mean β and standard deviation γ·sqrt(σ_B² / (σ_B² + ε)).
 */
export function batchNormalize(
  values: ArrayLike<number>,
  indices: ArrayLike<number>,
  gamma: number,
  beta: number,
  epsilon: number,
  out: Float64Array,
): BatchStats {
  const stats = batchStats(values, indices);
  for (let k = 0; k < indices.length; k++) {
    out[k] = batchNormalizeValue(
      values[indices[k]!]!,
      stats.mean,
      stats.variance,
      gamma,
      beta,
      epsilon,
    );
  }
  return stats;
}

/** Running (moving-average) statistics of one feature, used at inference. */
export interface RunningStats {
  mean: number;
  variance: number;
}

/**
 * Updates running statistics after one training batch (mutates `running`):
 *   mean ← (1 − momentum)·mean + momentum·μ_B,
 *   var  ← (1 − momentum)·var  + momentum·σ_B²·m/(m − 1)   (unbiased; m = 1 uses σ_B² = 0).
 * momentum is the weight of the new batch (0.1 is the common default).
 */
export function updateRunningStats(
  running: RunningStats,
  batch: BatchStats,
  momentum: number,
): RunningStats {
  const unbiased =
    batch.size > 1 ? (batch.variance * batch.size) / (batch.size - 1) : batch.variance;
  running.mean = (1 - momentum) * running.mean + momentum * batch.mean;
  running.variance = (1 - momentum) * running.variance + momentum * unbiased;
  return running;
}
