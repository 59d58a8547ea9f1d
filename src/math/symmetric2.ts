/** A symmetric 2×2 matrix [[a, b], [b, c]]. */
export interface Symmetric2 {
  a: number;
  b: number;
  c: number;
}

/** Eigen-decomposition of a symmetric 2×2 matrix. */
export interface Eigen2 {
  /** λ_max ≥ λ_min. */
  values: [number, number];
  /** Unit eigenvectors, `vectors[k]` belongs to `values[k]`. */
  vectors: [[number, number], [number, number]];
}

/**
 * Closed-form eigenvalues of [[a, b], [b, c]]: λ = (a+c)/2 ± sqrt(((a−c)/2)² + b²),
 * sorted largest first, with unit eigenvectors (orthogonal).
 */
export function eigenSymmetric2({ a, b, c }: Symmetric2): Eigen2 {
  const mean = (a + c) / 2;
  const radius = Math.hypot((a - c) / 2, b);
  const lMax = mean + radius;
  const lMin = mean - radius;
  let v1: [number, number];
  if (Math.abs(b) > 1e-300 * (Math.abs(a) + Math.abs(c) + 1)) {
    // (A − λI)v = 0 ⇒ v ∝ (b, λ − a) or (λ − c, b); pick the better conditioned one.
    const p: [number, number] = [b, lMax - a];
    const q: [number, number] = [lMax - c, b];
    v1 = Math.hypot(p[0], p[1]) >= Math.hypot(q[0], q[1]) ? p : q;
  } else {
    v1 = a >= c ? [1, 0] : [0, 1];
  }
  const n = Math.hypot(v1[0], v1[1]);
  const e1: [number, number] = [v1[0] / n, v1[1] / n];
  const e2: [number, number] = [-e1[1], e1[0]];
  return { values: [lMax, lMin], vectors: [e1, e2] };
}

/** Solves [[a, b], [b, c]]·x = r; returns null when the matrix is singular. */
export function solveSymmetric2(
  { a, b, c }: Symmetric2,
  r0: number,
  r1: number,
): [number, number] | null {
  const det = a * c - b * b;
  const scale = Math.max(Math.abs(a * c), b * b, 1e-300);
  if (Math.abs(det) <= 1e-14 * scale) return null;
  return [(c * r0 - b * r1) / det, (a * r1 - b * r0) / det];
}
