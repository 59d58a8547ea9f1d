import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  changeEffect,
  decideChange,
  decodeExperimentPatch,
  DEFAULT_EXPERIMENT,
  experimentQuery,
  FEATURE_SCALINGS,
  OPTIMIZER_IDS,
  fieldsWithEffect,
  freshExperiment,
  mapWeights,
  regressionLossDirect,
  type Experiment,
} from '../../../src/index.ts';
import { changeExperiment } from '../../../src/experiment/change.ts';
import { EXPERIMENT_FIELDS } from '../../../src/experiment/url-codec.ts';
import { SURFACE_IDS } from '../../../src/experiment/experiment.ts';

const base: Experiment = { ...DEFAULT_EXPERIMENT, surface: 'penguins', start: [2, 0.01] };

describe('the change rules', () => {
  it('a new feature scaling keeps the model: the start is mapped and predicts the same', () => {
    const next = changeExperiment(base, { scaling: 'standardize' });
    const raw = buildProblem(base);
    const z = buildProblem(next);
    expect(next.start).toEqual(mapWeights(base.start!, raw.transform!, z.transform!));
    const d = raw.data!.data;
    expect(z.surface.value(next.start![0], next.start![1])).toBeCloseTo(
      regressionLossDirect(d.x1, d.x2, d.y, 2, 0.01),
      6,
    );
  });

  it('maps the point given (the run’s current one) rather than the start', () => {
    const next = changeExperiment(base, { batchNorm: true }, { point: [1, 0.02] });
    const from = buildProblem(base).transform!;
    const to = buildProblem(next).transform!;
    expect(next.start).toEqual(mapWeights([1, 0.02], from, to));
  });

  it('a new surface starts from its own start at the automatic rate unless told otherwise', () => {
    const tuned = { ...base, learningRate: 1e-6 };
    expect(changeExperiment(tuned, { surface: 'bowl' })).toMatchObject({
      start: null,
      learningRate: null,
    });
    expect(changeExperiment(tuned, { surface: 'bowl', learningRate: 0.3 }).learningRate).toBe(0.3);
    expect(changeExperiment(tuned, { optimizer: 'adam' }).learningRate).toBeNull();
    expect(changeExperiment(tuned, { momentum: 0.5 }).learningRate).toBe(1e-6);
  });

  it('keeps the start inside the surface’s domain', () => {
    const e = changeExperiment({ ...DEFAULT_EXPERIMENT, surface: 'bowl' }, { start: [1e6, -1e6] });
    const { w1, w2 } = buildProblem(e).surface.domain;
    expect(e.start).toEqual([w1[1], w2[0]]);
    expect(freshExperiment({ surface: 'bowl', start: [1e6, 0] }).start![0]).toBe(w1[1]);
  });

  it('a feature toggle keeps η or takes the new surface’s "about right" rate, as chosen', () => {
    const raw = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const };
    const kept = changeExperiment(
      { ...raw, learningRateOnToggle: 'keep' },
      { scaling: 'standardize' },
    );
    expect(kept.learningRate).toBe(raw.learningRate);
    // On auto, "keep" freezes the number in use, so the comparison is at the same η.
    const auto = changeExperiment(
      { ...raw, learningRate: null, learningRateOnToggle: 'keep' },
      { batchNorm: true },
    );
    expect(auto.learningRate).toBe(buildProblem({ ...raw, learningRate: null }).learningRate);
    // Adaptive methods move each weight by about η a step: their η is kept.
    const adam = changeExperiment(
      { ...raw, optimizer: 'adam', learningRate: 0.05 },
      {
        scaling: 'standardize',
      },
    );
    expect(adam.learningRate).toBe(0.05);
    const best = changeExperiment(raw, { scaling: 'standardize' });
    expect(best.learningRate).toBeCloseTo(
      0.5 * buildProblem({ ...raw, scaling: 'standardize' }).stabilityLimit,
      12,
    );
  });

  it('returns what it decided, so no note has to guess: η kept, re-chosen or set, and why', () => {
    const raw = { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const };
    const best = decideChange(raw, { scaling: 'standardize' });
    const z = buildProblem(best.experiment);
    expect(best).toMatchObject({ featuresToggled: true, startMapped: true, refused: [] });
    expect(best.rate).toEqual({
      decision: 'about-right',
      before: buildProblem(raw).learningRate,
      after: z.learningRate,
      aboutRight: z.learningRate,
    });
    const kept = decideChange({ ...raw, learningRateOnToggle: 'keep' }, { batchNorm: true });
    expect(kept.rate.decision).toBe('kept');
    expect(kept.rate.after).toBe(kept.rate.before);
    expect(kept.rate.aboutRight).not.toBe(kept.rate.after);
    expect(decideChange(raw, { scaling: 'standardize', learningRate: 0.2 }).rate.decision).toBe(
      'given',
    );
    expect(decideChange(raw, { optimizer: 'adam' }).rate).toMatchObject({
      decision: 'automatic',
      before: null,
    });
    expect(decideChange(raw, { speed: 5 })).toMatchObject({
      featuresToggled: false,
      startMapped: false,
      rate: { decision: 'unchanged' },
    });
  });

  it('a toggle back to the same rate says the rate stayed (before = after, never "0.5 to 0.5")', () => {
    // Standardized, at its own "about right" η; batch norm on standardized data has the same one.
    const z = changeExperiment(
      { ...DEFAULT_EXPERIMENT, surface: 'lecture' },
      {
        scaling: 'standardize',
      },
    );
    const d = decideChange(z, { scaling: 'whiten' });
    expect(d.rate.decision).toBe('about-right');
    expect(d.rate.after).toBe(d.rate.aboutRight);
    // Whatever the numbers are, `before === after` tells a note which sentence is true.
    expect(d.rate.before === d.rate.after).toBe(
      buildProblem(z).learningRate === buildProblem(d.experiment).learningRate,
    );
  });

  it('names the fields it did not take as given (a start outside the domain, runs over the limit)', () => {
    const bowl = { ...DEFAULT_EXPERIMENT, surface: 'bowl' as const };
    expect(decideChange(bowl, { start: [1e6, 0] }).refused).toEqual(['start']);
    expect(decideChange(bowl, { start: [0.5, 0.5] }).refused).toEqual([]);
    const runs = Array.from({ length: 20 }, () => ({
      optimizer: 'gd' as const,
      learningRate: 0.1,
    }));
    expect(decideChange(bowl, { extraRuns: runs }).refused).toEqual(['extraRuns']);
    expect(decideChange(bowl, { surface: 'user' }).refused).toEqual(['surface']);
  });

  it('is pure: the same change from the same state gives the same experiment', () => {
    const a = changeExperiment(base, { scaling: 'min-max' });
    const b = changeExperiment(base, { scaling: 'min-max' });
    expect(a).toEqual(b);
    expect(base.scaling).toBe('none');
  });
});

describe('field effects (one row per field, next to its URL codec)', () => {
  it('every field declares one effect', () => {
    for (const f of Object.keys(DEFAULT_EXPERIMENT) as (keyof Experiment)[])
      expect(['surface', 'panes', 'runs', 'view', 'none']).toContain(EXPERIMENT_FIELDS[f].effect);
  });

  it('a change reports its largest effect', () => {
    const e = DEFAULT_EXPERIMENT;
    expect(changeEffect(e, { ...e })).toBe('none');
    expect(changeEffect(e, { ...e, speed: 99, camera: 'top' })).toBe('none');
    expect(changeEffect(e, { ...e, heightScale: 'log' })).toBe('view');
    expect(changeEffect(e, { ...e, learningRate: 0.1, heightScale: 'log' })).toBe('runs');
    expect(changeEffect(e, { ...e, start: [1, 2] })).toBe('runs');
    expect(changeEffect(e, { ...e, panes: 'compare' })).toBe('panes');
    expect(changeEffect(e, { ...e, scaling: 'standardize', speed: 3 })).toBe('surface');
    // What a run needs is not what a surface needs: no resampling for these.
    expect(changeEffect(e, { ...e, optimizer: 'adam' })).toBe('runs');
    expect(changeEffect(e, { ...e, batchSize: 4 })).toBe('runs');
  });

  it('the surface is built from the fields whose effect is "surface" only', () => {
    const fields = fieldsWithEffect('surface');
    expect(fields).not.toContain('optimizer');
    expect(fields).toContain('surface');
    expect(fields).not.toContain('learningRate');
    // Changing any other field leaves the surface the problem builds unchanged.
    const e = { ...DEFAULT_EXPERIMENT, surface: 'penguins' as const };
    const other = {
      ...e,
      learningRate: 0.3,
      seed: 9,
      start: [1, 1] as const,
      speed: 5,
      optimizer: 'sgd' as const,
      batchSize: 4,
    };
    const a = buildProblem(e).surface;
    const b = buildProblem(other).surface;
    expect(b.value(0.5, 0.5)).toBe(a.value(0.5, 0.5));
  });
});

describe('links', () => {
  const patch = fc.record(
    {
      surface: fc.constantFrom(...SURFACE_IDS),
      conditionNumber: fc.double({ min: 1, max: 1e4, noNaN: true }),
      scaling: fc.constantFrom(...FEATURE_SCALINGS),
      batchNorm: fc.boolean(),
      optimizer: fc.constantFrom(...OPTIMIZER_IDS),
      learningRate: fc.option(fc.double({ min: 1e-9, max: 1e5, noNaN: true })),
      learningRateOnToggle: fc.constantFrom('keep', 'best' as const),
      start: fc.option(
        fc.tuple(
          fc.double({ min: -50, max: 50, noNaN: true }),
          fc.double({ min: -50, max: 50, noNaN: true }),
        ),
      ),
      panes: fc.constantFrom('single', 'compare' as const),
      speed: fc.integer({ min: 1, max: 2000 }),
    },
    { requiredKeys: [] },
  );

  it('the link the page writes reopens exactly the experiment it came from', () => {
    fc.assert(
      fc.property(fc.array(patch, { maxLength: 4 }), (changes) => {
        // Any state reachable by a sequence of changes from the default page.
        const e = changes.reduce<Experiment>((x, p) => changeExperiment(x, p), DEFAULT_EXPERIMENT);
        const query = experimentQuery(e);
        expect(freshExperiment(decodeExperimentPatch(query).patch)).toEqual(e);
      }),
      { numRuns: 150 },
    );
  });

  it('writes nothing the rules restore by themselves', () => {
    expect(experimentQuery(DEFAULT_EXPERIMENT)).toBe('');
    expect(experimentQuery(changeExperiment(DEFAULT_EXPERIMENT, { optimizer: 'adam' }))).toBe(
      'opt=adam',
    );
    // The default η on another surface must be said, or the link would reopen on auto.
    const bowl = changeExperiment(DEFAULT_EXPERIMENT, { surface: 'bowl', learningRate: 0.0009 });
    expect(experimentQuery(bowl)).toBe('surface=bowl&lr=0.0009');
  });
});
