import { MLP_BN_EPSILON, type Mlp, type MlpLayout } from './mlp.ts';
import type { TaskData } from './tasks.ts';

/** Scratch buffers for one batch size: forward values kept for the backward pass. */
export interface MlpWorkspace {
  batch: number;
  /** Per layer: pre-activations z (then normalized ẑ when batch norm), activations a; batch-major. */
  z: Float64Array[];
  zhat: Float64Array[];
  a: Float64Array[];
  /** Per layer and unit: batch mean and 1/sqrt(σ² + ε) used in the forward pass. */
  mean: Float64Array[];
  invStd: Float64Array[];
  delta: Float64Array[];
  input: Float64Array;
}

/** Buffers for batches of up to `batch` examples (reuse them: nothing is allocated per call). */
export function createWorkspace(layout: MlpLayout, batch: number): MlpWorkspace {
  const m = Math.max(1, batch);
  const per = (f: (n: number) => number) =>
    layout.layers.map((L) => new Float64Array(f(L.outputs)));
  return {
    batch: m,
    z: per((o) => o * m),
    zhat: per((o) => o * m),
    a: per((o) => o * m),
    mean: per((o) => o),
    invStd: per((o) => o),
    delta: per((o) => o * m),
    input: new Float64Array(2 * m),
  };
}

/** How batch-norm layers get their statistics: from the batch (training) or the running averages. */
export interface LossOptions {
  mode: 'train' | 'inference';
  /** In training, fold the batch statistics into the running averages with this momentum (e.g. 0.1). */
  updateRunning?: number;
  /** When given, ∂L/∂θ is written here (mutated). */
  gradient?: Float64Array;
}

/**
 * The loss of `net` on the examples `indices` of `data` (all when null): mean binary cross-entropy of
 * sigmoid(output) for classification, mean squared error for regression. Forward pass per hidden
 * layer: z = W·a + b, with batch norm y = γ·(z − μ_B)/sqrt(σ_B² + ε) + β, then a = tanh(y); the
 * output layer is linear. With `gradient`, backpropagates through every layer, batch norm
 * included (its μ_B and σ_B depend on every example of the batch).
 */
export function mlpLoss(
  net: Mlp,
  data: TaskData,
  indices: ArrayLike<number> | null,
  ws: MlpWorkspace,
  options: LossOptions,
): number {
  const { layout, params, running } = net;
  const m = Math.min(indices ? indices.length : data.n, ws.batch);
  for (let s = 0; s < m; s++) {
    const i = indices ? indices[s]! : s;
    ws.input[2 * s] = data.x[2 * i]!;
    ws.input[2 * s + 1] = data.x[2 * i + 1]!;
  }
  const last = layout.layers.length - 1;
  for (let l = 0; l <= last; l++) {
    const L = layout.layers[l]!;
    const prev = l === 0 ? ws.input : ws.a[l - 1]!;
    const z = ws.z[l]!;
    const I = L.inputs;
    const O = L.outputs;
    for (let s = 0; s < m; s++) {
      const pi = s * I;
      const zo = s * O;
      for (let j = 0; j < O; j++) {
        const row = L.weights + j * I;
        // Four partial sums: independent chains the CPU can overlap.
        let v0 = params[L.bias + j]!;
        let v1 = 0;
        let v2 = 0;
        let v3 = 0;
        let k = 0;
        for (; k + 3 < I; k += 4) {
          v0 += params[row + k]! * prev[pi + k]!;
          v1 += params[row + k + 1]! * prev[pi + k + 1]!;
          v2 += params[row + k + 2]! * prev[pi + k + 2]!;
          v3 += params[row + k + 3]! * prev[pi + k + 3]!;
        }
        for (; k < I; k++) v0 += params[row + k]! * prev[pi + k]!;
        z[zo + j] = v0 + v1 + v2 + v3;
      }
    }
    const a = ws.a[l]!;
    if (l === last) {
      a.set(z.subarray(0, m * L.outputs));
      continue;
    }
    if (L.gamma >= 0) normalizeForward(L, ws, l, m, running, options);
    if (L.gamma >= 0) {
      const y = ws.zhat[l]!;
      for (let s = 0, k = 0; s < m; s++) {
        for (let j = 0; j < L.outputs; j++, k++)
          a[k] = Math.tanh(params[L.gamma + j]! * y[k]! + params[L.beta + j]!);
      }
    } else {
      for (let k = 0; k < m * L.outputs; k++) a[k] = Math.tanh(z[k]!);
    }
  }
  // Loss and ∂L/∂output.
  const out = ws.a[last]!;
  const dOut = ws.delta[last]!;
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const o = out[s]!;
    const t = data.y[indices ? indices[s]! : s]!;
    if (data.kind === 'classification') {
      // softplus(o) − t·o, computed stably; derivative sigmoid(o) − t.
      loss += Math.max(o, 0) + Math.log1p(Math.exp(-Math.abs(o))) - t * o;
      dOut[s] = (1 / (1 + Math.exp(-o)) - t) / m;
    } else {
      loss += (o - t) ** 2;
      dOut[s] = (2 * (o - t)) / m;
    }
  }
  loss /= m;
  if (options.gradient) backward(net, ws, m, options.gradient, options.mode);
  return loss;
}

function normalizeForward(
  L: MlpLayout['layers'][number],
  ws: MlpWorkspace,
  l: number,
  m: number,
  running: Float64Array,
  options: LossOptions,
) {
  const z = ws.z[l]!;
  const zhat = ws.zhat[l]!;
  const o = L.outputs;
  const means = ws.mean[l]!;
  const inv = ws.invStd[l]!;
  if (options.mode === 'inference') {
    for (let j = 0; j < o; j++) {
      means[j] = running[L.running + 2 * j]!;
      inv[j] = 1 / Math.sqrt(Math.max(0, running[L.running + 2 * j + 1]!) + MLP_BN_EPSILON);
    }
  } else {
    // Batch mean and variance of every unit, walking the batch row by row (contiguous memory).
    means.fill(0);
    inv.fill(0);
    for (let s = 0, k = 0; s < m; s++) for (let j = 0; j < o; j++, k++) means[j]! += z[k]!;
    for (let j = 0; j < o; j++) means[j]! /= m;
    for (let s = 0, k = 0; s < m; s++)
      for (let j = 0; j < o; j++, k++) inv[j]! += (z[k]! - means[j]!) ** 2;
    for (let j = 0; j < o; j++) {
      const variance = inv[j]! / m;
      if (options.updateRunning !== undefined) {
        const r = options.updateRunning;
        const unbiased = m > 1 ? (variance * m) / (m - 1) : variance;
        running[L.running + 2 * j] = (1 - r) * running[L.running + 2 * j]! + r * means[j]!;
        running[L.running + 2 * j + 1] = (1 - r) * running[L.running + 2 * j + 1]! + r * unbiased;
      }
      inv[j] = 1 / Math.sqrt(Math.max(0, variance) + MLP_BN_EPSILON);
    }
  }
  for (let s = 0, k = 0; s < m; s++)
    for (let j = 0; j < o; j++, k++) zhat[k] = (z[k]! - means[j]!) * inv[j]!;
}

function backward(
  net: Mlp,
  ws: MlpWorkspace,
  m: number,
  grad: Float64Array,
  mode: LossOptions['mode'],
) {
  const { layout, params } = net;
  grad.fill(0);
  for (let l = layout.layers.length - 1; l >= 0; l--) {
    const L = layout.layers[l]!;
    const prev = l === 0 ? ws.input : ws.a[l - 1]!;
    // ws.delta[l] holds ∂L/∂z for this layer (the output layer's z is its output).
    const dz = ws.delta[l]!;
    for (let s = 0; s < m; s++) {
      for (let j = 0; j < L.outputs; j++) {
        const d = dz[s * L.outputs + j]!;
        if (d === 0) continue;
        grad[L.bias + j]! += d;
        const row = L.weights + j * L.inputs;
        for (let k = 0; k < L.inputs; k++) grad[row + k]! += d * prev[s * L.inputs + k]!;
      }
    }
    if (l === 0) break;
    // ∂L/∂a of the previous layer, then through tanh (and batch norm) to its ∂L/∂z.
    const P = layout.layers[l - 1]!;
    const dPrev = ws.delta[l - 1]!;
    const aPrev = ws.a[l - 1]!;
    for (let s = 0; s < m; s++) {
      for (let k = 0; k < P.outputs; k++) {
        let v = 0;
        for (let j = 0; j < L.outputs; j++)
          v += params[L.weights + j * L.inputs + k]! * dz[s * L.outputs + j]!;
        const a = aPrev[s * P.outputs + k]!;
        dPrev[s * P.outputs + k] = v * (1 - a * a); // ∂L/∂y, y the tanh's input
      }
    }
    if (P.gamma >= 0) batchNormBackward(P, ws, l - 1, m, params, grad, mode);
  }
}

/**
 * Turns ∂L/∂y (y = γ·ẑ + β) in ws.delta[l] into ∂L/∂z, accumulating ∂L/∂γ and ∂L/∂β:
 * ∂L/∂z = (1/sqrt(σ²+ε))·(∂ẑ − mean(∂ẑ) − ẑ·mean(∂ẑ·ẑ)), ∂ẑ = γ·∂L/∂y, with batch statistics;
 * with running statistics (inference) just ∂ẑ/sqrt(σ²+ε).
 */
function batchNormBackward(
  L: MlpLayout['layers'][number],
  ws: MlpWorkspace,
  l: number,
  m: number,
  params: Float64Array,
  grad: Float64Array,
  mode: LossOptions['mode'],
) {
  const o = L.outputs;
  const d = ws.delta[l]!;
  const zhat = ws.zhat[l]!;
  for (let j = 0; j < o; j++) {
    const gamma = params[L.gamma + j]!;
    let sumD = 0;
    let sumDZ = 0;
    for (let s = 0; s < m; s++) {
      const dy = d[s * o + j]!;
      grad[L.gamma + j]! += dy * zhat[s * o + j]!;
      grad[L.beta + j]! += dy;
      sumD += dy * gamma;
      sumDZ += dy * gamma * zhat[s * o + j]!;
    }
    const inv = ws.invStd[l]![j]!;
    // At inference μ and σ are constants, so only the direct path remains.
    const coupled = mode === 'train' ? 1 : 0;
    for (let s = 0; s < m; s++) {
      const dhat = d[s * o + j]! * gamma;
      d[s * o + j] = inv * (dhat - coupled * (sumD / m + (zhat[s * o + j]! * sumDZ) / m));
    }
  }
}
