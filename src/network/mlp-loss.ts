import { fastTanh } from './activation.ts';
import { linearForward } from './linear-forward.ts';
import { backward } from './mlp-backward.ts';
import type { Mlp } from './mlp.ts';
import type { MlpWorkspace } from './mlp-workspace.ts';
import { outputLoss } from './output-loss.ts';
import {
  batchNormForward,
  layerNormForward,
  normalizeAndActivate,
} from './normalization-forward.ts';
import type { TaskData } from './tasks.ts';

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
    else batchNormForward(L, ws, l, m, running, options.mode, options.updateRunning);
    normalizeAndActivate(L, ws, l, m, params, perExample);
  }
  const loss = outputLoss(ws.a[last]!, data, indices, m, ws.delta[last]!);
  if (options.gradient) backward(net, ws, m, options.gradient, options.mode);
  return loss;
}
