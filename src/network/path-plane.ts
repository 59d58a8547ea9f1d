import { symmetricEigen } from './symmetric-eigen.ts';

/** The plane of a training path (Li et al. 2018, §7) and the path drawn in it. */
export interface PathPlane {
  /** Orthonormal principal directions of the path in parameter space. */
  d1: Float64Array;
  d2: Float64Array;
  /** Projections of θ_t − θ_final on d1 and d2: the path in the plane (the end at the origin). */
  alpha: Float64Array;
  beta: Float64Array;
  /** Fractions of the path's variance along d1 and along d2. */
  explained: [number, number];
}

/**
 * PCA of a recorded path θ_0 … θ_T (each a parameter vector): the rows r_t = θ_t − θ_T are centred
 * and their covariance's two leading eigenvectors are d1, d2, found from the T × T Gram matrix
 * G = X·Xᵀ (d_k = Xᵀu_k/√λ_k), cheap when there are far more parameters than snapshots. `explained`
 * is λ_k / trace(G). A path along one line gets a d2 orthogonal to d1 with no variance.
 */
export function pathPlane(path: readonly Float64Array[]): PathPlane {
  const T = path.length;
  const P = path[0]?.length ?? 0;
  const final = path[T - 1]!;
  const mean = new Float64Array(P);
  for (const theta of path) for (let k = 0; k < P; k++) mean[k]! += (theta[k]! - final[k]!) / T;
  const X = path.map((theta) => Float64Array.from(theta, (v, k) => v - final[k]! - mean[k]!));
  const G = new Float64Array(T * T);
  for (let i = 0; i < T; i++)
    for (let j = i; j < T; j++) G[i * T + j] = G[j * T + i] = dot(X[i]!, X[j]!);
  let trace = 0;
  for (let i = 0; i < T; i++) trace += G[i * T + i]!;
  const { values, vectors } = symmetricEigen(G, T);
  const direction = (k: number): Float64Array | null => {
    const lambda = values[k] ?? 0;
    if (!(lambda > 1e-12 * trace)) return null;
    const d = new Float64Array(P);
    for (let t = 0; t < T; t++) {
      const u = vectors[k]![t]!;
      for (let p = 0; p < P; p++) d[p]! += u * X[t]![p]!;
    }
    return scale(d, 1 / Math.sqrt(dot(d, d)));
  };
  const d1 = direction(0) ?? unit(P, 0);
  const d2 = direction(1) ?? orthogonalTo(d1);
  const project = (d: Float64Array) =>
    Float64Array.from(path, (theta) => {
      let s = 0;
      for (let k = 0; k < P; k++) s += (theta[k]! - final[k]!) * d[k]!;
      return s;
    });
  const fraction = (k: number) => (trace > 0 ? Math.max(0, values[k] ?? 0) / trace : 0);
  return {
    d1,
    d2,
    alpha: project(d1),
    beta: project(d2),
    explained: [fraction(0), fraction(1)],
  };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

function scale(d: Float64Array, f: number): Float64Array {
  for (let k = 0; k < d.length; k++) d[k]! *= f;
  return d;
}

function unit(n: number, k: number): Float64Array {
  const d = new Float64Array(n);
  if (n > 0) d[k] = 1;
  return d;
}

/** A unit vector orthogonal to the unit vector d: the axis d leans on least, with d's part removed. */
function orthogonalTo(d: Float64Array): Float64Array {
  let k = 0;
  for (let i = 1; i < d.length; i++) if (Math.abs(d[i]!) < Math.abs(d[k]!)) k = i;
  const e = unit(d.length, k);
  const c = d[k] ?? 0;
  for (let i = 0; i < d.length; i++) e[i]! -= c * d[i]!;
  const norm = Math.sqrt(dot(e, e));
  return norm > 0 ? scale(e, 1 / norm) : e;
}
