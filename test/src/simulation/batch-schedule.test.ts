import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  createRunner,
  DEFAULT_EXPERIMENT,
  logSpace,
  simulationConfig,
  sweepLearningRates,
} from '../../../src/index.ts';
import { createBatchSchedule } from '../../../src/simulation/batch-gradient.ts';

describe('a schedule of mini-batches shared by the runs of a sweep', () => {
  for (const mode of ['train', 'inference'] as const) {
    it(`gives every rate exactly the run it has without it (batch norm, ${mode})`, () => {
      const e = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, batchNorm: true };
      const p = buildProblem(e);
      const base = simulationConfig(e, p, 600);
      const batch = { ...base.batch!, batchNorm: { ...base.batch!.batchNorm!, mode } };
      const config = { ...base, batch };
      const rates = logSpace(p.stabilityLimit * 1e-2, p.stabilityLimit * 4, 12);
      const swept = sweepLearningRates(config, rates);
      const schedule = createBatchSchedule(batch, config.seed ?? 1);
      rates.forEach((learningRate, k) => {
        const own = createRunner({ ...config, params: { ...config.params, learningRate } });
        const shared = createRunner({
          ...config,
          params: { ...config.params, learningRate },
          batchSchedule: schedule,
        });
        own.advance(Infinity);
        shared.advance(Infinity);
        expect(shared.state.w).toEqual(own.state.w);
        expect(shared.t).toBe(own.t);
        // A run that settled in mini-batch noise is stopped there (its steps are when it settled).
        const point = swept[k]!;
        if (point.settledAt === null)
          expect(point).toMatchObject({ steps: own.t, status: own.status });
        else expect(point.steps).toBeLessThanOrEqual(own.t);
      });
    });
  }

  it('is ignored by a run with another seed or other batch settings', () => {
    const e = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, batchNorm: true };
    const config = simulationConfig(e, buildProblem(e), 50);
    const schedule = createBatchSchedule(config.batch!, 99);
    const own = createRunner(config);
    const other = createRunner({ ...config, batchSchedule: schedule });
    own.advance(50);
    other.advance(50);
    expect(other.state.w).toEqual(own.state.w);
    expect(other.lastBatch).not.toBeNull(); // drew its own batches
  });
});
