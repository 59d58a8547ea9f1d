import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  changeEffect,
  changeExperiment,
  DEFAULT_EXPERIMENT,
  EXPERIMENT_FIELDS,
  fieldsWithEffect,
  freshExperiment,
  mapWeights,
  regressionLossDirect,
  type Experiment,
} from '../../../src/index.ts';

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
      expect(['problem', 'panes', 'runs', 'view', 'none']).toContain(EXPERIMENT_FIELDS[f].effect);
  });

  it('a change reports its largest effect', () => {
    const e = DEFAULT_EXPERIMENT;
    expect(changeEffect(e, { ...e })).toBe('none');
    expect(changeEffect(e, { ...e, speed: 99, camera: 'top' })).toBe('none');
    expect(changeEffect(e, { ...e, heightScale: 'log' })).toBe('view');
    expect(changeEffect(e, { ...e, learningRate: 0.1, heightScale: 'log' })).toBe('runs');
    expect(changeEffect(e, { ...e, start: [1, 2] })).toBe('runs');
    expect(changeEffect(e, { ...e, panes: 'compare' })).toBe('panes');
    expect(changeEffect(e, { ...e, scaling: 'standardize', speed: 3 })).toBe('problem');
  });

  it('the problem is built from the fields whose effect is "problem" only', () => {
    const fields = fieldsWithEffect('problem');
    expect(fields).toContain('surface');
    expect(fields).not.toContain('learningRate');
    // Changing any other field leaves the surface the problem builds unchanged.
    const e = { ...DEFAULT_EXPERIMENT, surface: 'penguins' as const };
    const other = { ...e, learningRate: 0.3, seed: 9, start: [1, 1] as const, speed: 5 };
    const a = buildProblem(e).surface;
    const b = buildProblem(other).surface;
    expect(b.value(0.5, 0.5)).toBe(a.value(0.5, 0.5));
  });
});
