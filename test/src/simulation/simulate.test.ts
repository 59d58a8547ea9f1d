import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  batchNormSurface,
  createSurface,
  curvature,
  dataSurface,
  lectureDataset,
  OPTIMIZER_IDS,
  penguinsDataset,
  simulate,
} from '../../../src/index.ts';
import { DEFAULT_BATCH_NORM } from '../../../src/batchnorm/batch-norm-layer.ts';
import type { Trajectory } from '../../../src/simulation/simulate.ts';
import { allSurfaces } from '../helpers.ts';

const finite = (t: Trajectory) =>
  [t.w1, t.w2, t.losses, t.gradientNorms].every((a) => a.every(Number.isFinite)) &&
  Object.values(t.params).every(Number.isFinite);

describe('simulate', () => {
  it('standardizing the lecture data cuts the steps gradient descent needs by at least 100×, each at its best learning rate', () => {
    const data = lectureDataset();
    const steps = (scaling: 'none' | 'standardize') => {
      const { surface } = dataSurface(data, scaling);
      const learningRate = curvature(surface).bestLearningRate!;
      const r = simulate({
        surface,
        optimizer: 'gd',
        params: { learningRate },
        steps: 1_000_000,
        horizon: Infinity,
      });
      expect(r.status).toBe('converged');
      return r.steps;
    };
    const raw = steps('none');
    const standardized = steps('standardize');
    expect(raw / standardized).toBeGreaterThanOrEqual(100);
  });

  it('the same seed gives the same trajectory; another seed another one (mini-batch SGD)', () => {
    const data = penguinsDataset();
    const ds = dataSurface(data, 'standardize');
    const config = {
      surface: ds.surface,
      optimizer: 'sgd' as const,
      params: { learningRate: 0.05 },
      steps: 300,
      batch: { data: ds.data, size: 8 },
    };
    const a = simulate({ ...config, seed: 42 });
    const b = simulate({ ...config, seed: 42 });
    const c = simulate({ ...config, seed: 43 });
    expect(a.w1).toEqual(b.w1);
    expect(a.losses).toEqual(b.losses);
    expect(a.w1).not.toEqual(c.w1);
  });

  it('labels runs: diverging above the limit, oscillating at it, too slow far below, converged near the best step', () => {
    const s = createSurface('valley', { conditionNumber: 50 });
    const c = curvature(s);
    const at = (factor: number, steps = 3000) =>
      simulate({
        surface: s,
        optimizer: 'gd',
        params: { learningRate: factor * c.stabilityLimit! },
        steps,
      });
    const diverging = at(1.2);
    expect(diverging.status).toBe('diverged');
    expect(diverging.regime).toBe('diverging');
    expect(finite(diverging)).toBe(true);
    // Just below the limit the steep direction flips sign each step and hardly shrinks.
    expect(at(0.999, 200).regime).toBe('oscillating');
    expect(at(0.001, 200).regime).toBe('too-slow');
    const best = simulate({
      surface: s,
      optimizer: 'gd',
      params: { learningRate: c.bestLearningRate! },
      steps: 3000,
    });
    expect(best.status).toBe('converged');
    expect(best.regime).toBe('converged');
    expect(best.losses[best.steps]!).toBeLessThan(1e-9 * best.losses[0]!);
  });

  it('a rate above the stability limit on a data surface ends with "diverged" at the last finite point', () => {
    const { surface } = dataSurface(penguinsDataset(), 'none');
    const r = simulate({ surface, optimizer: 'gd', params: { learningRate: 1e-3 }, steps: 10_000 });
    expect(r.status).toBe('diverged');
    expect(r.steps).toBeLessThan(10_000);
    expect(finite(r)).toBe(true);
  });

  it('batch normalization lets the raw penguins data train at a rate that diverges without it', () => {
    const data = penguinsDataset();
    const raw = dataSurface(data, 'none');
    const learningRate = 0.3;
    const plain = simulate({
      surface: raw.surface,
      optimizer: 'sgd',
      params: { learningRate },
      steps: 500,
      batch: { data: raw.data, size: 32 },
    });
    expect(plain.status).toBe('diverged');
    const bnSurface = batchNormSurface(raw.data);
    const bn = simulate({
      surface: bnSurface,
      optimizer: 'sgd',
      params: { learningRate },
      steps: 500,
      batch: { data: raw.data, size: 32, batchNorm: DEFAULT_BATCH_NORM },
    });
    expect(bn.status).not.toBe('diverged');
    expect(bn.losses[bn.steps]!).toBeLessThan(1.2 * bnSurface.minima[0]!.loss);
  });

  it('a saddle point stalls gradient descent before it slides off to a minimum', () => {
    const s = createSurface('saddle');
    const r = simulate({ surface: s, optimizer: 'gd', params: { learningRate: 0.1 }, steps: 2000 });
    // Early on w1 has shrunk (pulled toward the saddle) while w2 has barely moved off the ridge.
    const t = 40;
    expect(Math.abs(r.w1[t]!)).toBeLessThan(0.05);
    expect(Math.abs(r.w2[t]!)).toBeLessThan(0.1);
    expect(r.gradientNorms[t]!).toBeLessThan(0.05 * r.gradientNorms[0]!);
    expect(r.status).toBe('converged');
    expect(Math.abs(r.w2[r.steps]!)).toBeCloseTo(1, 4);
  });
});

describe('simulate never throws and never returns NaN or Infinity', () => {
  const surfaces = allSurfaces();
  const absurd = fc.oneof(
    fc.double({ noNaN: false }),
    fc.constantFrom(0, -1, 1e-300, 1e300, Infinity, -Infinity, NaN),
    fc.double({ min: 1e-8, max: 1e4, noNaN: true }),
  );
  it('for random surfaces, optimizers, absurd learning rates and extreme start points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: surfaces.length - 1 }),
        fc.constantFrom(...OPTIMIZER_IDS),
        absurd,
        absurd,
        absurd,
        absurd,
        fc.integer({ min: 0, max: 400 }),
        fc.integer(),
        (si, optimizer, learningRate, momentum, x, y, steps, seed) => {
          const surface = surfaces[si]!;
          const t = simulate({
            surface,
            optimizer,
            params: { learningRate, momentum, beta1: momentum },
            start: [x, y],
            steps,
            seed,
          });
          expect(finite(t)).toBe(true);
          expect(t.w1.length).toBe(t.steps + 1);
          expect(['converged', 'diverged', 'incomplete']).toContain(t.status);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('with mini-batches and batch normalization of any size, including 1', () => {
    const data = lectureDataset();
    fc.assert(
      fc.property(
        fc.constantFrom('none', 'standardize', 'min-max' as const),
        fc.integer({ min: -5, max: 200 }),
        fc.boolean(),
        fc.constantFrom('train', 'inference' as const),
        absurd,
        fc.constantFrom(...OPTIMIZER_IDS),
        (scaling, size, bn, mode, learningRate, optimizer) => {
          const ds = dataSurface(data, scaling);
          const surface = bn ? batchNormSurface(ds.data) : ds.surface;
          const t = simulate({
            surface,
            optimizer,
            params: { learningRate },
            steps: 100,
            batch: {
              data: ds.data,
              size,
              batchNorm: bn ? { ...DEFAULT_BATCH_NORM, mode } : undefined,
            },
          });
          expect(finite(t)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
