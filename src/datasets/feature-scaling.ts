import { eigenSymmetric2, type Symmetric2 } from '../math/symmetric2.ts';
import type { Dataset } from './dataset.ts';

/** How features are rescaled before training (docs/domain.md §1.4; whitening §2b). */
export const FEATURE_SCALINGS = ['none', 'standardize', 'min-max', 'whiten'] as const;
export type FeatureScaling = (typeof FEATURE_SCALINGS)[number];

/** A 2×2 matrix, row by row: [[m11, m12], [m21, m22]]. */
export type Matrix2 = readonly [readonly [number, number], readonly [number, number]];

/**
 * An affine map of the two features: x̃ = mix·((x − shift) / scale), per feature first, then the
 * optional 2×2 `mix` (whitening mixes the features; without it each feature is scaled on its own).
 */
export interface FeatureTransform {
  shift: readonly [number, number];
  scale: readonly [number, number];
  mix?: Matrix2;
}

/** The identity: raw features. */
export const RAW_FEATURES: FeatureTransform = { shift: [0, 0], scale: [1, 1] };

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

/** Means of x1, x2 and their covariance Σ (population, 1/N), in two passes. */
export function featureCovariance(
  x1: ArrayLike<number>,
  x2: ArrayLike<number>,
): { mean: [number, number]; cov: Symmetric2 } {
  const n = x1.length;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    m1 += x1[i]!;
    m2 += x2[i]!;
  }
  m1 = n > 0 ? m1 / n : 0;
  m2 = n > 0 ? m2 / n : 0;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d1 = x1[i]! - m1;
    const d2 = x2[i]! - m2;
    a += d1 * d1;
    b += d1 * d2;
    c += d2 * d2;
  }
  const inv = n > 0 ? 1 / n : 0;
  return { mean: [m1, m2], cov: { a: a * inv, b: b * inv, c: c * inv } };
}

/** Eigenvalues below this fraction of the largest count as zero: that direction has no spread. */
const FLAT = 1e-12;

/**
 * ZCA whitening W = Σ^(−1/2), so that Cov(W·(x − m)) = W Σ Wᵀ = I. For Σ = [[a, b], [b, c]] in
 * closed form: with s = √det Σ and t = √(a + c + 2s), √Σ = (Σ + s·I)/t and
 * Σ^(−1/2) = [[c + s, −b], [−b, a + s]] / (s·t). Exact where the variances differ by many orders
 * (unlike λ = mean ± radius); s is computed as σ1·σ2·√(1 − ρ²) and the division in two steps, so
 * nothing overflows or underflows for features of any scale. A direction without spread (singular
 * Σ: a constant feature, or perfectly collinear ones) cannot be whitened; it is scaled as if its
 * variance were FLAT·λ_max (its values are all zero either way).
 */
export function whiteningMatrix(cov: Symmetric2): Matrix2 {
  const s1 = Math.sqrt(cov.a);
  const s2 = Math.sqrt(cov.c);
  const rho = s1 > 0 && s2 > 0 ? cov.b / s1 / s2 : 1;
  if (1 - rho * rho > FLAT) {
    const s = s1 * s2 * Math.sqrt(1 - rho * rho);
    const t = Math.sqrt(cov.a + cov.c + 2 * s);
    const entry = (x: number) => x / t / s;
    return [
      [entry(cov.c + s), entry(-cov.b)],
      [entry(-cov.b), entry(cov.a + s)],
    ];
  }
  const { values, vectors } = eigenSymmetric2(cov);
  const floor = Math.max(values[0], 0) * FLAT || 1;
  const d = values.map((l) => 1 / Math.sqrt(Math.max(l, floor)));
  const [v, u] = vectors;
  const entry = (i: 0 | 1, j: 0 | 1) => d[0]! * v[i] * v[j] + d[1]! * u[i] * u[j];
  return [
    [entry(0, 0), entry(0, 1)],
    [entry(1, 0), entry(1, 1)],
  ];
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
 * min-max uses x̃ = (x − min)/(max − min) (range [0, 1]); whiten uses x̃ = Σ^(−1/2)(x − m)
 * (decorrelated, unit variance: Cov(x̃) = I); none is the identity. A constant feature gets
 * scale 1 rather than a division by zero.
 */
export function featureTransform(data: Dataset, scaling: FeatureScaling): FeatureTransform {
  if (scaling === 'whiten') {
    const { mean, cov } = featureCovariance(data.x1, data.x2);
    return { shift: mean, scale: [1, 1], mix: whiteningMatrix(cov) };
  }
  const [s1, c1] = featureTransform1(data.x1, scaling);
  const [s2, c2] = featureTransform1(data.x2, scaling);
  return { shift: [s1, s2], scale: [c1, c2] };
}

/** A copy of `data` with both features passed through `transform`; y is unchanged. */
export function applyFeatureTransform(data: Dataset, transform: FeatureTransform): Dataset {
  const { shift, scale, mix } = transform;
  const map = (x: Float64Array, k: 0 | 1) => x.map((v) => (v - shift[k]) / scale[k]);
  const u1 = map(data.x1, 0);
  const u2 = map(data.x2, 1);
  if (!mix) return { ...data, x1: u1, x2: u2 };
  const x1 = new Float64Array(u1.length);
  const x2 = new Float64Array(u1.length);
  for (let i = 0; i < u1.length; i++) {
    x1[i] = mix[0][0] * u1[i]! + mix[0][1] * u2[i]!;
    x2[i] = mix[1][0] * u1[i]! + mix[1][1] * u2[i]!;
  }
  return { ...data, x1, x2 };
}

/** `data` rescaled by `scaling` with whole-data statistics. */
export function scaleFeatures(data: Dataset, scaling: FeatureScaling): Dataset {
  return applyFeatureTransform(data, featureTransform(data, scaling));
}

/** Solves Mᵀ·x = r for a 2×2 M (Cramer's rule). */
function solveTransposed(m: Matrix2, r: readonly [number, number]): [number, number] {
  const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
  return [(m[1][1] * r[0] - m[1][0] * r[1]) / det, (m[0][0] * r[1] - m[0][1] * r[0]) / det];
}

/**
 * The weights that give the same predictions after a change of feature transform.
 * With x̃ = J(x − a), J = mix·diag(1/s), the model b + wᵀx equals b̃ + w̃ᵀx̃ when w = Jᵀw̃ (the
 * intercept absorbs the shifts), so w_to = J_to⁻ᵀ·J_fromᵀ·w_from; per-feature transforms give
 * w_to = w_from · s_to / s_from.
 */
export function mapWeights(
  w: readonly [number, number],
  from: FeatureTransform,
  to: FeatureTransform,
): [number, number] {
  if (!from.mix && !to.mix)
    return [(w[0] * to.scale[0]) / from.scale[0], (w[1] * to.scale[1]) / from.scale[1]];
  // Raw weights u = Jᵀw = diag(1/s)·mixᵀ·w.
  const m = from.mix;
  const t: [number, number] = m
    ? [m[0][0] * w[0] + m[1][0] * w[1], m[0][1] * w[0] + m[1][1] * w[1]]
    : [w[0], w[1]];
  const u: [number, number] = [t[0] / from.scale[0], t[1] / from.scale[1]];
  // w_to = mix_to⁻ᵀ·diag(s_to)·u.
  const v: [number, number] = [u[0] * to.scale[0], u[1] * to.scale[1]];
  return to.mix ? solveTransposed(to.mix, v) : v;
}

/**
 * `first`, then each of its output features normalized on its own, x̂ = (x̃ − μ)/σ (batch
 * normalization after feature scaling), as one transform. Per feature: shift a + s·μ, scale s·σ;
 * after a mix M: x̂ = diag(1/σ)·M·((x − (a + s∘M⁻¹μ))/s).
 */
export function thenNormalize(
  first: FeatureTransform,
  mean: readonly [number, number],
  std: readonly [number, number],
): FeatureTransform {
  const { shift: a, scale: s, mix: m } = first;
  if (!m)
    return {
      shift: [a[0] + s[0] * mean[0], a[1] + s[1] * mean[1]],
      scale: [s[0] * std[0], s[1] * std[1]],
    };
  // z = M⁻¹μ (Cramer's rule).
  const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
  const z = [
    (m[1][1] * mean[0] - m[0][1] * mean[1]) / det,
    (m[0][0] * mean[1] - m[1][0] * mean[0]) / det,
  ] as const;
  return {
    shift: [a[0] + s[0] * z[0], a[1] + s[1] * z[1]],
    scale: s,
    mix: [
      [m[0][0] / std[0], m[0][1] / std[0]],
      [m[1][0] / std[1], m[1][1] / std[1]],
    ],
  };
}
