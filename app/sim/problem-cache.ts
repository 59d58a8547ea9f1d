import { buildProblem, type Experiment, type Problem } from '../../src/index.ts';

/** Fields that change the runs; the rest (camera, language, speed, display, sweep) do not restart them. */
const RUN_FIELDS = [
  'surface',
  'conditionNumber',
  'scaling',
  'batchNorm',
  'batchSize',
  'batchNormMode',
  'optimizer',
  'learningRate',
  'momentum',
  'rho',
  'beta1',
  'beta2',
  'start',
  'seed',
  'extraRuns',
  'panes',
] as const;
export const runKey = (e: Experiment) => JSON.stringify(RUN_FIELDS.map((k) => e[k]));
export const viewKey = (e: Experiment) => `${e.heightScale}|${e.axisView}`;

// The last few problems built, keyed by what they depend on: toggling back and forth reuses them.
const problems = new Map<string, Problem>();
/** The problem of an experiment, from the cache when its inputs were built recently. */
export function problemFor(e: Experiment): Problem {
  const key = JSON.stringify([
    e.surface,
    e.conditionNumber,
    e.scaling,
    e.batchNorm,
    e.batchSize,
    e.batchNormMode,
    e.optimizer,
  ]);
  let p = problems.get(key);
  if (!p) {
    p = buildProblem({ ...e, learningRate: null });
    problems.set(key, p);
    if (problems.size > 12) problems.delete(problems.keys().next().value!);
  }
  return e.learningRate === null ? p : { ...p, learningRate: e.learningRate };
}
