import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createExperimentSlice, type ExperimentSlice } from './experiment-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

/** The whole app state: one zustand store built from slices. */
export type LabState = ExperimentSlice & RunSlice & UiSlice & DataSlice;
export type LabStore = StoreApi<LabState>;

/** A plain (vanilla) store: the driver and the embed API take one; React reads it through useLab. */
export function createLabStore(): LabStore {
  return createStore<LabState>()((...a) => ({
    ...createExperimentSlice(...a),
    ...createRunSlice(...a),
    ...createUiSlice(...a),
    ...createDataSlice(...a),
  }));
}
