import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  lectureDataset,
  meanAndStd,
  miniBatchSurface,
  curvature,
  dataSurface,
} from '../../../src/index.ts';
import {
  batchNormalize,
  batchStats,
  updateRunningStats,
} from '../../../src/batchnorm/batch-norm.ts';
import {
  createBatchNormLayer,
  DEFAULT_BATCH_NORM,
} from '../../../src/batchnorm/batch-norm-layer.ts';
import { createMiniBatchSampler } from '../../../src/batchnorm/mini-batch.ts';

describe('batch normalization of one feature', () => {
  it('output over the batch has mean β and standard deviation γ·sqrt(σ_B²/(σ_B²+ε))', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 64 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 1e-8, max: 1, noNaN: true }),
        (values, gamma, beta, epsilon) => {
          const indices = values.map((_, i) => i);
          const out = new Float64Array(values.length);
          const stats = batchNormalize(values, indices, gamma, beta, epsilon, out);
          const { mean, std } = meanAndStd(out);
          const scale = Math.max(1, Math.abs(beta), gamma);
          expect(Math.abs(mean - beta) / scale).toBeLessThan(1e-9);
          const expectedStd = gamma * Math.sqrt(stats.variance / (stats.variance + epsilon));
          expect(Math.abs(std - expectedStd) / scale).toBeLessThan(1e-7);
          expect(out.every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a batch of one gives σ_B = 0, x̂ = 0 and output β: finite, never NaN', () => {
    const out = new Float64Array(1);
    const stats = batchNormalize([42], [0], 2, 0.5, 1e-5, out);
    expect(stats.variance).toBe(0);
    expect(out[0]).toBe(0.5);
  });

  it('running averages move toward the batch statistics by the momentum', () => {
    const running = { mean: 0, variance: 1 };
    updateRunningStats(running, { mean: 10, variance: 4, size: 5 }, 0.1);
    expect(running.mean).toBeCloseTo(1, 12);
    // Unbiased variance 4·5/4 = 5 enters the average.
    expect(running.variance).toBeCloseTo(0.9 + 0.5, 12);
  });
});

describe('mini-batches', () => {
  it('draws distinct indices in range, the same ones for the same seed', () => {
    const a = createMiniBatchSampler(50);
    const b = createMiniBatchSampler(50);
    const ra = createRng(3);
    const rb = createRng(3);
    for (let k = 0; k < 20; k++) {
      const x = Array.from(a.sample(ra, 16));
      const y = Array.from(b.sample(rb, 16));
      expect(x).toEqual(y);
      expect(new Set(x).size).toBe(16);
      expect(x.every((i) => i >= 0 && i < 50)).toBe(true);
    }
    expect(a.sample(ra, 0)).toHaveLength(1);
    expect(a.sample(ra, 1000)).toHaveLength(50);
  });
});

describe('a batch-normalization layer over the lecture data', () => {
  it('in training mode uses the batch’s own statistics, so its features have mean β and variance ≈ γ²', () => {
    const data = lectureDataset();
    const layer = createBatchNormLayer(data, { ...DEFAULT_BATCH_NORM, gamma: [2, 0.5] });
    const indices = createMiniBatchSampler(data.y.length).sample(createRng(1), 16);
    const { raw, normalized } = layer.normalize(indices);
    expect(raw.meanX[0]).toBeCloseTo(batchStats(data.x1, indices).mean, 12);
    expect(normalized.sxx.a).toBeCloseTo(4, 3);
    expect(normalized.sxx.c).toBeCloseTo(0.25, 3);
    expect(normalized.meanX[0]).toBeCloseTo(0, 9);
  });

  it('its running averages approach the whole data’s mean and variance', () => {
    const data = lectureDataset();
    const layer = createBatchNormLayer(data);
    const sampler = createMiniBatchSampler(data.y.length);
    const rng = createRng(2);
    for (let k = 0; k < 400; k++) layer.normalize(sampler.sample(rng, 32));
    const whole = meanAndStd(data.x2);
    expect(layer.running[1].mean / whole.mean).toBeCloseTo(1, 1);
    expect(Math.sqrt(layer.running[1].variance) / whole.std).toBeCloseTo(1, 1);
  });

  it('in inference mode uses the running statistics and leaves them alone', () => {
    const data = lectureDataset();
    const layer = createBatchNormLayer(data, { ...DEFAULT_BATCH_NORM, mode: 'inference' });
    const before = structuredClone(layer.running);
    const { normalized, raw } = layer.normalize([0, 1, 2, 3]);
    expect(layer.running).toEqual(before);
    // Running variance 1, mean 0: the features pass through (almost) unscaled.
    expect(normalized.sxx.c).toBeCloseTo(raw.sxx.c / (1 + DEFAULT_BATCH_NORM.epsilon), 6);
  });

  it('batch size 1 gives a flat but finite mini-batch surface', () => {
    const data = lectureDataset();
    const layer = createBatchNormLayer(data);
    const { normalized } = layer.normalize([7]);
    const s = miniBatchSurface(normalized, data);
    const g = s.gradient(1, 2, new Float64Array(2));
    expect([s.value(1, 2), g[0], g[1]].every(Number.isFinite)).toBe(true);
    const c = curvature(s);
    expect(c.conditionNumber).toBeNull();
    expect(Object.values(s.domain).flat().every(Number.isFinite)).toBe(true);
  });

  it('turns the raw lecture valley into a near-round mini-batch bowl that changes from batch to batch', () => {
    const data = lectureDataset();
    const layer = createBatchNormLayer(data);
    const sampler = createMiniBatchSampler(data.y.length);
    const rng = createRng(4);
    const raw = curvature(dataSurface(data, 'none').surface).conditionNumber!;
    const kappas: number[] = [];
    const minima: number[] = [];
    for (let k = 0; k < 10; k++) {
      const s = miniBatchSurface(layer.normalize(sampler.sample(rng, 16)).normalized, data);
      kappas.push(curvature(s).conditionNumber!);
      minima.push(s.minima[0]!.w[0]);
    }
    expect(Math.max(...kappas)).toBeLessThan(raw / 100);
    expect(new Set(minima.map((m) => m.toFixed(6))).size).toBe(10);
  });
});
