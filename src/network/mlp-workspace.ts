import type { MlpLayout } from './mlp.ts';

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
