import { hasLanguage, loadLanguage } from '../i18n/i18n.ts';
import type { LabState, LabStore } from './store/lab-store.ts';

/** The language asked for: the experiment's, or the browser's while it is on auto. */
export const selectWantedLanguage = (s: LabState) => s.experiment.language ?? s.browserLanguage;

/** The interface language: the one asked for once its messages have loaded, English until then. */
export const selectLanguage = (s: LabState) => {
  const language = selectWantedLanguage(s);
  return hasLanguage(language) ? language : 'en';
};

/**
 * A language asked for whose messages are not loaded yet loads (its own chunk, docs/performance.md);
 * then the store notifies, so everything that reads the language shows it. Returns the unsubscribe.
 */
export function loadLanguagesAskedFor(store: LabStore): () => void {
  return store.subscribe((s) => {
    const language = selectWantedLanguage(s);
    if (!hasLanguage(language)) void loadLanguage(language).then(() => store.setState({}));
  });
}
