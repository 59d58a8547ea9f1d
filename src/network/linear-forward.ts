import type { LayerLayout } from './mlp.ts';

/**
 * z = W·a + b for `m` examples (batch-major), two examples and four output units at a time so
 * each loaded value serves several products: the inner loop of every loss slice.
 */
export function linearForward(
  params: Float64Array,
  L: LayerLayout,
  prev: Float64Array,
  z: Float64Array,
  m: number,
) {
  const I = L.inputs;
  const O = L.outputs;
  const W = L.weights;
  let s = 0;
  // Two examples × four units per pass: eight running sums from six loads per input.
  for (; s + 1 < m; s += 2) {
    const p0 = s * I;
    const p1 = p0 + I;
    const z0 = s * O;
    const z1 = z0 + O;
    let j = 0;
    for (; j + 3 < O; j += 4) {
      const r0 = W + j * I;
      const r1 = r0 + I;
      const r2 = r1 + I;
      const r3 = r2 + I;
      const b0 = params[L.bias + j]!;
      const b1 = params[L.bias + j + 1]!;
      const b2 = params[L.bias + j + 2]!;
      const b3 = params[L.bias + j + 3]!;
      let u0 = b0;
      let u1 = b1;
      let u2 = b2;
      let u3 = b3;
      let v0 = b0;
      let v1 = b1;
      let v2 = b2;
      let v3 = b3;
      for (let k = 0; k < I; k++) {
        const x = prev[p0 + k]!;
        const y = prev[p1 + k]!;
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
      }
      z[z0 + j] = u0;
      z[z0 + j + 1] = u1;
      z[z0 + j + 2] = u2;
      z[z0 + j + 3] = u3;
      z[z1 + j] = v0;
      z[z1 + j + 1] = v1;
      z[z1 + j + 2] = v2;
      z[z1 + j + 3] = v3;
    }
    for (; j < O; j++) {
      const row = W + j * I;
      let u = params[L.bias + j]!;
      let v = u;
      for (let k = 0; k < I; k++) {
        u += params[row + k]! * prev[p0 + k]!;
        v += params[row + k]! * prev[p1 + k]!;
      }
      z[z0 + j] = u;
      z[z1 + j] = v;
    }
  }
  for (; s < m; s++) {
    const pi = s * I;
    for (let j = 0; j < O; j++) {
      const row = W + j * I;
      let v = params[L.bias + j]!;
      for (let k = 0; k < I; k++) v += params[row + k]! * prev[pi + k]!;
      z[s * O + j] = v;
    }
  }
}
