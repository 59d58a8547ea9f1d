import type { Symmetric2 } from '../math/symmetric2.ts';
import type { Surface } from '../surfaces/surface.ts';

/**
 * Hessian by central differences of the analytic gradient:
 * ∂²L/∂wi∂wj ≈ (∂L/∂wi(w + h·eⱼ) − ∂L/∂wi(w − h·eⱼ)) / 2h, symmetrized; h scales with |w|.
 */
export function finiteDifferenceHessian(surface: Surface, w1: number, w2: number): Symmetric2 {
  const h1 = 1e-5 * Math.max(1, Math.abs(w1));
  const h2 = 1e-5 * Math.max(1, Math.abs(w2));
  const gp = new Float64Array(2);
  const gm = new Float64Array(2);
  surface.gradient(w1 + h1, w2, gp);
  surface.gradient(w1 - h1, w2, gm);
  const a = (gp[0]! - gm[0]!) / (2 * h1);
  const b1 = (gp[1]! - gm[1]!) / (2 * h1);
  surface.gradient(w1, w2 + h2, gp);
  surface.gradient(w1, w2 - h2, gm);
  const c = (gp[1]! - gm[1]!) / (2 * h2);
  const b2 = (gp[0]! - gm[0]!) / (2 * h2);
  return { a, b: (b1 + b2) / 2, c };
}

/** ∇²L at (w1, w2): the surface's analytic Hessian where it has one, finite differences otherwise. */
export function hessianAt(surface: Surface, w1: number, w2: number): Symmetric2 {
  return surface.hessian ? surface.hessian(w1, w2) : finiteDifferenceHessian(surface, w1, w2);
}
