import { mapWeights } from '../datasets/feature-scaling.ts';
import { isDataSurface, type Experiment } from './experiment.ts';
import { buildProblem, type Problem } from './problem.ts';

/** Which version of the data a pane shows. */
export const PANE_IDS = ['main', 'raw', 'standardized', 'batchnorm'] as const;
export type PaneId = (typeof PANE_IDS)[number];

/** One view: its variant of the experiment and the problem that builds. */
export interface PaneSetup {
  id: PaneId;
  experiment: Experiment;
  problem: Problem;
}

/**
 * The panes an experiment shows. Single layout, or a formula surface: one pane. Compare layout on a
 * data surface: the same runs on the raw, standardized and batch-normalized data; the start point
 * (given in the experiment's own feature transform) is mapped into each pane's so every pane starts
 * from the same model. `build` lets a caller cache problems.
 */
export function paneSetups(
  e: Experiment,
  build: (e: Experiment) => Problem = buildProblem,
): PaneSetup[] {
  if (e.panes !== 'compare' || !isDataSurface(e.surface))
    return [{ id: 'main', experiment: e, problem: build(e) }];
  const own = build(e).transform!;
  const variants: [PaneId, Partial<Experiment>][] = [
    ['raw', { scaling: 'none', batchNorm: false }],
    ['standardized', { scaling: 'standardize', batchNorm: false }],
    ['batchnorm', { scaling: 'none', batchNorm: true }],
  ];
  return variants.map(([id, patch]) => {
    const base = { ...e, ...patch };
    const problem = build(base);
    const start = e.start ? mapWeights(e.start, own, problem.transform!) : null;
    const experiment = { ...base, start };
    return { id, experiment, problem };
  });
}
