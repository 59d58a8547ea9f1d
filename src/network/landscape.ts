import type { Rng } from '../random.ts';
import type { Mlp } from './mlp.ts';
import { mlpLoss } from './mlp-loss.ts';
import { createWorkspace } from './mlp-workspace.ts';
import type { TaskData } from './tasks.ts';
import { createWholeDataScratch, wholeDataLoss, type WholeDataScratch } from './whole-data-loss.ts';

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

/** Which points of an n × n slice to compute: rows [rowStart, rowEnd), every `stride`-th row and column. */
export interface SlicePoints {
  rowStart?: number;
  rowEnd?: number;
  /** Only points (i, j) with i and j multiples of stride (a coarse picture first). Default 1. */
  stride?: number;
  /** Leave out the points a pass with this stride already computed (the refinement after it). */
  skipStride?: number;
}

/** Reusable buffers for slices of one network on one data set (nothing allocated per point). */
export interface SliceScratch {
  probe: Mlp;
  forward: WholeDataScratch;
}

export function createSliceScratch(net: Mlp, data: TaskData): SliceScratch {
  return {
    probe: { ...net, params: new Float64Array(net.params.length) },
    forward: createWholeDataScratch(net.layout, data.n),
  };
}

/** α (or β) of column i (row j) of an n-point axis over [−range, range]. */
export const sliceCoordinate = (k: number, n: number, range: number) =>
  -range + (2 * range * k) / (n - 1);

/**
 * The loss at θ + α_i·d1 + β_j·d2 for the asked points of the resolution × resolution grid over
 * [−range, range]², written to out[j·resolution + i] (other entries untouched). Each point is the
 * whole-data loss with normalization statistics from the whole data (one batch), so the slice is
 * deterministic: wholeDataLoss, mlpLoss's training-mode value to floating-point noise. `net` is
 * not changed.
 */
export function lossSlicePoints(
  net: Mlp,
  data: TaskData,
  d1: Float64Array,
  d2: Float64Array,
  resolution: number,
  range: number,
  out: Float32Array,
  points: SlicePoints = {},
  scratch: SliceScratch = createSliceScratch(net, data),
  onRow?: (row: number) => boolean | void,
): void {
  const n = Math.max(2, Math.floor(resolution));
  const stride = Math.max(1, points.stride ?? 1);
  const skip = points.skipStride ?? 0;
  const theta = net.params;
  const { probe, forward } = scratch;
  const q = probe.params;
  for (let j = points.rowStart ?? 0; j < Math.min(n, points.rowEnd ?? n); j++) {
    if (j % stride) continue;
    const b = sliceCoordinate(j, n, range);
    for (let i = 0; i < n; i += stride) {
      if (skip && i % skip === 0 && j % skip === 0) continue;
      const a = sliceCoordinate(i, n, range);
      for (let k = 0; k < q.length; k++) q[k] = theta[k]! + a * d1[k]! + b * d2[k]!;
      const v = wholeDataLoss(probe, data, forward);
      out[j * n + i] = Number.isFinite(v) ? v : 3.4e38;
    }
    if (onRow?.(j) === false) break;
  }
}

/**
 * The whole resolution × resolution slice through θ along d1, d2 (values[j·resolution + i]: α_i,
 * β_j over [−range, range]); see lossSlicePoints.
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
  lossSlicePoints(net, data, d1, d2, n, range, values, {}, undefined, onRow);
  return values;
}

/** The every-`stride`-th points of an n × n grid as their own ((n−1)/stride + 1)² grid. */
export function subgrid(values: ArrayLike<number>, n: number, stride: number): Float32Array {
  const m = Math.floor((n - 1) / stride) + 1;
  const out = new Float32Array(m * m);
  for (let j = 0; j < m; j++)
    for (let i = 0; i < m; i++) out[j * m + i] = values[j * stride * n + i * stride]!;
  return out;
}

/** How the loss and gradient change along the gradient direction (Santurkar et al. 2018). */
export interface Smoothness {
  /** max − min of L(θ − η·g) over the step sizes: how predictable the loss is along g. */
  lossRange: number;
  /** max ‖∇L(θ − η·g) − ∇L(θ)‖ over the step sizes: gradient predictiveness (smaller: more predictive). */
  gradientChange: number;
  /** max ‖∇L(θ − η·g) − ∇L(θ)‖ / ‖η·g‖ over the step sizes: the "effective" β-smoothness. */
  effectiveBeta: number;
}

/**
 * Santurkar et al.'s three measures at the current weights on the examples `indices` (training-mode
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
  let beta = 0;
  let gNorm = 0;
  for (let k = 0; k < g.length; k++) gNorm += g[k]! * g[k]!;
  gNorm = Math.sqrt(gNorm);
  for (const eta of stepSizes) {
    for (let k = 0; k < g.length; k++) probe.params[k] = net.params[k]! - eta * g[k]!;
    const v = mlpLoss(probe, data, indices, ws, { mode: 'train', gradient: h });
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    let sq = 0;
    for (let k = 0; k < g.length; k++) sq += (h[k]! - g[k]!) ** 2;
    if (!Number.isFinite(sq)) continue;
    change = Math.max(change, Math.sqrt(sq));
    if (eta * gNorm > 0) beta = Math.max(beta, Math.sqrt(sq) / (eta * gNorm));
  }
  return { lossRange: hi > lo ? hi - lo : 0, gradientChange: change, effectiveBeta: beta };
}
