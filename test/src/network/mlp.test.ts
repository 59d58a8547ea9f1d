import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  createWorkspace,
  NETWORK_TASKS,
  NORMALIZATIONS,
  type Mlp,
} from '../../../src/index.ts';
import { fastTanh } from '../../../src/network/activation.ts';
import { mlpLayout } from '../../../src/network/mlp.ts';
import { mlpLoss } from '../../../src/network/mlp-loss.ts';
import { taskData, type TaskData } from '../../../src/network/tasks.ts';

function numericGradient(
  net: Mlp,
  data: TaskData,
  indices: number[],
  mode: 'train' | 'inference',
): Float64Array {
  const ws = createWorkspace(net.layout, indices.length);
  const g = new Float64Array(net.params.length);
  for (let k = 0; k < g.length; k++) {
    const old = net.params[k]!;
    const h = 1e-6 * Math.max(1, Math.abs(old));
    net.params[k] = old + h;
    const up = mlpLoss(net, data, indices, ws, { mode });
    net.params[k] = old - h;
    const down = mlpLoss(net, data, indices, ws, { mode });
    net.params[k] = old;
    g[k] = (up - down) / (2 * h);
  }
  return g;
}

describe('the MLP', () => {
  it('lays out 2 → hidden → 1 with γ and β per normalized unit (about a thousand parameters for 28, 28)', () => {
    const plain = mlpLayout({ hidden: [28, 28], normalization: 'none' });
    const bn = mlpLayout({ hidden: [28, 28], normalization: 'batch' });
    expect(plain.size).toBe(2 * 28 + 28 + 28 * 28 + 28 + 28 + 1);
    expect(bn.size - plain.size).toBe(4 * 28);
    expect(bn.runningSize).toBe(4 * 28);
  });

  it('backpropagation agrees with finite differences: no normalization, batch norm, layer norm, in both modes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NETWORK_TASKS),
        fc.array(fc.integer({ min: 4, max: 9 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...NORMALIZATIONS),
        fc.constantFrom('train', 'inference' as const),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (task, hidden, normalization, mode, batch, seed) => {
          const data = taskData(task, seed, 40);
          const rng = createRng(seed);
          const net = createMlp({ hidden, normalization }, rng);
          // Move off the initial γ = 1, β = 0 and running (0, 1) so every path carries gradient.
          for (let k = 0; k < net.params.length; k++) net.params[k]! += 0.1 * rng.normal();
          for (let k = 0; k < net.running.length; k += 2) {
            net.running[k] = rng.normal();
            net.running[k + 1] = 0.5 + rng.next();
          }
          if (task === 'penguins') {
            // Raw grams saturate tanh everywhere without batch norm; scale inputs for a fair check.
            for (let k = 0; k < data.x.length; k += 2) data.x[k + 1]! /= 1000;
          }
          const indices = Array.from({ length: batch }, (_, i) => (i * 7 + seed) % data.n);
          const grad = new Float64Array(net.params.length);
          mlpLoss(net, data, indices, createWorkspace(net.layout, batch), { mode, gradient: grad });
          const numeric = numericGradient(net, data, indices, mode);
          const scale = Math.max(1e-3, ...Array.from(numeric, Math.abs));
          for (let k = 0; k < grad.length; k++)
            expect(Math.abs(grad[k]! - numeric[k]!) / scale).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('batch norm makes the hidden layer’s batch outputs have mean β and spread γ (before tanh)', () => {
    const data = taskData('penguins');
    const net = createMlp({ hidden: [8], normalization: 'batch' }, createRng(3));
    const ws = createWorkspace(net.layout, data.n);
    mlpLoss(net, data, null, ws, { mode: 'train' });
    const zhat = ws.zhat[0]!;
    for (let j = 0; j < 8; j++) {
      let mean = 0;
      let sq = 0;
      for (let s = 0; s < data.n; s++) mean += zhat[s * 8 + j]! / data.n;
      for (let s = 0; s < data.n; s++) sq += (zhat[s * 8 + j]! - mean) ** 2 / data.n;
      expect(mean).toBeCloseTo(0, 9);
      expect(Math.sqrt(sq)).toBeCloseTo(1, 4);
    }
  });

  it('a batch of one gives finite loss and gradient', () => {
    const data = taskData('spiral');
    const net = createMlp({ hidden: [8, 8], normalization: 'batch' }, createRng(1));
    const grad = new Float64Array(net.params.length);
    const loss = mlpLoss(net, data, [5], createWorkspace(net.layout, 1), {
      mode: 'train',
      gradient: grad,
    });
    expect(Number.isFinite(loss)).toBe(true);
    expect(grad.every(Number.isFinite)).toBe(true);
  });
});

describe('the tabulated tanh', () => {
  it('is within 1e-10 of Math.tanh everywhere, with slope 1 − tanh² (so backpropagation stays consistent)', () => {
    let error = 0;
    let slope = 0;
    for (let x = -25; x < 25; x += 7.3e-4) {
      error = Math.max(error, Math.abs(fastTanh(x) - Math.tanh(x)));
      const d = (fastTanh(x + 1e-6) - fastTanh(x - 1e-6)) / 2e-6;
      slope = Math.max(slope, Math.abs(d - (1 - fastTanh(x) ** 2)));
    }
    expect(error).toBeLessThan(1e-10);
    expect(slope).toBeLessThan(1e-7);
    expect(fastTanh(0)).toBe(0);
    expect(fastTanh(1e9)).toBe(1);
    expect(fastTanh(-1e9)).toBe(-1);
  });
});

describe('tasks', () => {
  it('are seeded, balanced binary classifications, or the penguins regression in raw units', () => {
    for (const task of ['spiral', 'moons', 'circles', 'xor'] as const) {
      const a = taskData(task, 4);
      expect(a.x).toEqual(taskData(task, 4).x);
      const ones = a.y.reduce((s, v) => s + v, 0);
      expect(ones / a.n).toBeGreaterThan(0.35);
      expect(ones / a.n).toBeLessThan(0.65);
      expect(a.x.every(Number.isFinite)).toBe(true);
    }
    const p = taskData('penguins');
    expect(p.n).toBe(342);
    expect(p.kind).toBe('regression');
    expect(Math.max(...p.x.filter((_, k) => k % 2 === 1))).toBeGreaterThan(6000);
  });
});
