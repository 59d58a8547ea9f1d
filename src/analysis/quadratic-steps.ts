import { eigenSymmetric2 } from '../math/symmetric2.ts';
import type { Point2, Surface } from '../surfaces/surface.ts';
import { hessianAt } from './hessian.ts';

/** Largest step count searched: beyond it a run is reported as needing Infinity steps. */
const MAX_PREDICTED_STEPS = 2 ** 40;

/**
 * Steps plain gradient descent at rate η needs, from `start`, to pass the convergence test
 * (`isConverged`: loss gap and |∇L| each at most `tolerance` × the start's) on a quadratic surface,
 * in closed form (docs/domain.md §2): along eigen-direction k the error is multiplied by
 * r_k = 1 − ηλ_k every step, so after t steps the gap is ½ Σ λ_k r_k^(2t) c_k² and
 * |∇L|² = Σ λ_k² r_k^(2t) c_k² (c_k the start's error along direction k). Both shrink with t, so
 * the answer is the smallest t where both pass, found by doubling and bisection.
 * Null where the theory does not say: a surface that is not quadratic or has no known minimum, a
 * direction that is not a minimum's (λ ≤ 0) or that does not shrink (|r| ≥ 1: the run oscillates
 * for ever or diverges, which the run's own record shows).
 */
export function gradientDescentStepsOnQuadratic(
  surface: Surface,
  start: Point2,
  learningRate: number,
  tolerance: number,
): number | null {
  const minimum = surface.minima[0]?.w;
  if (!surface.quadratic || !minimum || !(learningRate > 0) || !(tolerance > 0)) return null;
  const { values, vectors } = eigenSymmetric2(hessianAt(surface, minimum[0], minimum[1]));
  const e: Point2 = [start[0] - minimum[0], start[1] - minimum[1]];
  const terms: { lambda: number; c2: number; r2: number }[] = [];
  for (let k = 0; k < 2; k++) {
    const lambda = values[k]!;
    const c = e[0] * vectors[k]![0] + e[1] * vectors[k]![1];
    if (c === 0 || lambda === 0) continue;
    const r = 1 - learningRate * lambda;
    if (!(lambda > 0) || !(Math.abs(r) < 1)) return null;
    terms.push({ lambda, c2: c * c, r2: r * r });
  }
  const gap = (t: number) => terms.reduce((s, d) => s + 0.5 * d.lambda * d.c2 * d.r2 ** t, 0);
  const grad2 = (t: number) => terms.reduce((s, d) => s + d.lambda ** 2 * d.c2 * d.r2 ** t, 0);
  const gapTarget = tolerance * gap(0);
  const gradTarget = tolerance * tolerance * grad2(0);
  const done = (t: number) => gap(t) <= gapTarget && grad2(t) <= gradTarget;
  if (done(0)) return 0;
  let hi = 1;
  while (!done(hi)) {
    if (hi >= MAX_PREDICTED_STEPS) return Infinity;
    hi *= 2;
  }
  let lo = hi / 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (done(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
