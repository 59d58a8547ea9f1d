import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AXIS_VIEWS,
  CAMERA_PRESETS,
  decodeExperiment,
  DEFAULT_EXPERIMENT,
  encodeExperiment,
  FEATURE_SCALINGS,
  HEIGHT_SCALES,
  OPTIMIZER_IDS,
  SURFACE_IDS,
  type Experiment,
} from '../../../src/index.ts';

const unit = fc.double({ min: 0, max: 0.999, noNaN: true }).map((x) => Number(x.toPrecision(6)));
const experimentArb: fc.Arbitrary<Experiment> = fc.record({
  surface: fc.constantFrom(...SURFACE_IDS),
  conditionNumber: fc
    .double({ min: 1, max: 1e4, noNaN: true })
    .map((x) => Number(x.toPrecision(6))),
  scaling: fc.constantFrom(...FEATURE_SCALINGS),
  batchNorm: fc.boolean(),
  batchSize: fc.integer({ min: 1, max: 4096 }),
  batchNormMode: fc.constantFrom('train', 'inference' as const),
  optimizer: fc.constantFrom(...OPTIMIZER_IDS),
  learningRate: fc.option(
    fc.double({ min: 1e-9, max: 1e5, noNaN: true }).map((x) => Number(x.toPrecision(6))),
  ),
  momentum: unit,
  rho: unit,
  beta1: unit,
  beta2: unit,
  start: fc.option(
    fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      )
      .map(([a, b]) => [Number(a.toPrecision(6)), Number(b.toPrecision(6))] as const),
  ),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  camera: fc.constantFrom(...CAMERA_PRESETS),
  language: fc.constantFrom(null, 'en', 'zh-TW' as const),
  speed: fc.integer({ min: 1, max: 2000 }),
  heightScale: fc.constantFrom(...HEIGHT_SCALES),
  axisView: fc.constantFrom(...AXIS_VIEWS),
  extraRuns: fc.array(
    fc.record({
      optimizer: fc.constantFrom(...OPTIMIZER_IDS),
      learningRate: fc.option(
        fc.double({ min: 1e-9, max: 1e5, noNaN: true }).map((x) => Number(x.toPrecision(6))),
      ),
    }),
    { maxLength: 5 },
  ),
  panes: fc.constantFrom('single', 'compare' as const),
  network: fc.record({
    task: fc.constantFrom('spiral', 'moons', 'circles', 'xor', 'penguins' as const),
    layers: fc.integer({ min: 1, max: 3 }),
    width: fc.integer({ min: 4, max: 32 }),
    learningRate: fc
      .double({ min: 1e-6, max: 100, noNaN: true })
      .map((x) => Number(x.toPrecision(6))),
    steps: fc.integer({ min: 10, max: 20000 }),
  }),
  sweepRange: fc.option(
    fc
      .tuple(fc.integer({ min: -9, max: 2 }), fc.integer({ min: 1, max: 4 }))
      .map(
        ([e, d]) =>
          [Number((10 ** e).toPrecision(6)), Number((10 ** (e + d)).toPrecision(6))] as const,
      ),
  ),
});

describe('the URL codec', () => {
  it('round-trips every experiment, ignoring nothing', () => {
    fc.assert(
      fc.property(experimentArb, (e) => {
        const { experiment, ignored } = decodeExperiment(`?${encodeExperiment(e)}`);
        expect(ignored).toEqual([]);
        expect(experiment).toEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the default experiment, and short links for small changes', () => {
    expect(encodeExperiment(DEFAULT_EXPERIMENT)).toBe('');
    expect(
      encodeExperiment({ ...DEFAULT_EXPERIMENT, scaling: 'standardize', learningRate: 0.05 }),
    ).toBe('scaling=standardize&lr=0.05');
  });

  it('falls back to the default for each invalid or unknown value and lists what it ignored', () => {
    const { experiment, ignored } = decodeExperiment(
      '?surface=volcano&lr=-3&bn=maybe&batch=2.5&start=1,2,3&opt=adam&foo=bar&kappa=1e9&lang=fr',
    );
    expect(experiment).toEqual({ ...DEFAULT_EXPERIMENT, optimizer: 'adam' });
    expect(ignored.map((x) => x.key).sort()).toEqual([
      'batch',
      'bn',
      'foo',
      'kappa',
      'lang',
      'lr',
      'start',
      'surface',
    ]);
    expect(ignored.find((x) => x.key === 'foo')!.reason).toBe('unknown');
    expect(ignored.find((x) => x.key === 'lr')!.reason).toBe('invalid');
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { experiment } = decodeExperiment(text);
        expect(SURFACE_IDS).toContain(experiment.surface);
        expect(Number.isFinite(experiment.speed)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(decodeExperiment('%E0%A4%A&lr=%%%').ignored.length).toBeGreaterThan(0);
    expect(decodeExperiment('lr=NaN&speed=Infinity&start=NaN,1').ignored.map((x) => x.key)).toEqual(
      ['lr', 'speed', 'start'],
    );
  });

  it('reads extra runs as optimizer:rate pairs, all or nothing, at most five', () => {
    expect(decodeExperiment('runs=momentum:0.01,adam:auto').experiment.extraRuns).toEqual([
      { optimizer: 'momentum', learningRate: 0.01 },
      { optimizer: 'adam', learningRate: null },
    ]);
    for (const bad of [
      'momentum:0.01,rocket:1',
      'gd:-1',
      'gd',
      'gd:1:2',
      Array(6).fill('gd:1').join(','),
    ]) {
      const { experiment, ignored } = decodeExperiment(`runs=${bad}`);
      expect(experiment.extraRuns).toEqual([]);
      expect(ignored.map((x) => x.key)).toEqual(['runs']);
    }
    expect(decodeExperiment('sweep=0.1,0.01').ignored.map((x) => x.key)).toEqual(['sweep']);
    expect(decodeExperiment('net=moons:3:8:0.2:400').experiment.network).toEqual({
      task: 'moons',
      layers: 3,
      width: 8,
      learningRate: 0.2,
      steps: 400,
    });
    for (const bad of [
      'moons:4:8:0.2:400',
      'moons:3:64:0.2:400',
      'lava:1:8:1:100',
      'moons:1:8:-1:100',
      'moons:1:8:1',
    ])
      expect(decodeExperiment(`net=${bad}`).ignored.map((x) => x.key)).toEqual(['net']);
  });

  it('keeps the first of a repeated key', () => {
    const { experiment, ignored } = decodeExperiment('opt=adam&opt=gd');
    expect(experiment.optimizer).toBe('adam');
    expect(ignored).toEqual([{ key: 'opt', value: 'gd', reason: 'invalid' }]);
  });
});
