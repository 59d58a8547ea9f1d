import type { Symmetric2 } from '../math/symmetric2.ts';

/**
 * Sufficient statistics of linear regression y ≈ b + w1·x1 + w2·x2 under mean squared error:
 * with b at its best value b* = ȳ − wᵀx̄, the loss needs only the centred second moments
 *   L(w) = Syy − 2·wᵀSxy + wᵀSxx·w,
 * where Sxx = Cov(x), Sxy = Cov(x, y), Syy = Var(y) (all with 1/N). So a grid costs O(1) a point.
 */
export interface RegressionStats {
  n: number;
  meanX: readonly [number, number];
  meanY: number;
  /** Cov(x): [[var x1, cov], [cov, var x2]]. */
  sxx: Symmetric2;
  /** Cov(x1, y), Cov(x2, y). */
  sxy: readonly [number, number];
  /** Var(y). */
  syy: number;
}

/**
 * Sufficient statistics of the examples `indices` (all when omitted) of (x1, x2, y), in one O(n)
 * pass over the centred values. Zero examples give all-zero statistics.
 */
export function regressionStats(
  x1: ArrayLike<number>,
  x2: ArrayLike<number>,
  y: ArrayLike<number>,
  indices?: ArrayLike<number>,
): RegressionStats {
  const n = indices ? indices.length : y.length;
  const at = (k: number) => (indices ? indices[k]! : k);
  let m1 = 0;
  let m2 = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k);
    m1 += x1[i]!;
    m2 += x2[i]!;
    my += y[i]!;
  }
  if (n > 0) {
    m1 /= n;
    m2 /= n;
    my /= n;
  }
  let a = 0;
  let b = 0;
  let c = 0;
  let s1 = 0;
  let s2 = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k);
    const d1 = x1[i]! - m1;
    const d2 = x2[i]! - m2;
    const dy = y[i]! - my;
    a += d1 * d1;
    b += d1 * d2;
    c += d2 * d2;
    s1 += d1 * dy;
    s2 += d2 * dy;
    syy += dy * dy;
  }
  const inv = n > 0 ? 1 / n : 0;
  return {
    n,
    meanX: [m1, m2],
    meanY: my,
    sxx: { a: a * inv, b: b * inv, c: c * inv },
    sxy: [s1 * inv, s2 * inv],
    syy: syy * inv,
  };
}

/** L(w) = Syy − 2·wᵀSxy + wᵀSxx·w, the MSE with the intercept at its best value; never below 0. */
export function regressionLoss(s: RegressionStats, w1: number, w2: number): number {
  const { a, b, c } = s.sxx;
  const value =
    s.syy - 2 * (w1 * s.sxy[0] + w2 * s.sxy[1]) + a * w1 * w1 + 2 * b * w1 * w2 + c * w2 * w2;
  return value > 0 ? value : 0;
}

/** ∇L = 2·(Sxx·w − Sxy), written into `out` (mutated) and returned. */
export function regressionGradient(
  s: RegressionStats,
  w1: number,
  w2: number,
  out: Float64Array,
): Float64Array {
  const { a, b, c } = s.sxx;
  out[0] = 2 * (a * w1 + b * w2 - s.sxy[0]);
  out[1] = 2 * (b * w1 + c * w2 - s.sxy[1]);
  return out;
}

/** The best intercept for weights w: b* = ȳ − w1·x̄1 − w2·x̄2. */
export function bestIntercept(s: RegressionStats, w1: number, w2: number): number {
  return s.meanY - w1 * s.meanX[0] - w2 * s.meanX[1];
}

/**
 * The reference O(N) loss: (1/N) Σ (y − b* − w1·x1 − w2·x2)², looping over every example.
 * What the sufficient statistics replace; kept for tests and the benchmark's baseline.
 */
export function regressionLossDirect(
  x1: ArrayLike<number>,
  x2: ArrayLike<number>,
  y: ArrayLike<number>,
  w1: number,
  w2: number,
): number {
  const n = y.length;
  let mr = 0;
  for (let i = 0; i < n; i++) mr += y[i]! - w1 * x1[i]! - w2 * x2[i]!;
  const b = n > 0 ? mr / n : 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (y[i]! - b - w1 * x1[i]! - w2 * x2[i]!) ** 2;
  return n > 0 ? sum / n : 0;
}
