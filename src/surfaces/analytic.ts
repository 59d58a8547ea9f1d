import { newtonCriticalPoint } from '../math/newton2.ts';
import type { Symmetric2 } from '../math/symmetric2.ts';
import type { LocalizedText } from '../text.ts';
import type { Domain, Minimum, Point2, Surface } from './surface.ts';

/** A non-quadratic surface given by formulas, with rough guesses for its minima. */
export interface AnalyticSpec {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  domain: Domain;
  start: Point2;
  value(w1: number, w2: number): number;
  gradient(w1: number, w2: number, out: Float64Array): Float64Array;
  hessian(w1: number, w2: number): Symmetric2;
  /** Approximate places of the minima; Newton's method refines each. */
  minimaGuesses: readonly Point2[];
}

/**
 * Builds a Surface from formulas; each guessed minimum is refined by Newton's method on ∇L = 0,
 * and the lowest ones (within 1e-9) are marked global and listed first.
 */
export function analyticSurface(spec: AnalyticSpec): Surface {
  const found = spec.minimaGuesses.map((g) => {
    const w = newtonCriticalPoint(spec.gradient, spec.hessian, g);
    return { w, loss: spec.value(w[0], w[1]) };
  });
  const lowest = Math.min(...found.map((m) => m.loss));
  const minima: Minimum[] = found
    .map((m) => ({
      w: m.w as Point2,
      loss: m.loss,
      global: m.loss - lowest <= 1e-9 * (1 + Math.abs(lowest)),
    }))
    .sort((x, y) => x.loss - y.loss);
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    domain: spec.domain,
    start: spec.start,
    minima,
    quadratic: false,
    value: spec.value,
    gradient: spec.gradient,
    hessian: spec.hessian,
  };
}
