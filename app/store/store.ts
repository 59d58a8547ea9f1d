import { useStore } from 'zustand';
import { hasLanguage, loadLanguage } from '../i18n/i18n.ts';
import { createLabStore, type LabState } from './lab-store.ts';

export type { LabState, LabStore } from './lab-store.ts';

/** The page's one store. */
export const labStore = createLabStore();

/** Reads the page's store in a component (re-rendering when the selected part changes); also its vanilla API. */
export const useLab = Object.assign(
  <T>(selector: (s: LabState) => T): T => useStore(labStore, selector),
  labStore,
);

/** The language asked for: the experiment's, or the browser's while it is on auto. */
export const selectWantedLanguage = (s: LabState) => s.experiment.language ?? s.browserLanguage;

/** The interface language: the one asked for once its messages have loaded, English until then. */
export const selectLanguage = (s: LabState) => {
  const language = selectWantedLanguage(s);
  return hasLanguage(language) ? language : 'en';
};

// A language asked for whose messages are not loaded yet loads (its own chunk,
// docs/performance.md); then the store notifies, so everything that reads the language shows it.
labStore.subscribe((s) => {
  const language = selectWantedLanguage(s);
  if (!hasLanguage(language)) void loadLanguage(language).then(() => labStore.setState({}));
});
