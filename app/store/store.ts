import { useStore } from 'zustand';
import { createLabStore, type LabState } from './lab-store.ts';

export type { LabState, LabStore } from './lab-store.ts';

/** The page's one store. */
export const labStore = createLabStore();

/** Reads the page's store in a component (re-rendering when the selected part changes); also its vanilla API. */
export const useLab = Object.assign(
  <T>(selector: (s: LabState) => T): T => useStore(labStore, selector),
  labStore,
);

/** The interface language: the experiment's, or the browser's while it is on auto. */
export const selectLanguage = (s: LabState) => s.experiment.language ?? s.browserLanguage;
