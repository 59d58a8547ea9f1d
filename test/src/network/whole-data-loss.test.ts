import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  createWorkspace,
  NETWORK_TASKS,
  NORMALIZATIONS,
} from '../../../src/index.ts';
import { createWholeDataScratch, wholeDataLoss } from '../../../src/network/whole-data-loss.ts';
import { mlpLoss } from '../../../src/network/mlp-loss.ts';
import { taskData } from '../../../src/network/tasks.ts';

describe('the whole-data loss (forward only, batch norm fused into the matrix products)', () => {
  it('equals mlpLoss in training mode to floating-point noise: any task, depth, width, data size and normalization', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NETWORK_TASKS),
        fc.array(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...NORMALIZATIONS),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        (task, hidden, normalization, n, seed) => {
          const data = taskData(task, seed, n);
          const rng = createRng(seed);
          const net = createMlp({ hidden, normalization }, rng);
          // Off the initial γ = 1, β = 0, zero biases, so every parameter counts.
          for (let k = 0; k < net.params.length; k++) net.params[k]! += 0.3 * rng.normal();
          const reference = mlpLoss(net, data, null, createWorkspace(net.layout, data.n), {
            mode: 'train',
          });
          const scratch = createWholeDataScratch(net.layout, data.n);
          const fused = wholeDataLoss(net, data, scratch);
          expect(Math.abs(fused - reference)).toBeLessThanOrEqual(1e-10 * Math.max(1, reference));
          // The scratch is reusable: a second call gives the same number.
          expect(wholeDataLoss(net, data, scratch)).toBe(fused);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps batch norm exact on raw, uncentred inputs (penguins in grams: mean/sd ≈ 5)', () => {
    const data = taskData('penguins');
    for (const hidden of [[28, 28], [5], [4, 6, 3]]) {
      const net = createMlp({ hidden, normalization: 'batch' }, createRng(7));
      const reference = mlpLoss(net, data, null, createWorkspace(net.layout, data.n), {
        mode: 'train',
      });
      const fused = wholeDataLoss(net, data, createWholeDataScratch(net.layout, data.n));
      expect(Math.abs(fused - reference)).toBeLessThan(1e-12);
    }
  });
});
