import { describe, expect, it } from 'vitest';
import {
  batchSizeEffect,
  createMlp,
  createRng,
  createSliceScratch,
  createWorkspace,
  filterNormalizedDirection,
  guessLoss,
  inputDrift,
  isStuck,
  logSpace,
  lossSlicePoints,
  stableRateBracket,
  subgrid,
  trainAndRecord,
  trainedRun,
  trainMlp,
  TRAINS_BELOW,
} from '../../../src/index.ts';
import { outputLoss } from '../../../src/network/output-loss.ts';
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
  it('brackets the edge between two neighbouring grid rates: every rate from the first that trained up to it trains (ends below half its first loss, never diverges), the next does not', () => {
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
    for (const rate of rates.slice(rates.indexOf(b.smallest!), rates.indexOf(b.largest!) + 1)) {
      const r = at(rate);
      expect(r.diverged).toBe(false);
      expect(r.losses.at(-1)!).toBeLessThan(TRAINS_BELOW * r.losses[0]!);
    }
    const unstable = at(b.firstUnstable!);
    expect(trainedRun(unstable.losses, unstable.diverged)).toBe(false);
    // The rates below the first that trained were too slow: their loss went down, not by half.
    for (const rate of rates.slice(0, rates.indexOf(b.smallest!))) {
      const r = at(rate);
      expect(r.diverged || trainedRun(r.losses, r.diverged)).toBe(false);
      expect(r.losses.at(-1)!).toBeLessThan(r.losses[0]!);
    }
    expect(stableRateBracket(config, [b.largest!])).toMatchObject({
      largest: b.largest,
      smallest: b.largest,
      firstUnstable: null,
    });
  });

  it('a loss that merely went down is not stable: layer norm in "where batch norm helps" ends near ln 2 at rates 0.56 to 3.2, above its largest stable rate', () => {
    const s = NETWORK_PRESETS.find((p) => p.id === 'helps')!.setting;
    const data = taskData(s.task, 1);
    const config = {
      net: createMlp(
        { hidden: Array(s.layers).fill(s.width), normalization: 'layer' },
        createRng(1),
      ),
      data,
      batchSize: 32,
      steps: s.steps,
      seed: 1,
    };
    const rates = logSpace(0.1, 100, 13);
    const b = stableRateBracket(config, rates);
    let belowFirst = 0;
    for (const rate of rates.filter((r) => r > 0.5 && r < 3.5)) {
      const r = trainMlp({ ...config, optimizer: 'gd', params: { learningRate: rate } });
      if (r.losses.at(-1)! < r.losses[0]!) belowFirst++;
      expect(trainedRun(r.losses, r.diverged)).toBe(false);
      expect(b.largest!).toBeLessThan(rate);
    }
    // The old rule (a final loss below the first) called some of them stable.
    expect(belowFirst).toBeGreaterThan(0);
  }, 30_000);
});

describe('a stuck network', () => {
  it('the best constant guess: the loss of predicting the class share everywhere (ln 2 for balanced classes), the variance of a regression target', () => {
    const data = taskData('circles', 2);
    let p = 0;
    for (const y of data.y) p += y / data.n;
    const logit = Math.log(p / (1 - p));
    const constant = outputLoss(new Float64Array(data.n).fill(logit), data, null, data.n, null);
    expect(guessLoss(data)).toBeCloseTo(constant, 12);
    // No constant does better.
    for (const o of [logit - 0.1, logit + 0.1])
      expect(
        outputLoss(new Float64Array(data.n).fill(o), data, null, data.n, null),
      ).toBeGreaterThan(guessLoss(data));
    const penguins = taskData('penguins');
    let mean = 0;
    for (const y of penguins.y) mean += y / penguins.n;
    const atMean = outputLoss(
      new Float64Array(penguins.n).fill(mean),
      penguins,
      null,
      penguins.n,
      null,
    );
    expect(guessLoss(penguins)).toBeCloseTo(atMean, 12);
  });

  it('is one that ends within a tenth of its start or of the guess, whichever is lower; a network that trained, or diverged, is not', () => {
    const data = taskData('moons', 1);
    const guess = guessLoss(data);
    const net = createMlp({ hidden: [8], normalization: 'none' }, createRng(1));
    const run = (learningRate: number, steps: number) =>
      trainMlp({
        net,
        data,
        optimizer: 'gd',
        params: { learningRate },
        batchSize: 32,
        steps,
        seed: 1,
      });
    const trained = run(0.5, 300);
    expect(trainedRun(trained.losses, trained.diverged)).toBe(true);
    expect(isStuck(trained.losses, trained.diverged, guess)).toBe(false);
    const barely = run(1e-4, 50);
    expect(isStuck(barely.losses, barely.diverged, guess)).toBe(true);
    // Far from its start but no better than the guess: stuck too.
    expect(isStuck([10 * guess, guess], false, guess)).toBe(true);
    expect(isStuck([10 * guess, 0.5 * guess], false, guess)).toBe(false);
    expect(isStuck(barely.losses, true, guess)).toBe(false);
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
