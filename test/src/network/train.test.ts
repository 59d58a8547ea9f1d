import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  createWorkspace,
  filterNormalizedDirection,
  logSpace,
  stableRateBracket,
  trainMlp,
} from '../../../src/index.ts';
import { mlpLoss } from '../../../src/network/mlp-loss.ts';
import { lossSlice, smoothnessAlongGradient } from '../../../src/network/landscape.ts';
import { taskData } from '../../../src/network/tasks.ts';

describe('training the MLP', () => {
  it('lowers the loss on the moons, the same for the same seed', () => {
    const data = taskData('moons');
    const net = createMlp({ hidden: [8], normalization: 'none' }, createRng(1));
    const config = {
      net,
      data,
      optimizer: 'adam' as const,
      params: { learningRate: 0.05 },
      batchSize: 32,
      steps: 300,
      seed: 2,
    };
    const a = trainMlp(config);
    expect(a.diverged).toBe(false);
    expect(a.losses.at(-1)!).toBeLessThan(0.6 * a.losses[0]!);
    expect(trainMlp(config).losses).toEqual(a.losses);
    expect(net.params).toEqual(
      createMlp({ hidden: [8], normalization: 'none' }, createRng(1)).params,
    ); // input untouched
  });

  it('stops at divergence, keeping finite weights', () => {
    const data = taskData('penguins');
    const net = createMlp({ hidden: [8], normalization: 'none' }, createRng(1));
    const r = trainMlp({
      net,
      data,
      optimizer: 'gd',
      params: { learningRate: 50 },
      batchSize: 16,
      steps: 200,
      seed: 1,
    });
    expect(r.diverged).toBe(true);
    expect(r.net.params.every(Number.isFinite)).toBe(true);
    expect(r.losses.every(Number.isFinite)).toBe(true);
  });

  it('batch normalization lets raw-unit penguins train at a larger learning rate', () => {
    const data = taskData('penguins');
    const rates = logSpace(1e-3, 10, 13);
    const stable = (normalization: 'none' | 'batch') =>
      stableRateBracket(
        {
          net: createMlp({ hidden: [16, 16], normalization }, createRng(1)),
          data,
          batchSize: 32,
          steps: 200,
          seed: 1,
        },
        rates,
      ).largest;
    const plain = stable('none')!;
    const bn = stable('batch')!;
    expect(bn / plain).toBeGreaterThan(2);
  });
});

describe('loss landscape', () => {
  it('filter-normalized directions match each filter’s norm and leave biases and γ, β alone', () => {
    const net = createMlp({ hidden: [6, 5], normalization: 'batch' }, createRng(4));
    const d = filterNormalizedDirection(net, createRng(9));
    for (const L of net.layout.layers) {
      for (let j = 0; j < L.outputs; j++) {
        const row = L.weights + j * L.inputs;
        let dn = 0;
        let wn = 0;
        for (let k = 0; k < L.inputs; k++) {
          dn += d[row + k]! ** 2;
          wn += net.params[row + k]! ** 2;
        }
        expect(Math.sqrt(dn)).toBeCloseTo(Math.sqrt(wn), 10);
        expect(d[L.bias + j]).toBe(0);
        if (L.gamma >= 0) expect(d[L.gamma + j]).toBe(0);
      }
    }
  });

  it('the slice passes through the current loss at its centre', () => {
    const data = taskData('circles');
    const net = createMlp({ hidden: [8], normalization: 'none' }, createRng(2));
    const rng = createRng(3);
    const grid = lossSlice(
      net,
      data,
      filterNormalizedDirection(net, rng),
      filterNormalizedDirection(net, rng),
      11,
    );
    const r = trainMlp({
      net,
      data,
      optimizer: 'gd',
      params: { learningRate: 0 },
      batchSize: 1,
      steps: 0,
      seed: 1,
    });
    expect(grid[5 * 11 + 5]).toBeCloseTo(r.losses[0]!, 5);
    expect(grid.every(Number.isFinite)).toBe(true);
  });

  it('smoothness along the gradient (Santurkar et al.): zero steps change nothing; loss range, gradient change and effective β-smoothness', () => {
    const data = taskData('xor');
    const net = createMlp({ hidden: [8], normalization: 'batch' }, createRng(5));
    expect(smoothnessAlongGradient(net, data, null, [0])).toEqual({
      lossRange: 0,
      gradientChange: 0,
      effectiveBeta: 0,
    });
    const s = smoothnessAlongGradient(net, data, null, [0.1, 0.5, 1]);
    expect(s.lossRange).toBeGreaterThan(0);
    expect(s.gradientChange).toBeGreaterThan(0);
    // Effective β-smoothness: the gradient's change per unit of distance moved, at least at the largest step.
    const g = new Float64Array(net.params.length);
    mlpLoss(net, data, null, createWorkspace(net.layout, data.n), { mode: 'train', gradient: g });
    const gNorm = Math.hypot(...g);
    expect(s.effectiveBeta).toBeGreaterThanOrEqual(s.gradientChange / (1 * gNorm) - 1e-12);
  });
});
