import type { Symmetric2 } from '../math/symmetric2.ts';
import type { LocalizedText } from '../text.ts';

/** A point (w1, w2) in weight space. */
export type Point2 = readonly [number, number];

/** The rectangle of weight space a surface is meant to be seen in. */
export interface Domain {
  w1: readonly [number, number];
  w2: readonly [number, number];
}

/** A known minimum of a surface: its place, its loss, and whether it is a global one. */
export interface Minimum {
  w: Point2;
  loss: number;
  global: boolean;
}

/** An error surface L(w1, w2) over two weights. */
export interface Surface {
  /** Stable identifier, used in URLs. */
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  domain: Domain;
  /** Known minima, global ones first. */
  minima: readonly Minimum[];
  /** A start point that shows the surface's character. */
  start: Point2;
  /** True when L is quadratic, so its Hessian is the same everywhere. */
  quadratic: boolean;
  /** L(w1, w2). */
  value(w1: number, w2: number): number;
  /** Writes ∇L = (∂L/∂w1, ∂L/∂w2) into `out` (mutates `out`) and returns it. */
  gradient(w1: number, w2: number, out: Float64Array): Float64Array;
  /** The analytic Hessian ∇²L at (w1, w2), where the surface knows it. */
  hessian?(w1: number, w2: number): Symmetric2;
}

/** The lowest known loss of a surface (its global minimum). */
export function minimumLoss(surface: Surface): number {
  let best = Infinity;
  for (const m of surface.minima) best = Math.min(best, m.loss);
  return Number.isFinite(best) ? best : 0;
}

/** The point of `domain` nearest to `w` (w itself when inside). */
export function clampToDomain(domain: Domain, w: Point2): [number, number] {
  const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));
  return [clamp(w[0], domain.w1), clamp(w[1], domain.w2)];
}
