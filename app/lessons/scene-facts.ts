import {
  allRuns,
  fewestSteps,
  buildProblem,
  freshExperiment,
  paneSetups,
  runLearningRate,
  simulate,
  simulationConfig,
  type Experiment,
  type Problem,
} from '../../src/index.ts';
import { formatDistinct, grouped } from '../ui/format.ts';

/** Most steps a fact's simulation takes (a scene's text never quotes more). */
const FACT_STEPS = 20_000;

/** The numbers a lesson scene's text quotes, formatted for the text ({name} placeholders). */
export type SceneFacts = Record<string, string>;

/**
 * Live numbers of the experiment a scene sets up, computed by the simulator (never typed into the
 * text): κ, the stability limit 2/λ_max, the main run's η and its multiple of the limit, the steps
 * the best constant step needs (κ·ln(1/ε)/2), and in the compare layout each pane's steps to
 * converge at the main run's rate (`rawSteps`, `standardizedSteps`, `batchnormSteps`) or its end
 * (`rawEnd`: "diverged", "converged" or "running").
 */
export function sceneFacts(
  setup: Partial<Experiment>,
  problemFor: (e: Experiment) => Problem = buildProblem,
): SceneFacts {
  const e = freshExperiment(setup, problemFor);
  const problem = problemFor(e);
  const rate = runLearningRate(problem, allRuns(e)[0]!);
  const facts: SceneFacts = {
    kappa: grouped(problem.curvature.conditionNumber ?? NaN),
    limit: grouped(problem.stabilityLimit),
    rate: grouped(rate),
    multiple: grouped(rate / problem.stabilityLimit),
  };
  // The same basis as every run's count (src/analysis/step-counts.ts): steps to converge from this start.
  const fewest = fewestSteps(problem.surface, e.start ?? problem.surface.start);
  if (fewest) {
    facts.bestSteps = grouped(fewest.steps);
    facts.bestMultiple = formatDistinct(fewest.multiple, 1)[0];
  }
  if (e.panes === 'compare') {
    for (const pane of paneSetups(e, problemFor)) {
      const run = simulate(simulationConfig(pane.experiment, pane.problem, FACT_STEPS));
      facts[`${pane.id}Steps`] = grouped(run.steps);
      facts[`${pane.id}End`] = run.status === 'incomplete' ? 'running' : run.status;
    }
  }
  return facts;
}
