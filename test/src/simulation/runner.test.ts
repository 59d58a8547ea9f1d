import { describe, expect, it } from 'vitest';
import {
  createRunner,
  createSurface,
  dataSurface,
  lectureDataset,
  simulate,
  batchNormSurface,
} from '../../../src/index.ts';
import { DEFAULT_BATCH_NORM } from '../../../src/batchnorm/batch-norm-layer.ts';
import { historyViews } from '../../../src/simulation/run-history.ts';

describe('createRunner (a run one step at a time)', () => {
  it('stepping by hand gives exactly the trajectory simulate returns', () => {
    const surface = createSurface('rosenbrock');
    const config = {
      surface,
      optimizer: 'momentum' as const,
      params: { learningRate: 1e-4 },
      steps: 6000,
    };
    const whole = simulate(config);
    const runner = createRunner(config);
    while (runner.step());
    const v = historyViews(runner.history);
    expect(v.w1).toEqual(whole.w1);
    expect(v.losses).toEqual(whole.losses);
    expect(runner.t).toBe(whole.steps);
    expect(runner.history.length).toBeGreaterThan(4096); // grew past its first capacity
  });

  it('stops moving once diverged, keeping the last finite point', () => {
    const runner = createRunner({
      surface: createSurface('bowl'),
      optimizer: 'gd',
      params: { learningRate: 5 },
      steps: 1e6,
    });
    runner.advance(1e6);
    expect(runner.status).toBe('diverged');
    const t = runner.t;
    expect(runner.step()).toBe(false);
    expect(runner.t).toBe(t);
    expect(Number.isFinite(runner.state.w[0]!)).toBe(true);
    expect(runner.regime()).toBe('diverging');
  });

  it('exposes each mini-batch with batch normalization, whose statistics differ from batch to batch', () => {
    const ds = dataSurface(lectureDataset(), 'none');
    const runner = createRunner({
      surface: batchNormSurface(ds.data),
      optimizer: 'sgd',
      params: { learningRate: 0.1 },
      steps: 10,
      batch: { data: ds.data, size: 8, batchNorm: DEFAULT_BATCH_NORM },
    });
    expect(runner.lastBatch).toBeNull();
    runner.step();
    const first = runner.lastBatch!.raw.meanX[1];
    expect(runner.lastBatch!.indices).toHaveLength(8);
    runner.step();
    expect(runner.lastBatch!.raw.meanX[1]).not.toBe(first);
    expect(runner.lastBatch!.normalized.sxx.c).toBeCloseTo(1, 3);
  });
});

describe('batch normalization in inference mode', () => {
  it('starts from running averages gathered in training, close to the whole data’s statistics', () => {
    const ds = dataSurface(lectureDataset(), 'none');
    const runner = createRunner({
      surface: batchNormSurface(ds.data),
      optimizer: 'sgd',
      params: { learningRate: 0.1 },
      steps: 10,
      batch: { data: ds.data, size: 16, batchNorm: { ...DEFAULT_BATCH_NORM, mode: 'inference' } },
    });
    const running = runner.batchNormLayer!.running;
    const mean = ds.data.x2.reduce((a, b) => a + b, 0) / ds.data.x2.length;
    expect(running[1].mean / mean).toBeCloseTo(1, 1);
    const before = structuredClone(running);
    runner.advance(10);
    expect(runner.batchNormLayer!.running).toEqual(before);
  });
});

describe('regime of noisy (mini-batch) runs', () => {
  it('a stable mini-batch run is not called diverging for its noise; an unstable one is', () => {
    const ds = dataSurface(lectureDataset(), 'standardize');
    const run = (learningRate: number, seed = 1) => {
      const r = createRunner({
        surface: ds.surface,
        optimizer: 'sgd',
        params: { learningRate },
        steps: 400,
        seed,
        batch: { data: ds.data, size: 4 },
      });
      r.advance(400);
      return r;
    };
    // Settled where the noise holds it ("noisy"), or still coming down: never diverging.
    for (let seed = 0; seed < 5; seed++)
      expect(['noisy', 'converging']).toContain(run(0.3, seed).regime());
    const unstable = run(5);
    expect(unstable.status === 'diverged' || unstable.regime() === 'diverging').toBe(true);
  });
});
