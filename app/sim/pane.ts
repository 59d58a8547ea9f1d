import {
  allRuns,
  createRunner,
  simulationConfig,
  type Experiment,
  type PaneId,
  type PaneSetup,
  type Problem,
  type Runner,
} from '../../src/index.ts';
import { createLandscape, type Landscape } from './landscape.ts';
import { dataFeatureStats } from './summary.ts';

/** Most steps one run may take; its history grows as it goes. */
export const MAX_STEPS = 1_000_000;

/** One view of the experiment: its problem, what its scene draws, and one runner per run. */
export interface Pane {
  readonly id: PaneId;
  experiment: Experiment;
  problem: Problem;
  landscape: Landscape;
  runners: Runner[];
  /** Per-feature statistics of the pane's whole data (for the batch panel). */
  whole: ReturnType<typeof dataFeatureStats>;
  /** Step at which each run converged, or null. */
  convergedAt: (number | null)[];
}

/** Fresh runners for every run of the pane's experiment. */
export function createRunners(pane: Pick<Pane, 'experiment' | 'problem'>): Runner[] {
  return allRuns(pane.experiment).map((run) =>
    createRunner(simulationConfig(pane.experiment, pane.problem, MAX_STEPS, run)),
  );
}

export function createPane(setup: PaneSetup, resolution: number, previous?: Pane): Pane {
  const { experiment, problem } = setup;
  const pane = {
    id: setup.id,
    experiment,
    problem,
    landscape: createLandscape(
      problem.surface,
      resolution,
      experiment.heightScale,
      experiment.axisView,
      previous?.landscape,
    ),
    runners: [] as Runner[],
    whole: dataFeatureStats(problem),
    convergedAt: [] as (number | null)[],
  };
  pane.runners = createRunners(pane);
  pane.convergedAt = pane.runners.map(() => null);
  return pane;
}
