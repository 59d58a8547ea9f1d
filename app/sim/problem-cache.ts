import {
  buildProblem,
  fieldsWithEffect,
  fieldText,
  type Experiment,
  type Problem,
} from '../../src/index.ts';

/** The fields a problem is built from: those whose change has the effect "problem" (the codec's table). */
const PROBLEM_FIELDS = fieldsWithEffect('problem');
// As the URL writes them: the user's data by their link text (memoized; a reference for large data).
const problemKey = (e: Experiment) => PROBLEM_FIELDS.map((k) => fieldText(e, k)).join('&');

// The last few problems built, keyed by what they depend on: toggling back and forth reuses them,
// and a change that does not touch those fields keeps the same surface object (nothing resampled).
const problems = new Map<string, Problem>();
/** The problem of an experiment, from the cache when its inputs were built recently. */
export function problemFor(e: Experiment): Problem {
  const key = problemKey(e);
  let p = problems.get(key);
  if (!p) {
    p = buildProblem({ ...e, learningRate: null });
    problems.set(key, p);
    if (problems.size > 12) problems.delete(problems.keys().next().value!);
  }
  return e.learningRate === null || e.learningRate === p.learningRate
    ? p
    : { ...p, learningRate: e.learningRate };
}
