import { stepOf, type Curvature, type Runner } from '../../src/index.ts';
import type { ChartData } from './chart-spec.ts';

const MAX_POINTS = 600;
export const DIRECTION_COLORS = ['#ff922b', '#4dc3ff'] as const;
export const FLIP_COLOR = '#ff6b6b';

/**
 * Rows of |e_k(t)| = |v_kᵀ(w_t − w*)| against the step for both Hessian eigen-directions (steep
 * first), then the same values only where the error changed sign since the previous step (drawn
 * as red dots: an overshoot). Strided to MAX_POINTS; values below 1e-16 drawn at it.
 */
export function eigenRows(
  runner: Runner,
  c: Curvature,
  center: readonly [number, number],
): ChartData {
  const h = runner.history;
  const n = h.length;
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const error = (k: number, i: number) =>
    c.eigenvectors[k]![0] * (h.w1[i]! - center[0]) + c.eigenvectors[k]![1] * (h.w2[i]! - center[1]);
  const xs: number[] = [];
  for (let i = 0; i < n; i += stride) xs.push(i);
  const size = (k: number, i: number) => Math.max(1e-16, Math.abs(error(k, i)));
  // A sign change since the previous step; unknown where a long run's older steps were thinned.
  const consecutive = (i: number) => i > 0 && stepOf(h, i) - stepOf(h, i - 1) === 1;
  const flipped = (k: number, i: number) => consecutive(i) && error(k, i) * error(k, i - 1) < 0;
  return [
    xs.map((i) => stepOf(h, i)),
    xs.map((i) => size(0, i)),
    xs.map((i) => size(1, i)),
    xs.map((i) => (flipped(0, i) ? size(0, i) : null)),
    xs.map((i) => (flipped(1, i) ? size(1, i) : null)),
  ];
}
