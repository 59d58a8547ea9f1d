import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  createRunner,
  DEFAULT_EXPERIMENT,
  freshExperiment,
  learningRatePresets,
  simulationConfig,
  type Regime,
} from '../../../src/index.ts';
import { createPhaseTracker, PHASE_HOLD_STEPS } from '../../../src/analysis/run-phases.ts';

describe('a run’s phases (status with memory)', () => {
  it('a reading that does not hold for PHASE_HOLD_STEPS steps is no new phase', () => {
    const tracker = createPhaseTracker();
    const seen: [number, Regime][] = [
      [1, 'converging'],
      [4, 'oscillating'],
      [8, 'oscillating'],
      [24, 'oscillating'],
      [40, 'too-slow'],
      [44, 'oscillating'],
      [48, 'too-slow'],
      [64, 'too-slow'],
    ];
    for (const [step, regime] of seen) tracker.observe(step, regime);
    expect(tracker.phases.map((p) => [p.regime, p.from, p.to])).toEqual([
      ['converging', 1, 3],
      ['oscillating', 4, 47],
      ['too-slow', 48, 64],
    ]);
    // The crawl seen at 40 was broken at 44: it counts from 48, once it has held 16 steps.
    expect(64 - 48).toBeGreaterThanOrEqual(PHASE_HOLD_STEPS);
  });

  it('converged and diverging are taken at once; a divergence warning is withdrawn only after 4× the hold', () => {
    const tracker = createPhaseTracker();
    tracker.observe(1, 'converging');
    tracker.observe(5, 'converged');
    expect(tracker.current).toBe('converged');
    const noisy = createPhaseTracker();
    noisy.observe(1, 'converging');
    noisy.observe(8, 'diverging');
    expect(noisy.current).toBe('diverging');
    for (let step = 24; step <= 24 + 2 * PHASE_HOLD_STEPS; step += 4)
      noisy.observe(step, 'converging');
    expect(noisy.current).toBe('diverging');
    for (let step = 60; step <= 24 + 4 * PHASE_HOLD_STEPS; step += 4)
      noisy.observe(step, 'converging');
    expect(noisy.current).toBe('converging');
  });

  it('the default page’s run: overshoots, then crawls, with no flicker between (live, in slices of any size)', () => {
    for (const slice of [1, 3, 16, 120]) {
      const e = freshExperiment({});
      const runner = createRunner(simulationConfig(e, buildProblem(e), 1_000_000));
      const labels: Regime[] = [];
      while (runner.t < 600) {
        runner.advance(slice);
        const now = runner.phases().at(-1)!.regime;
        if (labels.at(-1) !== now) labels.push(now);
      }
      // Never back to a label it left (no A → B → A), however the steps were sliced...
      expect(new Set(labels).size).toBe(labels.length);
      // ...and the same phases in the end: it overshot, then crawls.
      expect(runner.phases().map((p) => p.regime)).toEqual([
        'converging',
        'oscillating',
        'too-slow',
      ]);
      const [overshoot] = runner.phases().filter((p) => p.regime === 'oscillating');
      expect(overshoot!.to - overshoot!.from).toBeGreaterThan(20);
    }
  });

  it('0.9× the limit on the raw valley names both phases; on standardized data it overshoots, then converges', () => {
    const raw = freshExperiment({});
    const p = buildProblem(raw);
    const run = { ...raw, learningRate: learningRatePresets(p).tooLarge };
    const runner = createRunner(simulationConfig(run, buildProblem(run), 1_000_000));
    runner.advance(300);
    expect(
      runner
        .phases()
        .slice(-2)
        .map((x) => x.regime),
    ).toEqual(['oscillating', 'too-slow']);
    const z = freshExperiment({ scaling: 'standardize' });
    const zRun = { ...z, learningRate: learningRatePresets(buildProblem(z)).tooLarge };
    const zRunner = createRunner(simulationConfig(zRun, buildProblem(zRun), 1_000_000));
    zRunner.advance(300);
    expect(zRunner.status).toBe('converged');
    expect(zRunner.phases().map((x) => x.regime)).toContain('oscillating');
  });
});

describe('noisy runs (batch normalization: mini-batch statistics)', () => {
  it('every preset below the limit settles and is called noisy, with its level and jitter', () => {
    for (const surface of ['lecture', 'penguins', 'cars'] as const) {
      const e = freshExperiment({ surface, batchNorm: true });
      const presets = learningRatePresets(buildProblem(e));
      for (const rate of [presets.tooSmall, presets.aboutRight, presets.tooLarge]) {
        const run = { ...e, learningRate: rate };
        const runner = createRunner(simulationConfig(run, buildProblem(run), 1_000_000));
        // Read as the page reads it: a few times a second, in slices of steps.
        const seen = new Set<Regime>();
        while (runner.t < 3000) {
          runner.advance(50);
          seen.add(runner.phases().at(-1)!.regime);
        }
        expect(runner.status).toBe('incomplete');
        expect(runner.phases().at(-1)!.regime, `${surface} ${rate}`).toBe('noisy');
        // Once settled it stays so: no flicker back to "running".
        const settled = runner.phases().findIndex((p) => p.regime === 'noisy');
        expect(
          runner
            .phases()
            .slice(settled)
            .map((p) => p.regime),
        ).toEqual(['noisy']);
        expect(seen.has('diverging')).toBe(false);
        const noise = runner.noise()!;
        expect(noise.mean).toBeGreaterThan(0);
        expect(noise.std).toBeGreaterThan(0);
      }
    }
  });

  it('a noisy run still coming down is not called settled', () => {
    const e = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, batchNorm: true };
    const p = buildProblem(e);
    const run = { ...e, learningRate: learningRatePresets(p).tooSmall };
    const runner = createRunner(simulationConfig(run, buildProblem(run), 1_000_000));
    runner.advance(120);
    expect(runner.regime()).toBe('converging');
  });
});
