import type { StateCreator } from 'zustand';
import {
  changeExperiment,
  DEFAULT_EXPERIMENT,
  freshExperiment,
  type ChangeOptions,
  type Experiment,
  type IgnoredParam,
} from '../../src/index.ts';
import { problemFor } from '../sim/problem-cache.ts';
import type { LabState } from './lab-store.ts';

/** The experiment: the serializable setting that the URL carries. */
export interface ExperimentSlice {
  experiment: Experiment;
  /** URL values that were not understood when the page opened. */
  ignoredParams: IgnoredParam[];
  /** Changes the experiment by the core's rules (changeExperiment): every control goes through here. */
  setExperiment(patch: Partial<Experiment>, options?: Omit<ChangeOptions, 'build'>): void;
  /** Replaces the experiment with a fresh one (a link opened, a lesson scene): defaults plus `fields`. */
  openExperiment(fields: Partial<Experiment>): void;
}

export const createExperimentSlice: StateCreator<LabState, [], [], ExperimentSlice> = (set) => ({
  experiment: DEFAULT_EXPERIMENT,
  ignoredParams: [],
  setExperiment: (patch, options) =>
    set((s) => ({
      experiment: changeExperiment(s.experiment, patch, { ...options, build: problemFor }),
    })),
  openExperiment: (fields) => set({ experiment: freshExperiment(fields, problemFor) }),
});
