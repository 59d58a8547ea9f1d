import type { StateCreator } from 'zustand';
import { DEFAULT_EXPERIMENT, type Experiment, type IgnoredParam } from '../../src/index.ts';
import type { LabState } from './store.ts';

/** The experiment: the serializable setting that the URL carries. */
export interface ExperimentSlice {
  experiment: Experiment;
  /** URL values that were not understood when the page opened. */
  ignoredParams: IgnoredParam[];
  setExperiment(patch: Partial<Experiment>): void;
}

export const createExperimentSlice: StateCreator<LabState, [], [], ExperimentSlice> = (set) => ({
  experiment: DEFAULT_EXPERIMENT,
  ignoredParams: [],
  setExperiment: (patch) => set((s) => ({ experiment: { ...s.experiment, ...patch } })),
});
