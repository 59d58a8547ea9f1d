import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeExperimentPatch,
  experimentQuery,
  freshExperiment,
  DEFAULT_EXPERIMENT,
  encodeExperiment,
  FEATURE_SCALINGS,
  NETWORK_TASKS,
  OPTIMIZER_IDS,
  type Experiment,
} from '../../../src/index.ts';
import {
  AXIS_VIEWS,
  CAMERA_PRESETS,
  HEIGHT_SCALES,
  LEARNING_RATE_ON_TOGGLE,
  SURFACE_IDS,
} from '../../../src/experiment/experiment.ts';
import { decodeExperiment, EXPERIMENT_FIELDS } from '../../../src/experiment/url-codec.ts';
import { userDataArb } from '../datasets/user-data/arbitraries.ts';

/** Any double in [min, max] (both ends included unless said), −0 and subnormals among them. */
const real = (min: number, max: number, { openMin = false, openMax = false } = {}) =>
  fc.double({ min, max, noNaN: true, minExcluded: openMin, maxExcluded: openMax });
const rate = real(0, 1e6, { openMin: true });
const unit = real(0, 1, { openMax: true });
const coordinate = real(-1e9, 1e9);
/** Every field over its whole accepted range, with arbitrary doubles where the field is a number. */
const experimentArb: fc.Arbitrary<Experiment> = fc.record({
  surface: fc.constantFrom(...SURFACE_IDS),
  // The user's data in one run of ten (each costs a deflate and a hash; link.test.ts has more).
  userData: fc.oneof(
    { arbitrary: fc.constant(null), weight: 9 },
    { arbitrary: userDataArb, weight: 1 },
  ),
  conditionNumber: real(1, 1e4),
  scaling: fc.constantFrom(...FEATURE_SCALINGS),
  batchNorm: fc.boolean(),
  batchSize: fc.integer({ min: 1, max: 4096 }),
  batchNormMode: fc.constantFrom('train', 'inference' as const),
  optimizer: fc.constantFrom(...OPTIMIZER_IDS),
  learningRate: fc.option(rate),
  learningRateOnToggle: fc.constantFrom(...LEARNING_RATE_ON_TOGGLE),
  momentum: unit,
  rho: unit,
  beta1: unit,
  beta2: unit,
  start: fc.option(fc.tuple(coordinate, coordinate)),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  camera: fc.constantFrom(...CAMERA_PRESETS),
  language: fc.constantFrom(null, 'en', 'zh-TW' as const),
  speed: real(1, 2000),
  heightScale: fc.constantFrom(...HEIGHT_SCALES),
  axisView: fc.constantFrom(...AXIS_VIEWS),
  extraRuns: fc.array(
    fc.record({ optimizer: fc.constantFrom(...OPTIMIZER_IDS), learningRate: fc.option(rate) }),
    { maxLength: 5 },
  ),
  panes: fc.constantFrom('single', 'compare' as const),
  network: fc.record({
    task: fc.constantFrom(...NETWORK_TASKS),
    layers: fc.integer({ min: 1, max: 6 }),
    width: fc.integer({ min: 4, max: 32 }),
    learningRate: rate,
    steps: fc.integer({ min: 10, max: 20000 }),
  }),
  sweepRange: fc.option(
    fc
      .tuple(rate, rate)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const))),
  ),
});

/** Values a hostile or careless link might hold: numbers at and past every edge, junk, huge text. */
const hostileValue = fc.oneof(
  fc.double().map(String),
  fc.double({ noNaN: true }).map((x) => x.toExponential()),
  fc.constantFrom(
    '0.9999995',
    '1',
    '-0',
    '1e-324',
    '5e-324',
    '1e309',
    '0x10',
    ' 1',
    '1,2',
    '0.1234561,0.1234564',
    'auto',
    '',
    '%',
    '__proto__',
    'gd:auto,adam:0.1',
    'moons:3:8:0.2:20000',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const codecKey = fc.constantFrom(
  ...Object.values(EXPERIMENT_FIELDS).map((c) => c.key),
  'embed',
  'origins',
  'constructor',
  '__proto__',
);
const hostileQuery = fc
  .array(fc.tuple(codecKey, hostileValue), { maxLength: 12 })
  .map((pairs) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );

describe('the URL codec', () => {
  it('round-trips every experiment exactly, ignoring nothing: decode(encode(e)) = e', () => {
    fc.assert(
      fc.property(experimentArb, (e) => {
        const { experiment, ignored } = decodeExperiment(`?${encodeExperiment(e)}`);
        expect(ignored).toEqual([]);
        // toEqual compares numbers with Object.is: −0 stays −0, and no digit may be lost.
        expect(experiment).toEqual(e);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it wrote from any string: decode(encode(decode(s))) = decode(s)', () => {
    const stable = (query: string) => {
      const once = decodeExperiment(query).experiment;
      const { experiment, ignored } = decodeExperiment(encodeExperiment(once));
      expect(ignored).toEqual([]);
      expect(experiment).toEqual(once);
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), stable), {
      numRuns: 2000,
    });
    fc.assert(fc.property(hostileQuery, stable), { numRuns: 3000 });
  });

  it('every link the page writes reopens the same experiment, ignoring nothing', () => {
    fc.assert(
      fc.property(experimentArb, (raw) => {
        // The page's experiments obey the rules of every experiment (a start inside the domain…).
        const e = freshExperiment(raw);
        const { patch, ignored } = decodeExperimentPatch(experimentQuery(e));
        expect(ignored).toEqual([]);
        expect(freshExperiment(patch)).toEqual(e);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the edges of each range so that they read back (no rounding to 1, no lost digits)', () => {
    const e: Experiment = {
      ...DEFAULT_EXPERIMENT,
      momentum: 0.9999999999999999,
      beta2: 0.9999995,
      learningRate: 0.123456789,
      start: [123456789, -0],
      sweepRange: [0.1234561, 0.1234564],
      speed: 1999.9999999999998,
    };
    const text = encodeExperiment(e);
    expect(text).toContain('start=123456789,-0');
    expect(text).toContain('lr=0.123456789');
    expect(text).toContain('sweep=0.1234561,0.1234564');
    expect(decodeExperiment(text)).toEqual({ experiment: e, ignored: [] });
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
      'moons:7:8:0.2:400',
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
