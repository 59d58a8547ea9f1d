import { create } from 'zustand';
import { createExperimentSlice, type ExperimentSlice } from './experiment-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

/** The whole app state: one zustand store built from slices. */
export type LabState = ExperimentSlice & RunSlice & UiSlice;

export const useLab = create<LabState>()((...a) => ({
  ...createExperimentSlice(...a),
  ...createRunSlice(...a),
  ...createUiSlice(...a),
}));

/** The interface language: the experiment's, or the browser's while it is on auto. */
export const selectLanguage = (s: LabState) => s.experiment.language ?? s.browserLanguage;
