import { useEffect } from 'react';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';

/**
 * Applies the theme: the page option (`theme=light|dark`) or, while it is on auto, the system's
 * light or dark setting, followed live. Sets `theme-light` on <html> and the store's `theme`.
 */
export function useTheme() {
  const lab = useLabApi();
  const chosen = useLab((s) => s.page.theme);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: light)');
    const apply = () => {
      const theme = chosen ?? (query?.matches ? 'light' : 'dark');
      document.documentElement.classList.toggle('theme-light', theme === 'light');
      lab.store.setState({ theme });
    };
    apply();
    query?.addEventListener?.('change', apply);
    return () => query?.removeEventListener?.('change', apply);
  }, [chosen, lab]);
}
