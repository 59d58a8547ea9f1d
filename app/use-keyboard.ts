import { useEffect } from 'react';
import type { Driver } from './sim/driver.ts';

/** Space play/pause, → step, R reset — unless a form control has the focus (it needs those keys). */
export function useKeyboardShortcuts(driver: Driver) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, button, summary, [contenteditable="true"]'))
        return;
      if (e.key === ' ') driver.togglePlay();
      else if (e.key === 'ArrowRight') driver.stepOnce();
      else if (e.key === 'r' || e.key === 'R') driver.reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [driver]);
}
