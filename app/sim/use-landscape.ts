import { useSyncExternalStore } from 'react';
import { usePane } from './driver-context.ts';
import { useDriver } from './driver-context.ts';
import type { Landscape } from './landscape.ts';

/** This pane's landscape; re-renders when it is replaced (new surface, scale or view), not on each step. */
export function useLandscape(): Landscape {
  const driver = useDriver();
  const { pane } = usePane();
  return useSyncExternalStore(driver.subscribe, () => pane().landscape);
}
