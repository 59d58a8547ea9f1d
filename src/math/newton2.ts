import { solveSymmetric2, type Symmetric2 } from './symmetric2.ts';

/**
 * Newton's method for ∇L(w) = 0 in two dimensions: w ← w − H(w)⁻¹ ∇L(w), from `guess`,
 * until the step is below `tolerance`. Used to place known minima exactly. Returns the last iterate.
 */
export function newtonCriticalPoint(
  gradient: (w1: number, w2: number, out: Float64Array) => Float64Array,
  hessian: (w1: number, w2: number) => Symmetric2,
  guess: readonly [number, number],
  tolerance = 1e-13,
  maxIterations = 100,
): [number, number] {
  let [w1, w2] = guess;
  const g = new Float64Array(2);
  for (let i = 0; i < maxIterations; i++) {
    gradient(w1, w2, g);
    const d = solveSymmetric2(hessian(w1, w2), g[0]!, g[1]!);
    if (!d) break;
    w1 -= d[0];
    w2 -= d[1];
    if (Math.hypot(d[0], d[1]) < tolerance) break;
  }
  return [w1, w2];
}
