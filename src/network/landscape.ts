import type { Rng } from '../random.ts';
import type { Mlp } from './mlp.ts';
import { createWorkspace, mlpLoss } from './mlp-loss.ts';
import type { TaskData } from './tasks.ts';

/**
 * A filter-normalized random direction (Li et al. 2018): Gaussian entries for every weight,
 * each filter (the weights into one unit) rescaled to the norm of that filter in the network;
 * biases and batch-norm γ, β get 0, as in the paper.
 */
export function filterNormalizedDirection(net: Mlp, rng: Rng): Float64Array {
  const d = new Float64Array(net.params.length);
  for (const L of net.layout.layers) {
    for (let j = 0; j < L.outputs; j++) {
      const row = L.weights + j * L.inputs;
      let dn = 0;
      let wn = 0;
      for (let k = 0; k < L.inputs; k++) {
        const v = rng.normal();
        d[row + k] = v;
        dn += v * v;
        wn += net.params[row + k]! ** 2;
      }
      const s = dn > 0 ? Math.sqrt(wn / dn) : 0;
      for (let k = 0; k < L.inputs; k++) d[row + k]! *= s;
    }
  }
  return d;
}

/**
 * The loss on a resolution × resolution grid of θ + α·d1 + β·d2 for α, β in [−range, range]
 * (values[j·resolution + i]: α_i, β_j). Each point is the whole-data loss with batch norm taking
 * its statistics from the whole data (one batch), so the slice is deterministic. The network is
 * left as it was.
 */
export function lossSlice(
  net: Mlp,
  data: TaskData,
  d1: Float64Array,
  d2: Float64Array,
  resolution = 51,
  range = 1,
  onRow?: (row: number) => boolean | void,
): Float32Array {
  const n = Math.max(2, Math.floor(resolution));
  const values = new Float32Array(n * n);
  const theta = net.params.slice();
  const probe = { ...net, params: new Float64Array(theta.length) };
  const ws = createWorkspace(net.layout, data.n);
  for (let j = 0; j < n; j++) {
    const b = -range + (2 * range * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const a = -range + (2 * range * i) / (n - 1);
      for (let k = 0; k < theta.length; k++) probe.params[k] = theta[k]! + a * d1[k]! + b * d2[k]!;
      const v = mlpLoss(probe, data, null, ws, { mode: 'train' });
      values[j * n + i] = Number.isFinite(v) ? v : 3.4e38;
    }
    if (onRow?.(j) === false) break;
  }
  return values;
}

/** How the loss and gradient change along the gradient direction (Santurkar et al. 2018). */
export interface Smoothness {
  /** max − min of L(θ − η·g) over the step sizes: how predictable the loss is along g. */
  lossRange: number;
  /** max ‖∇L(θ − η·g) − ∇L(θ)‖ over the step sizes: how much the gradient changes ("β-smoothness"). */
  gradientChange: number;
}

/**
 * Santurkar et al.'s measures at the current weights on the examples `indices` (training-mode
 * batch norm): g = ∇L(θ), then for each step size η: L(θ − η·g) and ∇L(θ − η·g).
 */
export function smoothnessAlongGradient(
  net: Mlp,
  data: TaskData,
  indices: ArrayLike<number> | null,
  stepSizes: readonly number[],
): Smoothness {
  const m = indices ? indices.length : data.n;
  const ws = createWorkspace(net.layout, m);
  const g = new Float64Array(net.params.length);
  mlpLoss(net, data, indices, ws, { mode: 'train', gradient: g });
  const probe = { ...net, params: new Float64Array(net.params.length) };
  const h = new Float64Array(net.params.length);
  let lo = Infinity;
  let hi = -Infinity;
  let change = 0;
  for (const eta of stepSizes) {
    for (let k = 0; k < g.length; k++) probe.params[k] = net.params[k]! - eta * g[k]!;
    const v = mlpLoss(probe, data, indices, ws, { mode: 'train', gradient: h });
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    let sq = 0;
    for (let k = 0; k < g.length; k++) sq += (h[k]! - g[k]!) ** 2;
    if (Number.isFinite(sq)) change = Math.max(change, Math.sqrt(sq));
  }
  return { lossRange: hi > lo ? hi - lo : 0, gradientChange: change };
}
