import { useCallback } from 'react';
import { translate, type MessageKey } from '../../i18n/i18n.ts';
import { selectLanguage } from '../language.ts';
import { useLab } from './use-lab.tsx';

/** The translate function for the current language (re-renders when the language changes). */
export function useT() {
  const language = useLab(selectLanguage);
  return useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => translate(language, key, vars),
    [language],
  );
}

export function useLanguage() {
  return useLab(selectLanguage);
}
