import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  curvature,
  dataSurface,
  DEFAULT_OPTIMIZER_PARAMS,
  FEATURE_SCALINGS,
  gradientDescentStep,
  initOptimizerState,
  lectureDataset,
  mapWeights,
  meanAndStd,
  penguinsDataset,
} from '../../../src/index.ts';
import {
  featureCovariance,
  featureTransform,
  scaleFeatures,
} from '../../../src/datasets/feature-scaling.ts';
import { regressionStats } from '../../../src/datasets/regression-stats.ts';
import type { Dataset } from '../../../src/datasets/dataset.ts';

/** n examples of two features with correlation about ρ, on scales s1 and s2. */
function correlatedData(seed: number, n: number, rho: number, s1: number, s2: number): Dataset {
  const rng = createRng(seed);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.normal();
    const b = rho * a + Math.sqrt(1 - rho * rho) * rng.normal();
    x1[i] = 5 + s1 * a;
    x2[i] = -3 + s2 * b;
    y[i] = 2 * a - b + 0.1 * rng.normal();
  }
  const t = { en: 't', 'zh-TW': 't' };
  return {
    id: 'c',
    name: t,
    description: t,
    source: t,
    featureNames: [t, t],
    targetName: t,
    x1,
    x2,
    y,
  };
}

describe('feature scaling', () => {
  it('standardizing gives every feature mean 0 and variance 1; min-max maps it onto [0, 1]', () => {
    for (const data of [lectureDataset(3), penguinsDataset()]) {
      const z = scaleFeatures(data, 'standardize');
      for (const x of [z.x1, z.x2]) {
        const { mean, std } = meanAndStd(x);
        expect(mean).toBeCloseTo(0, 10);
        expect(std).toBeCloseTo(1, 10);
      }
      const m = scaleFeatures(data, 'min-max');
      for (const x of [m.x1, m.x2]) {
        expect(Math.min(...x)).toBeCloseTo(0, 12);
        expect(Math.max(...x)).toBeCloseTo(1, 12);
      }
      expect(scaleFeatures(data, 'none').x2).toEqual(data.x2);
    }
  });

  it('a constant feature does not divide by zero', () => {
    const data = correlatedData(1, 20, 0, 1, 1);
    data.x1.fill(4);
    for (const scaling of ['standardize', 'min-max'] as const) {
      const scaled = scaleFeatures(data, scaling);
      expect(Array.from(scaled.x1).every(Number.isFinite)).toBe(true);
    }
  });

  it('the Hessian of standardized two-feature data has κ = (1+|ρ|)/(1−|ρ|): scaling fixes scale, not correlation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: -0.95, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (seed, rho, s1, s2) => {
          const data = correlatedData(seed, 200, rho, s1, s2);
          const z = dataSurface(data, 'standardize');
          const sample = z.stats.sxx.b; // correlation of the standardized features
          const kappa = curvature(z.surface).conditionNumber!;
          expect(kappa).toBeCloseTo((1 + Math.abs(sample)) / (1 - Math.abs(sample)), 6);
          // And the Hessian in w is 2·Cov(x): 2 on the diagonal for standardized features.
          const h = z.surface.hessian!(0, 0);
          expect(h.a).toBeCloseTo(2, 10);
          expect(h.c).toBeCloseTo(2, 10);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('maps weights between scalings so that the model makes the same predictions', () => {
    const data = penguinsDataset();
    fc.assert(
      fc.property(
        fc.constantFrom(...FEATURE_SCALINGS),
        fc.constantFrom(...FEATURE_SCALINGS),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (from, to, a, b) => {
          const A = dataSurface(data, from);
          const B = dataSurface(data, to);
          const w = mapWeights([a, b], A.transform, B.transform);
          // Same predictions ⇔ same loss (the intercept adapts), so both surfaces agree.
          const la = A.surface.value(a, b);
          expect(B.surface.value(w[0], w[1])).toBeCloseTo(
            la,
            Math.max(0, 6 - Math.ceil(Math.log10(1 + la))),
          );
          const back = mapWeights(w, B.transform, A.transform);
          expect(back[0]).toBeCloseTo(a, 9);
          expect(back[1]).toBeCloseTo(b, 9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('standardizing makes the lecture valley and the penguins valley nearly round', () => {
    for (const data of [lectureDataset(), penguinsDataset()]) {
      const raw = curvature(dataSurface(data, 'none').surface).conditionNumber!;
      const z = curvature(dataSurface(data, 'standardize').surface).conditionNumber!;
      expect(raw).toBeGreaterThan(1000);
      expect(z).toBeLessThan(3);
      const stats = regressionStats(data.x1, data.x2, data.y);
      const rho = stats.sxx.b / Math.sqrt(stats.sxx.a * stats.sxx.c);
      expect(z).toBeCloseTo((1 + Math.abs(rho)) / (1 - Math.abs(rho)), 8);
    }
  });

  it('uses whole-data statistics', () => {
    const data = lectureDataset(5);
    const t = featureTransform(data, 'standardize');
    expect(t.shift[0]).toBeCloseTo(meanAndStd(data.x1).mean, 12);
    expect(t.scale[1]).toBeCloseTo(meanAndStd(data.x2).std, 12);
  });
});

describe('whitening (docs/domain.md §2b)', () => {
  it('decorrelates to unit variance: Cov(x̃) = I, so the Hessian is 2·I and κ = 1 exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: -0.99, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 1e5, noNaN: true }),
        (seed, rho, s1, s2) => {
          const data = correlatedData(seed, 100, rho, s1, s2);
          const w = scaleFeatures(data, 'whiten');
          const { mean, cov } = featureCovariance(w.x1, w.x2);
          expect(mean[0]).toBeCloseTo(0, 8);
          expect(mean[1]).toBeCloseTo(0, 8);
          expect(cov.a).toBeCloseTo(1, 8);
          expect(cov.b).toBeCloseTo(0, 8);
          expect(cov.c).toBeCloseTo(1, 8);
          const c = curvature(dataSurface(data, 'whiten').surface);
          expect(c.eigenvalues[0]).toBeCloseTo(2, 7);
          expect(c.eigenvalues[1]).toBeCloseTo(2, 7);
          expect(c.conditionNumber).toBeCloseTo(1, 7);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('plain gradient descent at η = 0.5 reaches the minimum in one step on whitened features', () => {
    for (const data of [lectureDataset(), penguinsDataset()]) {
      const { surface } = dataSurface(data, 'whiten');
      const state = initOptimizerState([3, -7]);
      const g = surface.gradient(3, -7, new Float64Array(2));
      gradientDescentStep(state, g, { ...DEFAULT_OPTIMIZER_PARAMS, learningRate: 0.5 });
      const best = surface.minima[0]!.w;
      expect(state.w[0]).toBeCloseTo(best[0], 6);
      expect(state.w[1]).toBeCloseTo(best[1], 6);
    }
  });

  it('penguins: standardized κ = (1+|ρ|)/(1−|ρ|) ≈ 2.77 from ρ ≈ −0.47; whitened κ = 1', () => {
    const data = penguinsDataset();
    const stats = regressionStats(data.x1, data.x2, data.y);
    const rho = stats.sxx.b / Math.sqrt(stats.sxx.a * stats.sxx.c);
    expect(rho).toBeCloseTo(-0.472, 3);
    const z = curvature(dataSurface(data, 'standardize').surface).conditionNumber!;
    expect(z).toBeCloseTo((1 + Math.abs(rho)) / (1 - Math.abs(rho)), 8);
    expect(z).toBeCloseTo(2.79, 1);
    expect(curvature(dataSurface(data, 'whiten').surface).conditionNumber).toBeCloseTo(1, 8);
  });

  it('keeps the same model: the whitened loss at the mapped weights is the raw loss', () => {
    const data = penguinsDataset();
    const raw = dataSurface(data, 'none');
    const white = dataSurface(data, 'whiten');
    const w = [-0.8, 0.012] as const;
    const m = mapWeights(w, raw.transform, white.transform);
    expect(white.surface.value(m[0], m[1]) / raw.surface.value(w[0], w[1])).toBeCloseTo(1, 9);
    const best = mapWeights(raw.surface.minima[0]!.w, raw.transform, white.transform);
    expect(best[0]).toBeCloseTo(white.surface.minima[0]!.w[0], 6);
    expect(best[1]).toBeCloseTo(white.surface.minima[0]!.w[1], 6);
  });

  it('perfectly collinear features cannot be whitened: the flat direction stays flat (κ undefined), no NaN', () => {
    const data = correlatedData(3, 50, 0, 1, 1);
    data.x2 = data.x1.map((v) => 2 * v + 1);
    const white = dataSurface(data, 'whiten');
    expect(Array.from(white.data.x1).every(Number.isFinite)).toBe(true);
    expect(Array.from(white.data.x2).every(Number.isFinite)).toBe(true);
    expect(curvature(white.surface).conditionNumber).toBeNull();
    expect(curvature(dataSurface(data, 'standardize').surface).conditionNumber).toBeNull();
  });
});
