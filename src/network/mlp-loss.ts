import { fastTanh } from './activation.ts';
import { MLP_BN_EPSILON, type Mlp, type MlpLayout } from './mlp.ts';
import type { TaskData } from './tasks.ts';

/** Scratch buffers for one batch size: forward values kept for the backward pass. */
export interface MlpWorkspace {
  batch: number;
  /** Per layer: pre-activations z (then normalized ẑ when batch norm), activations a; batch-major. */
  z: Float64Array[];
  zhat: Float64Array[];
  a: Float64Array[];
  /** Per layer: the mean and 1/sqrt(σ² + ε) of the forward pass, per unit (batch norm) or per example (layer norm). */
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
    mean: per((o) => Math.max(o, m)),
    invStd: per((o) => Math.max(o, m)),
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
 * layer: z = W·a + b, with batch norm y = γ·(z − μ_B)/sqrt(σ_B² + ε) + β (μ_B, σ_B of each unit
 * over the batch), with layer norm the same with μ_L, σ_L of each example over the layer's units,
 * then a = tanh(y); the output layer is linear. With `gradient`, backpropagates through every
 * layer, the normalization included (batch norm's μ_B and σ_B depend on every example of the batch).
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
    linearForward(params, L, l === 0 ? ws.input : ws.a[l - 1]!, ws.z[l]!, m);
    const z = ws.z[l]!;
    const a = ws.a[l]!;
    if (l === last) {
      a.set(z.subarray(0, m * L.outputs));
      continue;
    }
    if (L.gamma < 0) {
      for (let k = 0; k < m * L.outputs; k++) a[k] = fastTanh(z[k]!);
      continue;
    }
    const perExample = layout.spec.normalization === 'layer';
    if (perExample) layerNormForward(L, ws, l, m);
    else batchNormForward(L, ws, l, m, running, options);
    normalizeAndActivate(L, ws, l, m, params, perExample);
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
      const e = Math.exp(-Math.abs(o));
      loss += Math.max(o, 0) + Math.log1p(e) - t * o;
      // sigmoid(o) from the same exponential: 1/(1+e) for o ≥ 0, e/(1+e) below.
      dOut[s] = ((o >= 0 ? 1 : e) / (1 + e) - t) / m;
    } else {
      loss += (o - t) ** 2;
      dOut[s] = (2 * (o - t)) / m;
    }
  }
  loss /= m;
  if (options.gradient) backward(net, ws, m, options.gradient, options.mode);
  return loss;
}

/**
 * z = W·a + b for `m` examples (batch-major), two examples and four output units at a time so
 * each loaded value serves several products: the inner loop of every loss slice.
 */
function linearForward(
  params: Float64Array,
  L: MlpLayout['layers'][number],
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

/** Layer norm's statistics: μ_L and 1/sqrt(σ_L² + ε) of every example over the layer's units. */
function layerNormForward(L: MlpLayout['layers'][number], ws: MlpWorkspace, l: number, m: number) {
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

function batchNormForward(
  L: MlpLayout['layers'][number],
  ws: MlpWorkspace,
  l: number,
  m: number,
  running: Float64Array,
  options: LossOptions,
) {
  const z = ws.z[l]!;
  const o = L.outputs;
  const means = ws.mean[l]!;
  const inv = ws.invStd[l]!;
  if (options.mode === 'inference') {
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
      if (options.updateRunning !== undefined) {
        const r = options.updateRunning;
        const unbiased = m > 1 ? (variance * m) / (m - 1) : variance;
        running[L.running + 2 * j] = (1 - r) * running[L.running + 2 * j]! + r * means[j]!;
        running[L.running + 2 * j + 1] = (1 - r) * running[L.running + 2 * j + 1]! + r * unbiased;
      }
      inv[j] = 1 / Math.sqrt(Math.max(0, variance) + MLP_BN_EPSILON);
    }
  }
}

/** ẑ = (z − μ)/σ with μ, 1/σ per unit (batch norm) or per example (layer norm), then a = tanh(γ·ẑ + β). */
function normalizeAndActivate(
  L: MlpLayout['layers'][number],
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
    const perExample = layout.spec.normalization === 'layer';
    if (P.gamma >= 0)
      normalizationBackward(
        P,
        ws,
        l - 1,
        m,
        params,
        grad,
        perExample,
        perExample || mode === 'train',
      );
  }
}

/**
 * Turns ∂L/∂y (y = γ·ẑ + β) in ws.delta[l] into ∂L/∂z, accumulating ∂L/∂γ and ∂L/∂β. Over each
 * group of values normalized together (a unit's batch for batch norm, an example's units for layer
 * norm): ∂L/∂z = (1/sqrt(σ²+ε))·(∂ẑ − mean(∂ẑ) − ẑ·mean(∂ẑ·ẑ)), ∂ẑ = γ·∂L/∂y. Batch norm at
 * inference uses running statistics, constants: just ∂ẑ/sqrt(σ²+ε).
 */
function normalizationBackward(
  L: MlpLayout['layers'][number],
  ws: MlpWorkspace,
  l: number,
  m: number,
  params: Float64Array,
  grad: Float64Array,
  perExample: boolean,
  coupled: boolean,
) {
  const o = L.outputs;
  const d = ws.delta[l]!;
  const zhat = ws.zhat[l]!;
  const inv = ws.invStd[l]!;
  for (let s = 0, k = 0; s < m; s++) {
    for (let j = 0; j < o; j++, k++) {
      const dy = d[k]!;
      grad[L.gamma + j]! += dy * zhat[k]!;
      grad[L.beta + j]! += dy;
      d[k] = dy * params[L.gamma + j]!;
    }
  }
  const groups = perExample ? m : o;
  const size = perExample ? o : m;
  // Member i of group g sits at g·o + i (an example's units) or i·o + g (a unit's examples).
  const first = perExample ? o : 1;
  const step = perExample ? 1 : o;
  for (let g = 0; g < groups; g++) {
    let sumD = 0;
    let sumDZ = 0;
    if (coupled) {
      for (let i = 0, k = g * first; i < size; i++, k += step) {
        sumD += d[k]!;
        sumDZ += d[k]! * zhat[k]!;
      }
    }
    const r = inv[g]!;
    for (let i = 0, k = g * first; i < size; i++, k += step)
      d[k] = r * (d[k]! - sumD / size - (zhat[k]! * sumDZ) / size);
  }
}
