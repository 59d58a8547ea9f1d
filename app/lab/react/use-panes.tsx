import { useSyncExternalStore } from 'react';
import { useDriver } from './driver-context.tsx';
import type { Pane } from '../engine/pane.ts';

/** The driver's panes; re-renders when the set is rebuilt, not on each step. */
export function usePanes(): readonly Pane[] {
  const driver = useDriver();
  return useSyncExternalStore(driver.subscribe, () => driver.panes);
}
