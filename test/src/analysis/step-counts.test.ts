import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  createRunner,
  DEFAULT_EXPERIMENT,
  learningRatePresets,
  LEARNING_RATE_PRESETS,
  LIVE_HORIZON,
  simulationConfig,
  type Experiment,
} from '../../../src/index.ts';
import { curvature } from '../../../src/analysis/curvature.ts';
import {
  crawlThreshold,
  fewestSteps,
  stepsToConverge,
  wouldCrawl,
} from '../../../src/analysis/step-counts.ts';
import { FEATURE_SCALINGS } from '../../../src/datasets/feature-scaling.ts';
import { DATA_SURFACE_IDS } from '../../../src/experiment/experiment.ts';

/** Every data surface × scaling, and the formula quadratics: where the closed form applies. */
const SETTINGS: Partial<Experiment>[] = [
  ...DATA_SURFACE_IDS.flatMap((surface) =>
    FEATURE_SCALINGS.map((scaling) => ({ surface, scaling })),
  ),
  { surface: 'bowl' },
  { surface: 'valley' },
  { surface: 'valley', conditionNumber: 400 },
];

const setting = (patch: Partial<Experiment>) => {
  const e = { ...DEFAULT_EXPERIMENT, ...patch, learningRate: null };
  return { e, p: buildProblem(e) };
};

describe('one basis for every step count (the runner’s convergence test, from the run’s start)', () => {
  it('the fewest steps are no more than any rate needs, η* and 1/λ_max included', () => {
    for (const patch of SETTINGS) {
      const { p } = setting(patch);
      const start = p.surface.start;
      const fewest = fewestSteps(p.surface, start)!;
      expect(fewest.multiple).toBeGreaterThan(0);
      expect(fewest.multiple).toBeLessThan(1);
      expect(stepsToConverge(p.surface, start, fewest.learningRate)).toBe(fewest.steps);
      const limit = p.stabilityLimit;
      const rates = [
        ...Array.from({ length: 97 }, (_, i) => limit * 10 ** (-4 + (4 * (i + 1)) / 98)),
        curvature(p.surface).bestLearningRate!,
        ...Object.values(learningRatePresets(p)),
      ];
      for (const eta of rates) {
        const n = stepsToConverge(p.surface, start, eta);
        if (n !== null) expect(n).toBeGreaterThanOrEqual(fewest.steps);
      }
    }
  });

  it('at every preset and every step: the count shown plus the steps taken never undercuts the fewest, and the status agrees with the count', () => {
    for (const patch of SETTINGS) {
      const { e, p } = setting(patch);
      const presets = learningRatePresets(p);
      for (const name of LEARNING_RATE_PRESETS) {
        const run = { ...e, learningRate: presets[name] };
        const runner = createRunner(simulationConfig(run, buildProblem(run), 400));
        const fewest = runner.fewest!;
        const threshold = crawlThreshold(fewest, runner.config.horizon);
        expect(fewest.steps).toBe(fewestSteps(p.surface, p.surface.start)!.steps);
        for (let k = 0; k < 400 && runner.status === 'incomplete'; k += runner.advance(7)) {
          const left = runner.remainingSteps();
          const phase = runner.phases().at(-1);
          if (left === null || !Number.isFinite(left)) continue;
          // The count is the closed form's: taken + left = the run's total at this rate.
          expect(runner.t + left).toBeGreaterThanOrEqual(fewest.steps);
          expect(runner.t + left).toBe(stepsToConverge(p.surface, p.surface.start, presets[name]));
          if (phase?.regime === 'too-slow') expect(runner.t + left).toBeGreaterThan(threshold);
          if (phase?.regime === 'converging' && phase.to - phase.from > 20)
            expect(runner.t + left).toBeLessThanOrEqual(threshold);
        }
        // Where the run ends converged, it does so at the count it was given.
        if (runner.status === 'converged')
          expect(runner.t).toBe(stepsToConverge(p.surface, p.surface.start, presets[name]));
      }
    }
  });

  it('"too small" crawls on every surface and scaling: the same word for the same preset', () => {
    for (const patch of SETTINGS) {
      const { e, p } = setting(patch);
      const run = { ...e, learningRate: learningRatePresets(p).tooSmall };
      const runner = createRunner(simulationConfig(run, buildProblem(run), 200));
      runner.advance(200);
      expect(runner.phases().at(-1)!.regime, JSON.stringify(patch)).toBe('too-slow');
    }
  });

  it('a rate that would crawl is called crawling once its steep direction has settled (what the preset hint relies on)', () => {
    let crawling = 0;
    for (const patch of SETTINGS) {
      const { e, p } = setting(patch);
      const presets = learningRatePresets(p);
      for (const rate of [presets.tooSmall, presets.aboutRight, presets.tooLarge]) {
        const run = { ...e, learningRate: rate };
        const runner = createRunner(simulationConfig(run, buildProblem(run), 400));
        while (runner.t < 400 && runner.advance(50) > 0) runner.phases();
        const crawls = wouldCrawl(p.surface, p.surface.start, rate, LIVE_HORIZON);
        const regimes = runner.phases().map((x) => x.regime);
        if (crawls) crawling++;
        expect(regimes.includes('too-slow'), `${JSON.stringify(patch)} ${rate}`).toBe(crawls);
      }
    }
    expect(crawling).toBeGreaterThan(10);
  });

  it('the lecture valley: the default rate’s count and the fewest are on one basis (the issue’s 38,974 vs 90,079)', () => {
    const { e, p } = setting({});
    const runner = createRunner(simulationConfig({ ...e, learningRate: 0.0009 }, p, 100));
    runner.advance(39);
    const total = runner.t + runner.remainingSteps()!;
    // Both are steps to the convergence test from the same start; the default cannot beat the fewest.
    expect(total).toBeGreaterThanOrEqual(runner.fewest!.steps);
    expect(runner.fewest!.steps).toBe(fewestSteps(p.surface, p.surface.start)!.steps);
  });
});
