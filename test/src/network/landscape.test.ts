import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  createWorkspace,
  filterNormalizedDirection,
  NORMALIZATIONS,
  type Mlp,
} from '../../../src/index.ts';
import { lossSlice, sliceCoordinate } from '../../../src/network/landscape.ts';
import { mlpLoss } from '../../../src/network/mlp-loss.ts';
import { taskData, type TaskData } from '../../../src/network/tasks.ts';

/** The plain reference: at every point, θ + α·d1 + β·d2 written out and mlpLoss on the whole data. */
function referenceSlice(net: Mlp, data: TaskData, d1: Float64Array, d2: Float64Array, n: number) {
  const probe = { ...net, params: new Float64Array(net.params.length) };
  const ws = createWorkspace(net.layout, data.n);
  const values = new Float32Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const a = sliceCoordinate(i, n, 1);
      const b = sliceCoordinate(j, n, 1);
      for (let k = 0; k < probe.params.length; k++)
        probe.params[k] = net.params[k]! + a * d1[k]! + b * d2[k]!;
      values[j * n + i] = mlpLoss(probe, data, null, ws, { mode: 'train' });
    }
  return values;
}

describe('the loss slice', () => {
  it('equals the plain reference loop at every point, with and without normalization, for filter-normalized and dense directions', () => {
    const data = taskData('spiral', 2, 61);
    for (const normalization of NORMALIZATIONS) {
      const net = createMlp({ hidden: [28, 28], normalization }, createRng(4));
      const rng = createRng(5);
      // A training path's plane moves every parameter (biases, γ, β too); Li et al.'s directions only weights.
      const dense = () => Float64Array.from(net.params, () => 0.3 * rng.normal());
      for (const [d1, d2] of [
        [filterNormalizedDirection(net, rng), filterNormalizedDirection(net, rng)],
        [dense(), dense()],
      ]) {
        const fast = lossSlice(net, data, d1!, d2!, 7, 1);
        const reference = referenceSlice(net, data, d1!, d2!, 7);
        for (let k = 0; k < fast.length; k++)
          expect(Math.abs(fast[k]! - reference[k]!)).toBeLessThanOrEqual(1e-6 * reference[k]!);
      }
    }
  });
});
