import { mapWeights } from '../datasets/feature-scaling.ts';
import { clampToDomain, type Point2 } from '../surfaces/surface.ts';
import { DEFAULT_EXPERIMENT, isDataSurface, MAX_RUNS, type Experiment } from './experiment.ts';
import { buildProblem, type Problem } from './problem.ts';

/** What a change may need beyond the experiment itself. */
export interface ChangeOptions {
  /**
   * The model the user is looking at: the main run's current weights, in the current experiment's
   * own features. A change of features keeps this model (default: the run's start).
   */
  point?: Point2;
  /** Builds (or looks up) the problem of an experiment; callers may pass a cache (default buildProblem). */
  build?: (e: Experiment) => Problem;
}

const given = (patch: Partial<Experiment>, f: keyof Experiment) => Object.hasOwn(patch, f);

/**
 * The one rule book for changing an experiment; every entry point (panels, keyboard, lesson,
 * embed API, URL) goes through it, so the same change always reaches the same state:
 * - another surface (or condition number) starts from the surface's own start, and another surface
 *   takes the automatic learning rate, unless the patch sets them;
 * - another optimizer takes its automatic learning rate unless the patch sets one;
 * - another feature scaling or batch normalization on the same data keeps the model: the point
 *   (default the start) is mapped into the new features, w̃ = w·s̃/s, so predictions stay the same;
 * - then the rules of every experiment (see normalizeExperiment).
 * Pure: returns a new experiment, never mutates its arguments.
 */
export function changeExperiment(
  current: Experiment,
  patch: Partial<Experiment>,
  options: ChangeOptions = {},
): Experiment {
  const build = options.build ?? buildProblem;
  const next: Experiment = { ...current, ...patch };
  const surfaceChanged = next.surface !== current.surface;
  if (surfaceChanged || next.conditionNumber !== current.conditionNumber) {
    if (!given(patch, 'start')) next.start = null;
  }
  if ((surfaceChanged || next.optimizer !== current.optimizer) && !given(patch, 'learningRate'))
    next.learningRate = null;
  const featuresChanged = next.scaling !== current.scaling || next.batchNorm !== current.batchNorm;
  if (!surfaceChanged && featuresChanged && isDataSurface(next.surface) && !given(patch, 'start')) {
    const from = build(current);
    const to = build(next);
    const point = options.point ?? current.start ?? from.surface.start;
    next.start =
      from.transform && to.transform ? mapWeights(point, from.transform, to.transform) : null;
  }
  return normalizeExperiment(next, build);
}

/**
 * A fresh experiment: the defaults with `fields` over them (a link being opened, a lesson scene),
 * under the rules of every experiment (see normalizeExperiment); nothing is carried over.
 */
export function freshExperiment(
  fields: Partial<Experiment>,
  build: (e: Experiment) => Problem = buildProblem,
): Experiment {
  return normalizeExperiment({ ...DEFAULT_EXPERIMENT, ...fields }, build);
}

/**
 * The rules every experiment obeys: the start lies inside the surface's drawn domain (a point
 * outside is moved to the nearest edge), and there are at most MAX_RUNS runs.
 */
export function normalizeExperiment(
  e: Experiment,
  build: (e: Experiment) => Problem = buildProblem,
): Experiment {
  let out = e;
  if (e.start) {
    const { w1, w2 } = build(e).surface.domain;
    const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));
    const start = [clamp(e.start[0], w1), clamp(e.start[1], w2)] as const;
    if (start[0] !== e.start[0] || start[1] !== e.start[1]) out = { ...out, start };
  }
  if (e.extraRuns.length > MAX_RUNS - 1)
    out = { ...out, extraRuns: e.extraRuns.slice(0, MAX_RUNS - 1) };
  return out;
}
