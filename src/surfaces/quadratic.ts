import type { Symmetric2 } from '../math/symmetric2.ts';
import type { LocalizedText } from '../text.ts';
import type { Domain, Point2, Surface } from './surface.ts';

/** Parameters of a quadratic bowl L(w) = ½ (w − w*)ᵀ H (w − w*) + c. */
export interface QuadraticSpec {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  hessian: Symmetric2;
  center: Point2;
  /** Loss at the minimum (default 0). */
  offset?: number;
  domain: Domain;
  start: Point2;
}

/** A quadratic surface L(w) = ½ (w − w*)ᵀ H (w − w*) + c; ∇L = H (w − w*); ∇²L = H. */
export function quadraticSurface(spec: QuadraticSpec): Surface {
  const { a, b, c } = spec.hessian;
  const [m1, m2] = spec.center;
  const offset = spec.offset ?? 0;
  const H = { a, b, c };
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    domain: spec.domain,
    start: spec.start,
    minima: [{ w: spec.center, loss: offset, global: true }],
    quadratic: true,
    value(w1, w2) {
      const d1 = w1 - m1;
      const d2 = w2 - m2;
      return 0.5 * (a * d1 * d1 + 2 * b * d1 * d2 + c * d2 * d2) + offset;
    },
    gradient(w1, w2, out) {
      const d1 = w1 - m1;
      const d2 = w2 - m2;
      out[0] = a * d1 + b * d2;
      out[1] = b * d1 + c * d2;
      return out;
    },
    hessian: () => H,
  };
}

/**
 * The Hessian H = λmax·u uᵀ + λmin·v vᵀ with u = (sin θ, cos θ), v = (cos θ, −sin θ):
 * at θ = 0 the steep direction is w2 and the flat one w1; θ (radians) turns the valley.
 */
export function hessianFromEigen(lambdaMax: number, lambdaMin: number, angle: number): Symmetric2 {
  const s = Math.sin(angle);
  const co = Math.cos(angle);
  return {
    a: lambdaMax * s * s + lambdaMin * co * co,
    b: (lambdaMax - lambdaMin) * s * co,
    c: lambdaMax * co * co + lambdaMin * s * s,
  };
}
