import type { Rng } from '../random.ts';

/**
 * How each hidden layer's pre-activations are normalized before the tanh: not at all, per unit over
 * the mini-batch (batch norm, Ioffe & Szegedy 2015), or per example over the layer's units (layer
 * norm, Ba et al. 2016). Both then scale and shift: y = γ·ẑ + β.
 */
export const NORMALIZATIONS = ['none', 'batch', 'layer'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

/** A multilayer perceptron: 2 inputs, tanh hidden layers, 1 output, optional normalization. */
export interface MlpSpec {
  /** Widths of the hidden layers. */
  hidden: readonly number[];
  /** Normalization after each hidden linear layer, before the tanh. */
  normalization: Normalization;
}

/** Where each layer's parameters sit in the flat parameter vector. */
export interface LayerLayout {
  inputs: number;
  outputs: number;
  /** W (outputs × inputs, row-major), then b (outputs). */
  weights: number;
  bias: number;
  /** γ and β (outputs each) when this hidden layer is normalized, else −1. */
  gamma: number;
  beta: number;
  /** Offset of this layer's running mean and variance in `running` (batch norm only), or −1. */
  running: number;
}

export interface MlpLayout {
  spec: MlpSpec;
  layers: LayerLayout[];
  /** Number of parameters (weights, biases, γ, β). */
  size: number;
  /** Number of running statistics (2 per normalized unit). */
  runningSize: number;
}

/** A network: its layout, parameters θ (flat, so the optimizers apply) and batch-norm running statistics. */
export interface Mlp {
  layout: MlpLayout;
  params: Float64Array;
  /** Per normalized unit: running mean, running variance. */
  running: Float64Array;
}

/** ε of the batch-norm and layer-norm layers. */
export const MLP_BN_EPSILON = 1e-5;

export function mlpLayout(spec: MlpSpec): MlpLayout {
  const sizes = [2, ...spec.hidden.map((h) => Math.max(1, Math.floor(h))), 1];
  const layers: LayerLayout[] = [];
  let offset = 0;
  let running = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!;
    const outputs = sizes[l + 1]!;
    const normalized = spec.normalization !== 'none' && l + 2 < sizes.length;
    const layer: LayerLayout = {
      inputs,
      outputs,
      weights: offset,
      bias: offset + inputs * outputs,
      gamma: -1,
      beta: -1,
      running: -1,
    };
    offset += inputs * outputs + outputs;
    if (normalized) {
      layer.gamma = offset;
      layer.beta = offset + outputs;
      offset += 2 * outputs;
    }
    if (normalized && spec.normalization === 'batch') {
      layer.running = running;
      running += 2 * outputs;
    }
    layers.push(layer);
  }
  return { spec, layers, size: offset, runningSize: running };
}

/** A fresh network: Xavier-uniform weights from `rng`, zero biases, γ = 1, β = 0, running (0, 1). */
export function createMlp(spec: MlpSpec, rng: Rng): Mlp {
  const layout = mlpLayout(spec);
  const params = new Float64Array(layout.size);
  for (const L of layout.layers) {
    const limit = Math.sqrt(6 / (L.inputs + L.outputs));
    for (let k = 0; k < L.inputs * L.outputs; k++)
      params[L.weights + k] = (2 * rng.next() - 1) * limit;
    if (L.gamma >= 0) for (let j = 0; j < L.outputs; j++) params[L.gamma + j] = 1;
  }
  const running = new Float64Array(layout.runningSize);
  for (let k = 1; k < running.length; k += 2) running[k] = 1;
  return { layout, params, running };
}

/** Copies a network (parameters and running statistics). */
export function cloneMlp(net: Mlp): Mlp {
  return { layout: net.layout, params: net.params.slice(), running: net.running.slice() };
}
