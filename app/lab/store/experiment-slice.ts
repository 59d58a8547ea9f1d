import type { StateCreator } from 'zustand/vanilla';
import {
  DEFAULT_EXPERIMENT,
  type ChangeDecision,
  type Experiment,
  type IgnoredParam,
} from '../../../src/index.ts';
import type { LabState } from './lab-store.ts';

/**
 * The experiment: the serializable setting that the URL carries. Read-only here: the lab changes
 * it (lab.change, lab.open), by the core's rules, and nothing else writes it.
 */
export interface ExperimentSlice {
  experiment: Experiment;
  /** URL values that were not understood when the page opened. */
  ignoredParams: IgnoredParam[];
  /** What the last change decided (η kept or re-chosen, start mapped, fields refused), or null. */
  lastChange: ChangeDecision | null;
}

export const createExperimentSlice: StateCreator<LabState, [], [], ExperimentSlice> = () => ({
  experiment: DEFAULT_EXPERIMENT,
  ignoredParams: [],
  lastChange: null,
});
