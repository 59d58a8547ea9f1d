import {
  allRuns,
  createRunner,
  simulationConfig,
  type Experiment,
  type PaneId,
  type PaneSetup,
  type Problem,
  type Runner,
} from '../../../src/index.ts';
import { createLandscape, landscapeFits, resampleLandscape, type Landscape } from './landscape.ts';
import { dataFeatureStats } from './summary.ts';

/** Most steps one run may take. */
export const MAX_STEPS = 1_000_000;
/**
 * Most points a run's history holds: every step up to it, then older steps thinned to every k-th
 * (step 0 and the last 8,192 steps always exact), so 18 runs at MAX_STEPS hold about 24 MB.
 */
export const HISTORY_LIMIT = 32_768;

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
    createRunner({
      ...simulationConfig(pane.experiment, pane.problem, MAX_STEPS, run),
      historyLimit: HISTORY_LIMIT,
    }),
  );
}

/**
 * The pane of `setup`, with fresh runners. The previous pane's landscape is kept when it already
 * draws this problem's surface the same way (a learning-rate or start change resamples nothing).
 */
export function createPane(setup: PaneSetup, resolution: number, previous?: Pane): Pane {
  const { experiment, problem } = setup;
  const { heightScale, axisView } = experiment;
  const kept =
    previous &&
    landscapeFits(previous.landscape, problem.surface, resolution, heightScale, axisView);
  const landscape = kept
    ? previous.landscape
    : createLandscape(problem.surface, resolution, heightScale, axisView, previous?.landscape);
  // A kept landscape may still show the last mini-batch's surface: back to the whole data's.
  if (landscape.surface !== problem.surface) resampleLandscape(landscape, problem.surface);
  const pane = {
    id: setup.id,
    experiment,
    problem,
    landscape,
    runners: [] as Runner[],
    whole:
      previous && previous.problem.data === problem.data
        ? previous.whole
        : dataFeatureStats(problem),
    convergedAt: [] as (number | null)[],
  };
  pane.runners = createRunners(pane);
  pane.convergedAt = pane.runners.map(() => null);
  return pane;
}
