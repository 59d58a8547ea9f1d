import { fastTanh } from './activation.ts';
import { linearForward } from './linear-forward.ts';
import { MLP_BN_EPSILON, type LayerLayout, type Mlp, type MlpLayout } from './mlp.ts';
import { createWorkspace, type MlpWorkspace } from './mlp-workspace.ts';
import { layerNormForward, normalizeAndActivate } from './normalization-forward.ts';
import { outputLoss } from './output-loss.ts';
import type { TaskData } from './tasks.ts';

/** Buffers of wholeDataLoss for one layout and data size (reused: nothing is allocated per call). */
export interface WholeDataScratch {
  ws: MlpWorkspace;
  /** The inputs minus their mean, x − x̄ (batch norm: the first layer's statistics come from them). */
  centered: Float64Array;
  /** The inputs' covariance C = mean of (x − x̄)(x − x̄)ᵀ, 2 × 2. */
  inputCov: Float64Array;
  /** Column means of the current layer's input activations (batch norm's μ_B comes from them). */
  inputMean: Float64Array;
  /** Per unit of the current layer: μ_B, Σ_s (z − μ_B)², then y = scale·z + shift. */
  mu: Float64Array;
  sq: Float64Array;
  scale: Float64Array;
  shift: Float64Array;
  /** The first layer with batch norm folded in, applied to x − x̄: weights W·γ/σ_B, bias β. */
  folded: Float64Array;
  foldedLayout: LayerLayout;
}

export function createWholeDataScratch(layout: MlpLayout, n: number): WholeDataScratch {
  const width = Math.max(...layout.layers.map((L) => L.outputs));
  const first = layout.layers[0]!;
  const I = first.inputs;
  const O = first.outputs;
  return {
    ws: createWorkspace(layout, n),
    centered: new Float64Array(I * Math.max(1, n)),
    inputCov: new Float64Array(I * I),
    inputMean: new Float64Array(width),
    mu: new Float64Array(width),
    sq: new Float64Array(width),
    scale: new Float64Array(width),
    shift: new Float64Array(width),
    folded: new Float64Array(I * O + O),
    foldedLayout: { ...first, weights: 0, bias: I * O, gamma: -1, beta: -1, running: -1 },
  };
}

/**
 * The training-mode loss of `net` on all of `data` (data.n ≤ the scratch's size), forward only:
 * mlpLoss(net, data, null, ws, { mode: 'train' }) to floating-point noise, for the many points of
 * a loss slice. Batch norm's statistics come with the matrix products instead of extra passes:
 * the first layer's from the inputs' mean and covariance (σ_j² = w_jᵀ·C·w_j, folded into its
 * weights), a later layer's μ_j = b_j + w_j·ā (ā the column means of its input activations,
 * summed as they are computed) and Σ (z − μ_j)² as each z is written; then
 * a = tanh(γ·(z − μ)/σ + β) in one pass. The workspace's zhat is not written.
 */
export function wholeDataLoss(net: Mlp, data: TaskData, scratch: WholeDataScratch): number {
  const { layout, params } = net;
  const { ws } = scratch;
  const m = Math.min(data.n, ws.batch);
  const batchNorm = layout.spec.normalization === 'batch';
  const layerNorm = layout.spec.normalization === 'layer';
  const last = layout.layers.length - 1;
  const output = layout.layers[last]!;
  const out = ws.z[last]!;
  let prev = data.x;
  if (batchNorm) {
    centerInputs(data.x, m, scratch);
    prev = scratch.centered;
  }
  for (let l = 0; l < last; l++) {
    const L = layout.layers[l]!;
    const z = ws.z[l]!;
    const a = ws.a[l]!;
    if (layerNorm) {
      // Statistics per example: nothing to fuse; the layer as mlpLoss computes it.
      linearForward(params, L, prev, z, m);
      layerNormForward(L, ws, l, m);
      normalizeAndActivate(L, ws, l, m, params, true);
    } else if (l === 0 && batchNorm) {
      foldFirstLayer(params, L, scratch);
      firstLayer(scratch.folded, scratch.foldedLayout, prev, a, m, scratch.inputMean);
    } else if (l === 0) {
      firstLayer(params, L, prev, a, m, scratch.inputMean);
    } else {
      if (batchNorm) batchStatistics(params, L, prev, z, m, scratch);
      else linearForward(params, L, prev, z, m);
      const affine = batchNorm ? scratch : null;
      if (l + 1 < last) activate(z, a, m, L.outputs, affine, scratch.inputMean);
      else {
        activateIntoOutput(params, output, z, m, L.outputs, affine, out);
        return outputLoss(out, data, null, m, null);
      }
    }
    prev = a;
  }
  linearForward(params, output, prev, out, m);
  return outputLoss(out, data, null, m, null);
}

/** x − x̄ of the m inputs into scratch.centered, and their covariance into scratch.inputCov. */
function centerInputs(x: Float64Array, m: number, scratch: WholeDataScratch) {
  const { centered, inputCov } = scratch;
  let mean0 = 0;
  let mean1 = 0;
  for (let s = 0; s < m; s++) {
    mean0 += x[2 * s]!;
    mean1 += x[2 * s + 1]!;
  }
  mean0 /= m;
  mean1 /= m;
  let c00 = 0;
  let c01 = 0;
  let c11 = 0;
  for (let s = 0; s < m; s++) {
    const d0 = x[2 * s]! - mean0;
    const d1 = x[2 * s + 1]! - mean1;
    centered[2 * s] = d0;
    centered[2 * s + 1] = d1;
    c00 += d0 * d0;
    c01 += d0 * d1;
    c11 += d1 * d1;
  }
  inputCov[0] = c00 / m;
  inputCov[1] = inputCov[2] = c01 / m;
  inputCov[3] = c11 / m;
}

/**
 * The first layer's batch norm folded into its weights: on centered inputs z − μ_j = w_j·(x − x̄)
 * and σ_j² = w_jᵀ·C·w_j, so y_j = (γ_j/σ_j)·w_j·(x − x̄) + β_j (σ_j with ε, as in batch norm).
 */
function foldFirstLayer(params: Float64Array, L: LayerLayout, scratch: WholeDataScratch) {
  const { folded, inputCov: C } = scratch;
  const I = L.inputs;
  for (let j = 0; j < L.outputs; j++) {
    const row = L.weights + j * I;
    let variance = 0;
    for (let k = 0; k < I; k++) {
      let Cw = 0;
      for (let q = 0; q < I; q++) Cw += C[k * I + q]! * params[row + q]!;
      variance += params[row + k]! * Cw;
    }
    const scale = params[L.gamma + j]! / Math.sqrt(Math.max(0, variance) + MLP_BN_EPSILON);
    for (let k = 0; k < I; k++) folded[j * I + k] = scale * params[row + k]!;
    folded[I * L.outputs + j] = params[L.beta + j]!;
  }
}

/**
 * A later batch-norm layer: μ_j = b_j + w_j·ā from its input's column means ā, then z = W·a + b
 * with Σ_s (z_sj − μ_j)² summed as it is written; leaves y = scale_j·z + shift_j in the scratch,
 * scale_j = γ_j/sqrt(σ_j² + ε), shift_j = β_j − scale_j·μ_j.
 */
function batchStatistics(
  params: Float64Array,
  L: LayerLayout,
  prev: Float64Array,
  z: Float64Array,
  m: number,
  scratch: WholeDataScratch,
) {
  const { inputMean, mu, sq, scale, shift } = scratch;
  const I = L.inputs;
  for (let j = 0; j < L.outputs; j++) {
    let v = params[L.bias + j]!;
    for (let k = 0; k < I; k++) v += params[L.weights + j * I + k]! * inputMean[k]!;
    mu[j] = v;
  }
  linearForward(params, L, prev, z, m, mu, sq);
  for (let j = 0; j < L.outputs; j++) {
    const r = 1 / Math.sqrt(Math.max(0, sq[j]! / m) + MLP_BN_EPSILON);
    scale[j] = params[L.gamma + j]! * r;
    shift[j] = params[L.beta + j]! - scale[j]! * mu[j]!;
  }
}

/**
 * The first layer (2 inputs), unit by unit: a_sj = tanh(b_j + w_j0·x_s0 + w_j1·x_s1), with each
 * unit's mean over the examples written to means[j] (the next batch-norm layer's ā).
 */
function firstLayer(
  params: Float64Array,
  L: LayerLayout,
  x: Float64Array,
  a: Float64Array,
  m: number,
  means: Float64Array,
) {
  const O = L.outputs;
  for (let j = 0; j < O; j++) {
    const w0 = params[L.weights + 2 * j]!;
    const w1 = params[L.weights + 2 * j + 1]!;
    const b = params[L.bias + j]!;
    let sum = 0;
    for (let s = 0, k = j; s < m; s++, k += O) {
      const v = fastTanh(b + w0 * x[2 * s]! + w1 * x[2 * s + 1]!);
      a[k] = v;
      sum += v;
    }
    means[j] = sum / m;
  }
}

/**
 * a = tanh(y) for the m × o values z, y = scale_j·z + shift_j with `affine`, else y = z, with the
 * column means of a written to `means` (the next batch-norm layer's ā).
 */
function activate(
  z: Float64Array,
  a: Float64Array,
  m: number,
  o: number,
  affine: WholeDataScratch | null,
  means: Float64Array,
) {
  means.fill(0, 0, o);
  for (let s = 0, k = 0; s < m; s++)
    for (let j = 0; j < o; j++, k++) {
      const v = fastTanh(affine ? affine.scale[j]! * z[k]! + affine.shift[j]! : z[k]!);
      a[k] = v;
      means[j]! += v;
    }
  for (let j = 0; j < o; j++) means[j]! /= m;
}

/**
 * The last hidden layer's tanh (as in activate) fed straight into the output unit, never stored:
 * out_s = b + Σ_j w_j·tanh(y_sj), summed in the order of the matrix product.
 */
function activateIntoOutput(
  params: Float64Array,
  output: LayerLayout,
  z: Float64Array,
  m: number,
  o: number,
  affine: WholeDataScratch | null,
  out: Float64Array,
) {
  const w = output.weights;
  for (let s = 0, k = 0; s < m; s++) {
    let v = params[output.bias]!;
    if (affine) {
      const { scale, shift } = affine;
      for (let j = 0; j < o; j++, k++)
        v += params[w + j]! * fastTanh(scale[j]! * z[k]! + shift[j]!);
    } else {
      for (let j = 0; j < o; j++, k++) v += params[w + j]! * fastTanh(z[k]!);
    }
    out[s] = v;
  }
}
