import { describe, expect, it } from 'vitest';
import {
  batchSizeEffect,
  createMlp,
  createRng,
  createSliceScratch,
  createWorkspace,
  filterNormalizedDirection,
  inputDrift,
  logSpace,
  lossSlicePoints,
  stableRateBracket,
  subgrid,
  trainAndRecord,
  trainMlp,
} from '../../../src/index.ts';
import { lossSlice } from '../../../src/network/landscape.ts';
import { mlpLoss } from '../../../src/network/mlp-loss.ts';
import { quantile, unitInputPercentiles } from '../../../src/network/lab.ts';
import { taskData } from '../../../src/network/tasks.ts';
import { NETWORK_PRESETS } from '../../../src/network/presets.ts';

describe('layer normalization', () => {
  const data = taskData('moons', 3, 40);
  const net = createMlp({ hidden: [6, 5], normalization: 'layer' }, createRng(3));

  it('normalizes each example over the layer’s units (mean 0, sd 1), with no running averages', () => {
    expect(net.running.length).toBe(0);
    const ws = createWorkspace(net.layout, data.n);
    mlpLoss(net, data, null, ws, { mode: 'train' });
    for (const l of [0, 1]) {
      const o = net.layout.layers[l]!.outputs;
      for (let s = 0; s < data.n; s++) {
        const row = Array.from(ws.zhat[l]!.subarray(s * o, s * o + o));
        const mean = row.reduce((a, b) => a + b, 0) / o;
        const sd = Math.sqrt(row.reduce((a, b) => a + (b - mean) ** 2, 0) / o);
        expect(mean).toBeCloseTo(0, 9);
        expect(sd).toBeCloseTo(1, 3); // ε = 1e-5 shrinks it a little
      }
    }
  });

  it('is the same in training and inference, and one example’s loss ignores the rest of its batch (batch norm’s does not)', () => {
    const ws = createWorkspace(net.layout, 8);
    const batch = [0, 1, 2, 3, 4, 5, 6, 7];
    expect(mlpLoss(net, data, batch, ws, { mode: 'train' })).toBe(
      mlpLoss(net, data, batch, ws, { mode: 'inference' }),
    );
    const first = (indices: number[], n: typeof net) => {
      const w = createWorkspace(n.layout, indices.length);
      mlpLoss(n, data, indices, w, { mode: 'train' });
      return w.a[n.layout.layers.length - 1]![0]!;
    };
    expect(first([0, 1, 2, 3], net)).toBe(first([0, 9, 17, 30], net));
    const bn = createMlp({ hidden: [6, 5], normalization: 'batch' }, createRng(3));
    expect(first([0, 1, 2, 3], bn)).not.toBeCloseTo(first([0, 9, 17, 30], bn), 6);
  });
});

describe('a hidden unit’s input over training (internal covariate shift, Ioffe & Szegedy Fig. 1)', () => {
  it('percentiles are quantiles of the tanh’s input; with batch norm its whole-data spread is γ, its median near β', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.15)).toBeCloseTo(1.5, 12);
    const data = taskData('circles', 1);
    const net = createMlp({ hidden: [8, 8], normalization: 'batch' }, createRng(1));
    const L = net.layout.layers[1]!;
    net.params[L.gamma] = 2;
    net.params[L.beta] = 0.5;
    const p = unitInputPercentiles(
      net,
      data,
      createWorkspace(net.layout, data.n),
      new Float64Array(data.n),
    );
    expect(p.p15).toBeLessThan(p.p50);
    expect(p.p50).toBeLessThan(p.p85);
    expect(Math.abs(p.p50 - 0.5)).toBeLessThan(2);
    expect((p.p85 - p.p15) / 2).toBeGreaterThan(1); // about one σ each side: γ = 2
    expect((p.p85 - p.p15) / 2).toBeLessThan(3);
  });

  it('with batch norm the unit’s input stays put in the "helps" preset (its 15–85 % band near 2γ ≈ 2, its median within 1)', () => {
    const s = NETWORK_PRESETS[0]!.setting;
    for (const seed of [1, 3]) {
      const r = trainAndRecord({
        net: createMlp(
          { hidden: Array(s.layers).fill(s.width), normalization: 'batch' },
          createRng(seed),
        ),
        data: taskData(s.task, seed),
        learningRate: s.learningRate,
        steps: s.steps,
        batchSize: 32,
        seed,
        probe: [0, 1],
      });
      const d = inputDrift(r.unitInput);
      expect(d.medianDrift).toBeLessThan(1);
      for (const band of [d.bandStart, d.bandEnd]) {
        expect(band).toBeGreaterThan(1.5);
        expect(band).toBeLessThan(3);
      }
    }
  }, 30_000);

  it('drift summary: largest move of the median, band width at start and end', () => {
    expect(
      inputDrift([
        { step: 0, p15: -1, p50: 0, p85: 1 },
        { step: 10, p15: 1, p50: 3, p85: 4 },
        { step: 20, p15: 0, p50: 1, p85: 3 },
      ]),
    ).toEqual({ medianDrift: 3, bandStart: 2, bandEnd: 3 });
  });
});

describe('the largest stable learning rate, with its grid', () => {
  it('brackets the edge between two neighbouring grid rates, stable below and unstable at the next', () => {
    const data = taskData('moons', 1);
    const config = {
      net: createMlp({ hidden: [8], normalization: 'none' as const }, createRng(1)),
      data,
      batchSize: 32,
      steps: 100,
      seed: 1,
    };
    const rates = logSpace(0.1, 1000, 17);
    const b = stableRateBracket(config, rates);
    expect(b.largest).not.toBeNull();
    expect(b.firstUnstable).not.toBeNull();
    expect(rates.indexOf(b.firstUnstable!)).toBe(rates.indexOf(b.largest!) + 1);
    const at = (learningRate: number) =>
      trainMlp({ ...config, optimizer: 'gd', params: { learningRate } });
    const unstable = at(b.firstUnstable!);
    expect(unstable.diverged || unstable.losses.at(-1)! >= unstable.losses[0]!).toBe(true);
    expect(stableRateBracket(config, [0.01, 0.1])).toMatchObject({
      largest: 0.1,
      firstUnstable: null,
    });
  });
});

describe('the batch-size effect', () => {
  const data = taskData('moons', 4);
  const trained = (normalization: 'batch' | 'layer') =>
    trainMlp({
      net: createMlp({ hidden: [8, 8], normalization }, createRng(4)),
      data,
      optimizer: 'gd',
      params: { learningRate: 0.5 },
      batchSize: 32,
      steps: 200,
      seed: 4,
    }).net;

  it('μ_B scatters about σ/√m around the whole data’s mean, and the train/inference gap shrinks as the batch grows', () => {
    const rows = batchSizeEffect(trained('batch'), data, [2, 8, 64], 1, 200);
    for (const r of rows) {
      const expected =
        (r.wholeSd / Math.sqrt(r.batchSize)) * Math.sqrt((data.n - r.batchSize) / (data.n - 1));
      expect(r.meanSpread / expected).toBeGreaterThan(0.8);
      expect(r.meanSpread / expected).toBeLessThan(1.2);
    }
    const gap = (r: (typeof rows)[number]) => Math.abs(r.trainLoss - r.inferenceLoss);
    expect(gap(rows[0]!)).toBeGreaterThan(gap(rows[2]!));
  });

  it('layer norm has no gap at any batch size', () => {
    for (const r of batchSizeEffect(trained('layer'), data, [2, 8, 64], 1, 20))
      expect(r.trainLoss).toBeCloseTo(r.inferenceLoss, 12);
  });
});

describe('loss slices computed in parts', () => {
  it('a coarse pass (every 5th point) then the rest, in row bands, equals the whole slice', () => {
    const data = taskData('spiral', 1, 60);
    const net = createMlp({ hidden: [6, 6], normalization: 'batch' }, createRng(2));
    const rng = createRng(3);
    const d1 = filterNormalizedDirection(net, rng);
    const d2 = filterNormalizedDirection(net, rng);
    const whole = lossSlice(net, data, d1, d2, 11, 0.8);
    const parts = new Float32Array(121);
    const scratch = createSliceScratch(net, data);
    lossSlicePoints(net, data, d1, d2, 11, 0.8, parts, { stride: 5 }, scratch);
    expect(subgrid(parts, 11, 5)).toEqual(subgrid(whole, 11, 5));
    lossSlicePoints(net, data, d1, d2, 11, 0.8, parts, { rowEnd: 4, skipStride: 5 }, scratch);
    lossSlicePoints(net, data, d1, d2, 11, 0.8, parts, { rowStart: 4, skipStride: 5 }, scratch);
    expect(parts).toEqual(whole);
    expect(subgrid(whole, 11, 5)).toHaveLength(9);
  });
});
