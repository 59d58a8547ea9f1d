import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  DEFAULT_EXPERIMENT,
  mapWeights,
  regressionLossDirect,
  simulate,
  simulationConfig,
  OPTIMIZER_IDS,
} from '../../../src/index.ts';
import { SURFACE_IDS } from '../../../src/experiment/experiment.ts';

describe('buildProblem', () => {
  it('gives every surface and optimizer a finite learning-rate range around its stability limit', () => {
    for (const surface of SURFACE_IDS) {
      for (const optimizer of OPTIMIZER_IDS) {
        const p = buildProblem({ ...DEFAULT_EXPERIMENT, surface, optimizer });
        const [lo, hi] = p.learningRateRange;
        expect(lo).toBeGreaterThan(0);
        expect(hi / lo).toBeCloseTo(1e5, 6);
        expect(p.defaultLearningRate).toBeGreaterThan(lo);
        expect(p.defaultLearningRate).toBeLessThan(hi);
        if (optimizer === 'gd') expect(hi).toBeCloseTo(10 * p.stabilityLimit, 12);
      }
    }
  });

  it('raw lecture features force a learning rate 100s of times smaller than standardized ones', () => {
    const raw = buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'lecture', scaling: 'none' });
    const z = buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'lecture', scaling: 'standardize' });
    expect(z.stabilityLimit / raw.stabilityLimit).toBeGreaterThan(100);
    expect(raw.curvature.conditionNumber! / z.curvature.conditionNumber!).toBeGreaterThan(1000);
  });

  it('the weight transform maps a point to the same model under scaling and batch norm', () => {
    const raw = buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'penguins', scaling: 'none' });
    for (const variant of [
      { scaling: 'standardize' as const },
      { scaling: 'min-max' as const },
      { scaling: 'whiten' as const },
      { scaling: 'none' as const, batchNorm: true },
      { scaling: 'whiten' as const, batchNorm: true },
    ]) {
      const p = buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'penguins', ...variant });
      const w = [-0.8, 0.012] as const;
      const mapped = mapWeights(w, raw.transform!, p.transform!);
      const d = raw.data!.data;
      // Same predictions up to batch norm's ε: compare losses on the raw data.
      const back = mapWeights(mapped, p.transform!, raw.transform!);
      expect(regressionLossDirect(d.x1, d.x2, d.y, back[0], back[1])).toBeCloseTo(
        regressionLossDirect(d.x1, d.x2, d.y, w[0], w[1]),
        6,
      );
      expect(p.surface.value(mapped[0], mapped[1]) / raw.surface.value(w[0], w[1])).toBeCloseTo(
        1,
        3,
      );
    }
  });

  it('uses mini-batches for SGD and batch norm on data, never for formula surfaces', () => {
    expect(buildProblem({ ...DEFAULT_EXPERIMENT, optimizer: 'sgd' }).batch?.size).toBe(16);
    expect(buildProblem({ ...DEFAULT_EXPERIMENT, batchNorm: true }).batch?.batchNorm).toBeTruthy();
    expect(
      buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'bowl', batchNorm: true }).batch,
    ).toBeUndefined();
    expect(buildProblem({ ...DEFAULT_EXPERIMENT }).batch).toBeUndefined();
  });

  it('the default experiment runs and its loss falls', () => {
    const p = buildProblem(DEFAULT_EXPERIMENT);
    const r = simulate(simulationConfig(DEFAULT_EXPERIMENT, p, 200));
    expect(r.losses[r.steps]!).toBeLessThan(r.losses[0]!);
  });
});
