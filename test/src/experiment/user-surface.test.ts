import { describe, expect, it } from 'vitest';
import {
  buildProblem,
  changeEffect,
  DEFAULT_EXPERIMENT,
  encodeExperiment,
  freshExperiment,
  makeUserData,
  mapWeights,
  paneSetups,
  regressionLossDirect,
  USER_SURFACE,
  type Experiment,
} from '../../../src/index.ts';
import { changeExperiment } from '../../../src/experiment/change.ts';
import { decodeExperiment } from '../../../src/experiment/url-codec.ts';

const cars = makeUserData(
  'mine.csv',
  ['acceleration', 'weight', 'mpg'],
  new Float64Array([12, 11.5, 11, 12, 10.5, 10, 9, 8.5, 10, 15.5, 14.5, 19]),
  new Float64Array([3504, 3693, 3436, 3433, 3449, 4341, 4354, 4312, 4425, 2833, 2774, 1835]),
  new Float64Array([18, 15, 18, 16, 17, 15, 14, 14, 14, 22, 24, 27]),
);
const other = makeUserData('b.csv', ['p', 'q', 'r'], cars.x2, cars.x1, cars.y);
const onUser: Experiment = freshExperiment({ surface: USER_SURFACE, userData: cars });

describe('the user’s data in an experiment', () => {
  it('are a data surface like any other: scaling, batch norm, compare panes', () => {
    expect(onUser.surface).toBe(USER_SURFACE);
    const panes = paneSetups({ ...onUser, panes: 'compare' });
    expect(panes.map((p) => p.id)).toEqual(['raw', 'standardized', 'batchnorm']);
    expect(buildProblem({ ...onUser, batchNorm: true }).batch?.data.y.length).toBe(12);
  });

  it('toggling the scaling keeps the same model, whitening included', () => {
    // A model near the best one (inside every scaling's drawn domain).
    const best = buildProblem(onUser).surface.minima[0]!.w;
    const w = [best[0] * 0.9, best[1] * 1.1] as const;
    let e = changeExperiment(onUser, { start: w });
    const raw = buildProblem(e);
    const loss = regressionLossDirect(cars.x1, cars.x2, cars.y, w[0], w[1]);
    for (const scaling of ['standardize', 'whiten', 'min-max', 'none'] as const) {
      e = changeExperiment(e, { scaling });
      const p = buildProblem(e);
      const back = mapWeights(e.start!, p.transform!, raw.transform!);
      expect(regressionLossDirect(cars.x1, cars.x2, cars.y, back[0], back[1])).toBeCloseTo(loss, 8);
    }
  });

  it('belong to the user’s surface only: another surface drops them (a link carries none)', () => {
    const e = changeExperiment(onUser, { surface: 'penguins' });
    expect(e.userData).toBeNull();
    expect(encodeExperiment(e)).not.toMatch(/data=/);
  });

  it('the user’s surface without data cannot be shown: the surface stays', () => {
    expect(changeExperiment(DEFAULT_EXPERIMENT, { surface: USER_SURFACE }).surface).toBe('lecture');
    expect(changeExperiment(onUser, { userData: null }).surface).toBe('lecture');
    expect(freshExperiment({ surface: USER_SURFACE }).surface).toBe(DEFAULT_EXPERIMENT.surface);
  });

  it('other data are another surface: their own start and the automatic rate', () => {
    const moved = changeExperiment(onUser, { start: [0.1, 0.001], learningRate: 1e-9 });
    const e = changeExperiment(moved, { userData: other });
    expect(e.start).toBeNull();
    expect(e.learningRate).toBeNull();
    expect(changeEffect(moved, e)).toBe('surface');
  });

  it('travel in the link and reopen the same experiment', () => {
    const e = changeExperiment(onUser, { scaling: 'whiten', start: [0.25, -1] });
    const query = encodeExperiment(e);
    expect(query).toMatch(/surface=user/);
    expect(query).toMatch(/data=d1\./);
    const { experiment, ignored } = decodeExperiment(query);
    expect(ignored).toEqual([]);
    expect(experiment.userData!.id).toBe(cars.id);
    expect(experiment.scaling).toBe('whiten');
    expect(experiment.start).toEqual([0.25, -1]);
  });
});
