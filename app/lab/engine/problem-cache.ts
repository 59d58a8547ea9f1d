import {
  buildSurfaceProblem,
  fieldsWithEffect,
  fieldText,
  withRunSettings,
  type Experiment,
  type Problem,
  type SurfaceProblem,
} from '../../../src/index.ts';

/** Builds (or looks up) the problem of an experiment. */
export type ProblemCache = (e: Experiment) => Problem;

/** The fields a surface is built from: those whose change has the effect "surface" (the codec's table). */
const SURFACE_FIELDS = fieldsWithEffect('surface');
// As the URL writes them: the user's data by their link text (memoized; a reference for large data).
const surfaceKey = (e: Experiment) => SURFACE_FIELDS.map((k) => fieldText(e, k)).join('&');
// Toggling between a few settings reuses their surfaces; more are rebuilt when asked for again.
const KEPT_SURFACES = 12;

/**
 * A lab's problem cache: the last few surfaces built, keyed by the fields they depend on, so that a
 * change that does not touch those fields (η, the optimizer, the batch size, the start) keeps the
 * same surface object and nothing is resampled; the run's settings are added to it each time
 * (cheap). One cache per lab: two labs (or two tests) never share a problem.
 */
export function createProblemCache(): ProblemCache {
  const surfaces = new Map<string, SurfaceProblem>();
  let last: { e: Experiment; problem: Problem } | null = null;
  return (e) => {
    if (last?.e === e) return last.problem;
    const key = surfaceKey(e);
    let s = surfaces.get(key);
    if (!s) {
      s = buildSurfaceProblem(e);
      surfaces.set(key, s);
      if (surfaces.size > KEPT_SURFACES) surfaces.delete(surfaces.keys().next().value!);
    }
    const problem = withRunSettings(s, e);
    last = { e, problem };
    return problem;
  };
}
