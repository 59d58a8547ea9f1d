import type { StateCreator } from 'zustand/vanilla';
import {
  DEFAULT_EXPERIMENT,
  type ChangeDecision,
  type Experiment,
  type IgnoredParam,
} from '../../../src/index.ts';
import type { PaneId } from '../../../src/index.ts';
import type { LabState } from './lab-store.ts';

/** What a run is meant to show in a lesson scene or a comparison: it zig-zags, crawls, diverges, converges. */
export interface RunIntent {
  pane: PaneId;
  run: number;
  does: 'zigzags' | 'crawls' | 'diverges' | 'converges';
}

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
  /**
   * What the scene or comparison on screen means its runs to do (a lesson scene's claims, "raw vs
   * standardized at one η": the raw run diverges). Set with the change that opened it; cleared by
   * the next change that restarts the runs. Notices read it: an intended divergence is explained,
   * not "fixed".
   */
  intent: readonly RunIntent[];
}

export const createExperimentSlice: StateCreator<LabState, [], [], ExperimentSlice> = () => ({
  experiment: DEFAULT_EXPERIMENT,
  ignoredParams: [],
  lastChange: null,
  intent: [],
});
