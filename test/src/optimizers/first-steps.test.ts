import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIMIZER_PARAMS,
  OPTIMIZERS,
  initOptimizerState,
  type OptimizerId,
} from '../../../src/index.ts';

// Two steps from w = (1, 2) with gradients (0.5, −1) then (0.2, 0.4), η = 0.1 and the default
// β = 0.9, ρ = 0.9, β1 = 0.9, β2 = 0.999, ε = 1e-8. Expected values worked out by hand from
// each update rule (see the comments), independently of the code under test.
const G1 = [0.5, -1];
const G2 = [0.2, 0.4];
const params = { ...DEFAULT_OPTIMIZER_PARAMS, learningRate: 0.1 };

const expected: Record<OptimizerId, [number[], number[]]> = {
  // w − ηg: (1 − 0.05, 2 + 0.1), then (0.95 − 0.02, 2.1 − 0.04)
  gd: [
    [0.95, 2.1],
    [0.93, 2.06],
  ],
  sgd: [
    [0.95, 2.1],
    [0.93, 2.06],
  ],
  // m = g; w = (0.95, 2.1); m = 0.9·m + g = (0.65, −0.5); w −= 0.1·m
  momentum: [
    [0.95, 2.1],
    [0.885, 2.15],
  ],
  // m = g; w −= 0.1·(g + 0.9·m) = 0.1·(0.95, −1.9); then m = (0.65, −0.5), w −= 0.1·(g + 0.9m) = 0.1·(0.785, −0.05)
  nesterov: [
    [0.905, 2.19],
    [0.8265, 2.195],
  ],
  // v = g² ⇒ first step is η·sign(g); v = (0.29, 1.16), w −= 0.1·g/√v
  adagrad: [
    [0.9, 2.1],
    [0.8628609350542448, 2.0628609317094173],
  ],
  // v = 0.1·g² = (0.025, 0.1), w −= 0.1·g/√v; v = 0.9v + 0.1·g², w −= 0.1·g/√v
  rmsprop: [
    [0.6837722539831608, 2.316227756016838],
    [0.5609132381635399, 2.1933687364236327],
  ],
  // bias-corrected first step is η·sign(g); second: m̂ = (0.065, −0.05)/0.19, v̂ = (0.00028975, 0.001159)/0.001999
  adam: [
    [0.9, 2.1],
    [0.8101424839029282, 2.134560583337374],
  ],
};

describe('each optimizer’s first steps match hand-computed values', () => {
  for (const id of Object.keys(expected) as OptimizerId[]) {
    it(id, () => {
      const state = initOptimizerState([1, 2]);
      const { step } = OPTIMIZERS[id];
      step(state, G1, params);
      expect(state.w[0]).toBeCloseTo(expected[id][0][0]!, 7);
      expect(state.w[1]).toBeCloseTo(expected[id][0][1]!, 7);
      step(state, G2, params);
      expect(state.w[0]).toBeCloseTo(expected[id][1][0]!, 7);
      expect(state.w[1]).toBeCloseTo(expected[id][1][1]!, 7);
      expect(state.t).toBe(2);
    });
  }
});

describe('optimizer registry', () => {
  it('names every optimizer in both languages and marks only SGD as stochastic', () => {
    for (const info of Object.values(OPTIMIZERS)) {
      expect(info.name.en).not.toBe('');
      expect(info.name['zh-TW']).not.toBe('');
      expect(info.stochastic).toBe(info.id === 'sgd');
      expect(info.params).toContain('learningRate');
    }
  });

  it('step functions work in any dimension (the same code will train networks)', () => {
    const state = initOptimizerState([1, 1, 1, 1, 1]);
    OPTIMIZERS.adam.step(state, [1, -1, 2, -2, 0], params);
    expect(Array.from(state.w)).toEqual(
      [0.9, 1.1, 0.9, 1.1, 1].map((x, i) => (i === 4 ? 1 : expect.closeTo(x, 7))),
    );
  });
});
