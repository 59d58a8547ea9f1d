import type { LayerLayout, Mlp } from './mlp.ts';
import type { MlpWorkspace } from './mlp-workspace.ts';

/** ∂L/∂θ into `grad` (overwritten) from ∂L/∂output in ws.delta of the last layer, after a forward pass. */
export function backward(
  net: Mlp,
  ws: MlpWorkspace,
  m: number,
  grad: Float64Array,
  mode: 'train' | 'inference',
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
  L: LayerLayout,
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
