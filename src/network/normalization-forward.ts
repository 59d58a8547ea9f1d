import { fastTanh } from './activation.ts';
import { MLP_BN_EPSILON, type LayerLayout } from './mlp.ts';
import type { MlpWorkspace } from './mlp-workspace.ts';

/** Layer norm's statistics: μ_L and 1/sqrt(σ_L² + ε) of every example over the layer's units. */
export function layerNormForward(L: LayerLayout, ws: MlpWorkspace, l: number, m: number) {
  const z = ws.z[l]!;
  const o = L.outputs;
  const means = ws.mean[l]!;
  const inv = ws.invStd[l]!;
  for (let s = 0; s < m; s++) {
    const base = s * o;
    let mean = 0;
    for (let j = 0; j < o; j++) mean += z[base + j]!;
    mean /= o;
    let variance = 0;
    for (let j = 0; j < o; j++) variance += (z[base + j]! - mean) * (z[base + j]! - mean);
    const r = 1 / Math.sqrt(variance / o + MLP_BN_EPSILON);
    means[s] = mean;
    inv[s] = r;
  }
}

/**
 * Batch norm's statistics: per unit, μ_B and 1/sqrt(σ_B² + ε) over the batch ('train'; with
 * `updateRunning`, folded into the running averages with that momentum, mutated) or the running
 * averages ('inference').
 */
export function batchNormForward(
  L: LayerLayout,
  ws: MlpWorkspace,
  l: number,
  m: number,
  running: Float64Array,
  mode: 'train' | 'inference',
  updateRunning: number | undefined,
) {
  const z = ws.z[l]!;
  const o = L.outputs;
  const means = ws.mean[l]!;
  const inv = ws.invStd[l]!;
  if (mode === 'inference') {
    for (let j = 0; j < o; j++) {
      means[j] = running[L.running + 2 * j]!;
      inv[j] = 1 / Math.sqrt(Math.max(0, running[L.running + 2 * j + 1]!) + MLP_BN_EPSILON);
    }
  } else {
    // Batch mean and variance of every unit, each summed in a register down its column.
    for (let j = 0; j < o; j++) {
      let sum = 0;
      for (let k = j; k < m * o; k += o) sum += z[k]!;
      const mean = sum / m;
      let sq = 0;
      for (let k = j; k < m * o; k += o) {
        const d = z[k]! - mean;
        sq += d * d;
      }
      means[j] = mean;
      const variance = sq / m;
      if (updateRunning !== undefined) {
        const r = updateRunning;
        const unbiased = m > 1 ? (variance * m) / (m - 1) : variance;
        running[L.running + 2 * j] = (1 - r) * running[L.running + 2 * j]! + r * means[j]!;
        running[L.running + 2 * j + 1] = (1 - r) * running[L.running + 2 * j + 1]! + r * unbiased;
      }
      inv[j] = 1 / Math.sqrt(Math.max(0, variance) + MLP_BN_EPSILON);
    }
  }
}

/** ẑ = (z − μ)/σ with μ, 1/σ per unit (batch norm) or per example (layer norm), then a = tanh(γ·ẑ + β). */
export function normalizeAndActivate(
  L: LayerLayout,
  ws: MlpWorkspace,
  l: number,
  m: number,
  params: Float64Array,
  perExample: boolean,
) {
  const z = ws.z[l]!;
  const zhat = ws.zhat[l]!;
  const a = ws.a[l]!;
  const o = L.outputs;
  const means = ws.mean[l]!;
  const inv = ws.invStd[l]!;
  for (let s = 0, k = 0; s < m; s++) {
    if (perExample) {
      const mu = means[s]!;
      const r = inv[s]!;
      for (let j = 0; j < o; j++, k++) {
        const zh = (z[k]! - mu) * r;
        zhat[k] = zh;
        a[k] = fastTanh(params[L.gamma + j]! * zh + params[L.beta + j]!);
      }
    } else {
      for (let j = 0; j < o; j++, k++) {
        const zh = (z[k]! - means[j]!) * inv[j]!;
        zhat[k] = zh;
        a[k] = fastTanh(params[L.gamma + j]! * zh + params[L.beta + j]!);
      }
    }
  }
}
