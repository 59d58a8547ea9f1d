/** Eigenvalues (descending) and unit eigenvectors (vectors[k] belongs to values[k]) of a symmetric matrix. */
export interface SymmetricEigen {
  values: Float64Array;
  vectors: Float64Array[];
}

/**
 * The eigen-decomposition of the symmetric n × n matrix `a` (row-major, not mutated) by cyclic
 * Jacobi rotations: each rotation zeroes one off-diagonal pair, A ← JᵀAJ, V ← VJ, until the
 * off-diagonal mass is below 1e-22 of the total. O(n³) per sweep; for the small Gram matrices of a
 * training path (n ≤ a few hundred).
 */
export function symmetricEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  const A = Float64Array.from({ length: n * n }, (_, k) => a[k]!);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  let total = 0;
  for (let k = 0; k < n * n; k++) total += A[k]! * A[k]!;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += 2 * A[p * n + q]! ** 2;
    if (off <= 1e-22 * total || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (apq === 0) continue;
        const theta = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => A[j * n + j]! - A[i * n + i]!,
  );
  return {
    values: Float64Array.from(order, (i) => A[i * n + i]!),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => V[k * n + i]!)),
  };
}
