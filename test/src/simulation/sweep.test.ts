import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  createSurface,
  curvature,
  DEFAULT_EXPERIMENT,
  logSpace,
  simulationConfig,
  sweepLearningRates,
} from '../../../src/index.ts';
import { edgeOfStability } from '../../../src/simulation/sweep.ts';
import { hessianFromEigen, quadraticSurface } from '../../../src/surfaces/quadratic.ts';

describe('learning-rate sweep', () => {
  it('log-spaces the rates', () => {
    const r = logSpace(1e-3, 10, 5);
    expect(r).toHaveLength(5);
    r.forEach((x, k) => expect(Math.log10(x)).toBeCloseTo(-3 + k, 12));
  });

  it('on quadratic surfaces its edge of stability agrees with 2/λ_max to within one sweep step', () => {
    const surfaces = [
      createSurface('bowl'),
      createSurface('valley', { conditionNumber: 50 }),
      createSurface('rotated-valley', { conditionNumber: 400, angleDegrees: 20 }),
      quadraticSurface({
        id: 'q',
        name: { en: '', 'zh-TW': '' },
        description: { en: '', 'zh-TW': '' },
        hessian: hessianFromEigen(37, 0.3, 1.1),
        center: [1, -1],
        domain: { w1: [-3, 3], w2: [-3, 3] },
        start: [-2, 2],
      }),
      buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'lecture' }).surface,
      buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'penguins', scaling: 'standardize' }).surface,
    ];
    for (const surface of surfaces) {
      const limit = curvature(surface).stabilityLimit!;
      const rates = logSpace(limit / 1000, limit * 10, 60);
      const ratio = rates[1]! / rates[0]!;
      const points = sweepLearningRates({ surface, optimizer: 'gd', steps: 2000 }, rates);
      const edge = edgeOfStability(points)!;
      expect(edge).toBeGreaterThanOrEqual(limit);
      expect(edge / limit).toBeLessThanOrEqual(ratio);
      // Below the edge nothing diverges; at and above it everything does.
      for (const p of points) expect(p.status === 'diverged').toBe(p.learningRate >= edge);
    }
  });

  it('on the raw lecture valley small rates crawl while standardized data converges over a wide range', () => {
    const steps = 2000;
    const converged = (scaling: 'none' | 'standardize') => {
      const e = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, scaling };
      const p = buildProblem(e);
      const points = sweepLearningRates(simulationConfig(e, p, steps), logSpace(1e-4, 10, 40));
      return points.filter((x) => x.status === 'converged').length;
    };
    expect(converged('none')).toBe(0);
    expect(converged('standardize')).toBeGreaterThan(8);
  });

  it('with batch normalization, rates below the limit settle in mini-batch noise (said as such, with the step), rates far above diverge', () => {
    const e = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, batchNorm: true };
    const p = buildProblem(e);
    const rates = logSpace(p.stabilityLimit * 1e-2, p.stabilityLimit * 10, 12);
    const points = sweepLearningRates(simulationConfig(e, p, 2000), rates);
    const below = points.filter((x) => x.learningRate < 0.9 * p.stabilityLimit);
    expect(below.length).toBeGreaterThan(4);
    for (const x of below) {
      // Never the 10⁻⁶ test (mini-batch noise), but settled: its steps are when it settled.
      expect(x.status).toBe('incomplete');
      expect(x.settledAt).not.toBeNull();
      expect(x.steps).toBe(x.settledAt);
      expect(x.finalGap).toBeGreaterThan(0);
    }
    const far = points.filter((x) => x.learningRate > 3 * p.stabilityLimit);
    for (const x of far) expect(x.status).toBe('diverged');
    // Plain gradient descent on the whole data is never "settled": it converges or not.
    const plainE = { ...e, batchNorm: false, scaling: 'standardize' as const };
    const plain = sweepLearningRates(
      simulationConfig(plainE, buildProblem(plainE), 2000),
      rates.slice(0, 3),
    );
    for (const x of plain) expect(x.settledAt).toBeNull();
  });

  it('reports progress after each rate', () => {
    const calls: number[] = [];
    sweepLearningRates(
      { surface: createSurface('bowl'), optimizer: 'gd', steps: 10 },
      [0.1, 0.2, 0.3],
      (done) => calls.push(done),
    );
    expect(calls).toEqual([1, 2, 3]);
  });
});
