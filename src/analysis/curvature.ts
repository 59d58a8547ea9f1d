import { eigenSymmetric2 } from '../math/symmetric2.ts';
import type { Point2, Surface } from '../surfaces/surface.ts';
import { hessianAt } from './hessian.ts';

/** How the surface curves at a point, and what that means for plain gradient descent. */
export interface Curvature {
  /** Hessian eigenvalues, λ_max ≥ λ_min. */
  eigenvalues: [number, number];
  /** Unit eigenvectors matching `eigenvalues`. */
  eigenvectors: [[number, number], [number, number]];
  /** κ = λ_max / λ_min; null where it is undefined (λ_min ≤ 0: flat or not a minimum). */
  conditionNumber: number | null;
  /** 2 / λ_max: gradient descent converges iff η is below it; null where λ_max ≤ 0. */
  stabilityLimit: number | null;
  /** 2 / (λ_max + λ_min), the best constant step; null unless both eigenvalues are positive. */
  bestLearningRate: number | null;
  /** Per-step contraction (κ − 1)/(κ + 1) at the best step; null where κ is undefined. */
  bestRate: number | null;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The curvature of `surface` at `at` (default: its global minimum, where the quadratic theory of
 * docs/domain.md §2 applies). Every number is finite or null: no NaN or Infinity.
 */
export function curvature(surface: Surface, at?: Point2): Curvature {
  const p = at ?? surface.minima[0]?.w ?? surface.start;
  const { values, vectors } = eigenSymmetric2(hessianAt(surface, p[0], p[1]));
  const [lMax, lMin] = values;
  const tiny = 1e-12 * Math.abs(lMax);
  const positive = lMin > tiny && lMax > 0;
  const kappa = positive ? finiteOrNull(lMax / lMin) : null;
  return {
    eigenvalues: [lMax, lMin],
    eigenvectors: vectors,
    conditionNumber: kappa,
    stabilityLimit: lMax > 0 ? finiteOrNull(2 / lMax) : null,
    bestLearningRate: positive ? finiteOrNull(2 / (lMax + lMin)) : null,
    bestRate: kappa !== null ? (kappa - 1) / (kappa + 1) : null,
  };
}

/**
 * Per-step factors 1 − η·λ_k of plain gradient descent along each eigen-direction of a quadratic:
 * the error along direction k is multiplied by it every step. Negative: overshoot (zig-zag);
 * |factor| > 1: divergence; close to 1: a slow crawl.
 */
export function stepFactors(c: Curvature, learningRate: number): [number, number] {
  return [1 - learningRate * c.eigenvalues[0], 1 - learningRate * c.eigenvalues[1]];
}

/**
 * Steps for the error to shrink by a factor `epsilon` at the best constant step:
 * ln(1/ε) / ln(1/rate), which grows like κ·ln(1/ε)/2 for large κ. Null where κ is undefined.
 */
export function stepsToShrink(c: Curvature, epsilon: number): number | null {
  if (c.bestRate === null) return null;
  if (c.bestRate <= 0) return 1;
  return Math.ceil(Math.log(1 / epsilon) / Math.log(1 / c.bestRate));
}
