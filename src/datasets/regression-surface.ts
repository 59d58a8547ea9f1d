import { eigenSymmetric2 } from '../math/symmetric2.ts';
import type { Surface } from '../surfaces/surface.ts';
import type { LocalizedText } from '../text.ts';
import { regressionGradient, regressionLoss, type RegressionStats } from './regression-stats.ts';

/** Relative size under which an eigenvalue of Cov(x) counts as zero (a direction that is flat). */
const FLAT = 1e-12;

/**
 * The least-squares weights w* = Sxx⁻¹·Sxy; where Sxx is singular (e.g. a batch of one example),
 * the minimum-norm solution through the pseudo-inverse.
 */
export function leastSquaresWeights(s: RegressionStats): [number, number] {
  const { values, vectors } = eigenSymmetric2(s.sxx);
  const w: [number, number] = [0, 0];
  for (let k = 0; k < 2; k++) {
    const lambda = values[k]!;
    if (!(lambda > FLAT * Math.max(values[0], 0)) || lambda <= 0) continue;
    const v = vectors[k]!;
    const coef = (v[0] * s.sxy[0] + v[1] * s.sxy[1]) / lambda;
    w[0] += coef * v[0];
    w[1] += coef * v[1];
  }
  return w;
}

/**
 * The error surface of linear regression y ≈ b + w1·x1 + w2·x2 under mean squared error, with b at
 * its best value for each (w1, w2). Built from sufficient statistics: O(1) per evaluation.
 * Its Hessian is 2·Cov(x). The domain is a square around w* (so w1 and w2 share one scale) wide enough
 * that the loss along the flat direction rises by Var(y) at its edge, and holding w = 0.
 */
export function regressionSurface(
  stats: RegressionStats,
  meta: { id: string; name: LocalizedText; description: LocalizedText },
): Surface {
  const wStar = leastSquaresWeights(stats);
  const minLoss = regressionLoss(stats, wStar[0], wStar[1]);
  const H = { a: 2 * stats.sxx.a, b: 2 * stats.sxx.b, c: 2 * stats.sxx.c };
  const { values } = eigenSymmetric2(H);
  const lambdaMin = values[1] > FLAT * values[0] ? values[1] : values[0];
  const spread = Math.max(stats.syy, 1e-12);
  let radius = lambdaMin > 0 ? Math.sqrt((2 * spread) / lambdaMin) : 1;
  radius = Math.max(radius, 1.25 * Math.max(Math.abs(wStar[0]), Math.abs(wStar[1])), 1e-9);
  if (!Number.isFinite(radius)) radius = 1;
  return {
    id: meta.id,
    name: meta.name,
    description: meta.description,
    domain: {
      w1: [wStar[0] - radius, wStar[0] + radius],
      w2: [wStar[1] - radius, wStar[1] + radius],
    },
    minima: [{ w: wStar, loss: minLoss, global: true }],
    start: [0, 0],
    quadratic: true,
    value: (w1, w2) => regressionLoss(stats, w1, w2),
    gradient: (w1, w2, out) => regressionGradient(stats, w1, w2, out),
    hessian: () => H,
  };
}
