// The loss slice as it was before issue 14 (commit 888a15f^ of src/network): per grid point the
// whole-data forward pass with one output unit at a time (four partial sums), a separate
// normalization pass and Math.tanh. Kept only as the benchmark's same-run baseline.
import { MLP_BN_EPSILON, type Mlp, type MlpWorkspace } from '../src/index.ts';
import { type TaskData } from '../src/network/tasks.ts';

function forwardLoss(net: Mlp, data: TaskData, ws: MlpWorkspace): number {
  const { layout, params } = net;
  const m = data.n;
  for (let s = 0; s < m; s++) {
    ws.input[2 * s] = data.x[2 * s]!;
    ws.input[2 * s + 1] = data.x[2 * s + 1]!;
  }
  const last = layout.layers.length - 1;
  for (let l = 0; l <= last; l++) {
    const L = layout.layers[l]!;
    const prev = l === 0 ? ws.input : ws.a[l - 1]!;
    const z = ws.z[l]!;
    const I = L.inputs;
    const O = L.outputs;
    for (let s = 0; s < m; s++) {
      for (let j = 0; j < O; j++) {
        const row = L.weights + j * I;
        let v0 = params[L.bias + j]!;
        let v1 = 0;
        let v2 = 0;
        let v3 = 0;
        let k = 0;
        for (; k + 3 < I; k += 4) {
          v0 += params[row + k]! * prev[s * I + k]!;
          v1 += params[row + k + 1]! * prev[s * I + k + 1]!;
          v2 += params[row + k + 2]! * prev[s * I + k + 2]!;
          v3 += params[row + k + 3]! * prev[s * I + k + 3]!;
        }
        for (; k < I; k++) v0 += params[row + k]! * prev[s * I + k]!;
        z[s * O + j] = v0 + v1 + v2 + v3;
      }
    }
    const a = ws.a[l]!;
    if (l === last) {
      a.set(z.subarray(0, m * O));
      continue;
    }
    if (L.gamma < 0) {
      for (let k = 0; k < m * O; k++) a[k] = Math.tanh(z[k]!);
      continue;
    }
    const zhat = ws.zhat[l]!;
    const means = ws.mean[l]!;
    const inv = ws.invStd[l]!;
    means.fill(0);
    inv.fill(0);
    for (let s = 0, k = 0; s < m; s++) for (let j = 0; j < O; j++, k++) means[j]! += z[k]!;
    for (let j = 0; j < O; j++) means[j]! /= m;
    for (let s = 0, k = 0; s < m; s++)
      for (let j = 0; j < O; j++, k++) inv[j]! += (z[k]! - means[j]!) ** 2;
    for (let j = 0; j < O; j++) inv[j] = 1 / Math.sqrt(Math.max(0, inv[j]! / m) + MLP_BN_EPSILON);
    for (let s = 0, k = 0; s < m; s++)
      for (let j = 0; j < O; j++, k++) zhat[k] = (z[k]! - means[j]!) * inv[j]!;
    for (let s = 0, k = 0; s < m; s++)
      for (let j = 0; j < O; j++, k++)
        a[k] = Math.tanh(params[L.gamma + j]! * zhat[k]! + params[L.beta + j]!);
  }
  const out = ws.a[last]!;
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const o = out[s]!;
    const t = data.y[s]!;
    loss += Math.max(o, 0) + Math.log1p(Math.exp(-Math.abs(o))) - t * o;
  }
  return loss / m;
}

/** The n × n slice through net.params along d1, d2 over [−range, range]², the old way. */
export function baselineSlice(
  net: Mlp,
  data: TaskData,
  d1: Float64Array,
  d2: Float64Array,
  n: number,
  range: number,
  ws: MlpWorkspace,
): Float32Array {
  const values = new Float32Array(n * n);
  const probe = { ...net, params: new Float64Array(net.params.length) };
  for (let j = 0; j < n; j++) {
    const b = -range + (2 * range * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const a = -range + (2 * range * i) / (n - 1);
      for (let k = 0; k < net.params.length; k++)
        probe.params[k] = net.params[k]! + a * d1[k]! + b * d2[k]!;
      values[j * n + i] = forwardLoss(probe, data, ws);
    }
  }
  return values;
}
