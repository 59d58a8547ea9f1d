import { useEffect } from 'react';
import { stepScene, goToScene } from './lessons/lesson-actions.ts';
import { LESSON } from './lessons/scenes.ts';
import type { Driver } from './sim/driver.ts';
import { useLab } from './store/store.ts';

/** Full screen on and off (the browser may refuse; nothing else depends on it). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Space play/pause, → step, R reset, N/P or a clicker's PageDown/PageUp next/previous scene,
 * 1–9 jump to a scene, F full screen, ? help — unless a form control has the focus.
 */
export function useKeyboardShortcuts(driver: Driver) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const { helpOpen, setHelpOpen } = useLab.getState();
      if (e.key === 'Escape' && helpOpen) {
        setHelpOpen(false);
        return;
      }
      const target = e.target as HTMLElement | null;
      if (
        target?.closest('input, select, textarea, button, summary, a, [contenteditable="true"]') &&
        e.key !== 'PageDown' &&
        e.key !== 'PageUp'
      )
        return;
      if (e.key === ' ') driver.togglePlay();
      else if (e.key === 'ArrowRight') driver.stepOnce();
      else if (e.key === 'r' || e.key === 'R') driver.reset();
      else if (e.key === 'n' || e.key === 'N' || e.key === 'PageDown') stepScene(1);
      else if (e.key === 'p' || e.key === 'P' || e.key === 'PageUp') stepScene(-1);
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= LESSON.length) goToScene(Number(e.key));
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === '?') setHelpOpen(!helpOpen);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [driver]);
}
