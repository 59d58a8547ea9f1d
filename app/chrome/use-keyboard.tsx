import { useEffect } from 'react';
import { goToSceneSoon, LESSON_SCENES, stepSceneSoon } from '../lessons/lesson-loader.ts';
import type { Lab } from '../lab/lab.ts';
import { keyBelongsToControl, spaceWouldActivate } from '../ui/keyboard-target.ts';

/** Full screen on and off (the browser may refuse; nothing else depends on it). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Space play/pause, → step, R reset, N/P or a clicker's PageDown/PageUp next/previous scene,
 * 1–9 jump to a scene, F full screen, ? help — everywhere on the page except while a text field,
 * select or slider has the focus (keyBelongsToControl). Space never re-activates the button that
 * was clicked last: the page takes it for play/pause.
 */
export function useKeyboardShortcuts(lab: Lab) {
  useEffect(() => {
    const { driver } = lab;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const { helpOpen, setHelpOpen } = lab.store.getState();
      if (e.key === 'Escape' && helpOpen) {
        setHelpOpen(false);
        return;
      }
      if (keyBelongsToControl(e.target)) return;
      if (e.key === ' ') driver.togglePlay();
      else if (e.key === 'ArrowRight') driver.stepOnce();
      else if (e.key === 'r' || e.key === 'R') driver.reset();
      else if (e.key === 'n' || e.key === 'N' || e.key === 'PageDown') void stepSceneSoon(lab, 1);
      else if (e.key === 'p' || e.key === 'P' || e.key === 'PageUp') void stepSceneSoon(lab, -1);
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= LESSON_SCENES)
        void goToSceneSoon(lab, Number(e.key));
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === '?') setHelpOpen(!helpOpen);
      else return;
      e.preventDefault();
    };
    // A button activates on Space's keyup: swallow that too, so Space only plays or pauses.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !keyBelongsToControl(e.target) && spaceWouldActivate(e.target))
        e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [lab]);
}
