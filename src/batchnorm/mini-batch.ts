import type { Rng } from '../random.ts';

/** Draws mini-batches of example indices without allocating per draw. */
export interface MiniBatchSampler {
  /**
   * `size` distinct indices from 0…n−1 (size clamped to [1, n]) by a partial Fisher–Yates shuffle
   * with `rng`. The returned view is overwritten by the next call.
   */
  sample(rng: Rng, size: number): Int32Array;
}

/** A sampler over n examples; it keeps one permutation of 0…n−1 and reshuffles its head per draw. */
export function createMiniBatchSampler(n: number): MiniBatchSampler {
  const count = Math.max(1, Math.floor(n));
  const pool = new Int32Array(count);
  for (let i = 0; i < count; i++) pool[i] = i;
  return {
    sample(rng, size) {
      const m = Math.min(count, Math.max(1, Math.floor(Number.isFinite(size) ? size : 1)));
      for (let k = 0; k < m; k++) {
        const j = k + rng.int(count - k);
        const t = pool[k]!;
        pool[k] = pool[j]!;
        pool[j] = t;
      }
      return pool.subarray(0, m);
    },
  };
}
