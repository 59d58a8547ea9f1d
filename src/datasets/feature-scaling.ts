import type { Dataset } from './dataset.ts';

/** How features are rescaled before training (DOMAIN.md §1.4). */
export const FEATURE_SCALINGS = ['none', 'standardize', 'min-max'] as const;
export type FeatureScaling = (typeof FEATURE_SCALINGS)[number];

/** Per-feature affine map x̃ = (x − shift) / scale. */
export interface FeatureTransform {
  shift: readonly [number, number];
  scale: readonly [number, number];
}

/** Mean and population standard deviation of `x` (σ² = (1/N) Σ (x − m)²). */
export function meanAndStd(x: ArrayLike<number>): { mean: number; std: number } {
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = n > 0 ? sum / n : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i]! - mean) ** 2;
  return { mean, std: n > 0 ? Math.sqrt(ss / n) : 0 };
}

function featureTransform1(x: Float64Array, scaling: FeatureScaling): [number, number] {
  if (scaling === 'none') return [0, 1];
  if (scaling === 'standardize') {
    const { mean, std } = meanAndStd(x);
    return [mean, std > 0 ? std : 1];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi > lo ? hi - lo : 1];
}

/**
 * The whole-data transform for `scaling`: standardize uses x̃ = (x − m)/σ (mean 0, variance 1);
 * min-max uses x̃ = (x − min)/(max − min) (range [0, 1]); none is the identity. A constant feature
 * gets scale 1 rather than a division by zero.
 */
export function featureTransform(data: Dataset, scaling: FeatureScaling): FeatureTransform {
  const [s1, c1] = featureTransform1(data.x1, scaling);
  const [s2, c2] = featureTransform1(data.x2, scaling);
  return { shift: [s1, s2], scale: [c1, c2] };
}

/** A copy of `data` with both features passed through `transform`; y is unchanged. */
export function applyFeatureTransform(data: Dataset, transform: FeatureTransform): Dataset {
  const map = (x: Float64Array, k: 0 | 1) =>
    x.map((v) => (v - transform.shift[k]) / transform.scale[k]);
  return { ...data, x1: map(data.x1, 0), x2: map(data.x2, 1) };
}

/** `data` rescaled by `scaling` with whole-data statistics. */
export function scaleFeatures(data: Dataset, scaling: FeatureScaling): Dataset {
  return applyFeatureTransform(data, featureTransform(data, scaling));
}

/**
 * The weights that give the same predictions after a change of feature transform.
 * With x̃ = (x − a)/s the model b + Σ wᵢxᵢ equals b̃ + Σ w̃ᵢx̃ᵢ when w̃ᵢ = wᵢ·sᵢ, so
 * w_to = w_from · s_to / s_from (the intercept absorbs the shifts).
 */
export function mapWeights(
  w: readonly [number, number],
  from: FeatureTransform,
  to: FeatureTransform,
): [number, number] {
  return [(w[0] * to.scale[0]) / from.scale[0], (w[1] * to.scale[1]) / from.scale[1]];
}
