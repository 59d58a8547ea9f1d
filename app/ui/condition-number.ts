import type { Curvature } from '../../src/index.ts';
import { formatNumber } from './format.ts';

/**
 * Whether the Hessian is singular but not indefinite (λ_max > 0, λ_min ≈ 0, e.g. perfectly collinear
 * features): κ = λ_max/λ_min is then ∞, not undefined.
 */
export function singularHessian(c: Curvature): boolean {
  const [lMax, lMin] = c.eigenvalues;
  return c.conditionNumber === null && lMax > 0 && Math.abs(lMin) <= 1e-12 * lMax;
}

/** κ as shown: its value, ∞ for a singular Hessian (see singularHessian), else `undefinedText`. */
export function conditionNumberText(c: Curvature, undefinedText: string): string {
  if (c.conditionNumber !== null) return formatNumber(c.conditionNumber, 4);
  return singularHessian(c) ? '∞' : undefinedText;
}

/**
 * From this condition number on, the page says that no constant rate serves both directions: once
 * the steep direction has settled, every rate below the limit crawls along the flat one.
 */
export const ILL_CONDITIONED = 30;
