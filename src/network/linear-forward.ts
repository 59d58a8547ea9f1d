import type { LayerLayout } from './mlp.ts';

/**
 * z = W·a + b for `m` examples (batch-major): four output units by three examples at a time, so
 * each loaded value serves several products (the inner loop of every loss slice). Every z is
 * b_j + Σ_k W_jk·a_k summed in the order of k, whatever the blocking. With `mean` (per unit, known
 * beforehand), also writes Σ_s (z_sj − mean_j)² to sq[j], summed as the z are made, so batch
 * norm's variance needs no second pass over z.
 */
export function linearForward(
  params: Float64Array,
  L: LayerLayout,
  prev: Float64Array,
  z: Float64Array,
  m: number,
  mean?: Float64Array,
  sq?: Float64Array,
) {
  const I = L.inputs;
  const O = L.outputs;
  const stats = mean !== undefined && sq !== undefined;
  let j = 0;
  for (; j + 3 < O; j += 4) {
    const r0 = L.weights + j * I;
    const r1 = r0 + I;
    const r2 = r1 + I;
    const r3 = r2 + I;
    const b0 = params[L.bias + j]!;
    const b1 = params[L.bias + j + 1]!;
    const b2 = params[L.bias + j + 2]!;
    const b3 = params[L.bias + j + 3]!;
    const m0 = stats ? mean[j]! : 0;
    const m1 = stats ? mean[j + 1]! : 0;
    const m2 = stats ? mean[j + 2]! : 0;
    const m3 = stats ? mean[j + 3]! : 0;
    let sq0 = 0;
    let sq1 = 0;
    let sq2 = 0;
    let sq3 = 0;
    // Three examples × four units per pass: twelve running sums from seven loads per input. Past
    // the last example the pass repeats it (p1, p2 fall back) and keeps only the real rows.
    for (let s = 0; s < m; s += 3) {
      const p0 = s * I;
      const p1 = s + 1 < m ? p0 + I : p0;
      const p2 = s + 2 < m ? p1 + I : p1;
      let u0 = b0;
      let u1 = b1;
      let u2 = b2;
      let u3 = b3;
      let v0 = b0;
      let v1 = b1;
      let v2 = b2;
      let v3 = b3;
      let q0 = b0;
      let q1 = b1;
      let q2 = b2;
      let q3 = b3;
      for (let k = 0; k < I; k++) {
        const x = prev[p0 + k]!;
        const y = prev[p1 + k]!;
        const w = prev[p2 + k]!;
        const w0 = params[r0 + k]!;
        const w1 = params[r1 + k]!;
        const w2 = params[r2 + k]!;
        const w3 = params[r3 + k]!;
        u0 += w0 * x;
        u1 += w1 * x;
        u2 += w2 * x;
        u3 += w3 * x;
        v0 += w0 * y;
        v1 += w1 * y;
        v2 += w2 * y;
        v3 += w3 * y;
        q0 += w0 * w;
        q1 += w1 * w;
        q2 += w2 * w;
        q3 += w3 * w;
      }
      const at = s * O + j;
      z[at] = u0;
      z[at + 1] = u1;
      z[at + 2] = u2;
      z[at + 3] = u3;
      if (stats) {
        sq0 += (u0 - m0) * (u0 - m0);
        sq1 += (u1 - m1) * (u1 - m1);
        sq2 += (u2 - m2) * (u2 - m2);
        sq3 += (u3 - m3) * (u3 - m3);
      }
      if (s + 1 < m) {
        z[at + O] = v0;
        z[at + O + 1] = v1;
        z[at + O + 2] = v2;
        z[at + O + 3] = v3;
        if (stats) {
          sq0 += (v0 - m0) * (v0 - m0);
          sq1 += (v1 - m1) * (v1 - m1);
          sq2 += (v2 - m2) * (v2 - m2);
          sq3 += (v3 - m3) * (v3 - m3);
        }
      }
      if (s + 2 < m) {
        z[at + 2 * O] = q0;
        z[at + 2 * O + 1] = q1;
        z[at + 2 * O + 2] = q2;
        z[at + 2 * O + 3] = q3;
        if (stats) {
          sq0 += (q0 - m0) * (q0 - m0);
          sq1 += (q1 - m1) * (q1 - m1);
          sq2 += (q2 - m2) * (q2 - m2);
          sq3 += (q3 - m3) * (q3 - m3);
        }
      }
    }
    if (stats) {
      sq[j] = sq0;
      sq[j + 1] = sq1;
      sq[j + 2] = sq2;
      sq[j + 3] = sq3;
    }
  }
  // The last units (fewer than four; the output layer's one), one at a time, three examples a pass.
  for (; j < O; j++) {
    const row = L.weights + j * I;
    const b = params[L.bias + j]!;
    const mj = stats ? mean[j]! : 0;
    let sqj = 0;
    for (let s = 0; s < m; s += 3) {
      const p0 = s * I;
      const p1 = s + 1 < m ? p0 + I : p0;
      const p2 = s + 2 < m ? p1 + I : p1;
      let u = b;
      let v = b;
      let q = b;
      for (let k = 0; k < I; k++) {
        const w = params[row + k]!;
        u += w * prev[p0 + k]!;
        v += w * prev[p1 + k]!;
        q += w * prev[p2 + k]!;
      }
      z[s * O + j] = u;
      sqj += (u - mj) * (u - mj);
      if (s + 1 < m) {
        z[(s + 1) * O + j] = v;
        sqj += (v - mj) * (v - mj);
      }
      if (s + 2 < m) {
        z[(s + 2) * O + j] = q;
        sqj += (q - mj) * (q - mj);
      }
    }
    if (stats) sq[j] = sqj;
  }
}
