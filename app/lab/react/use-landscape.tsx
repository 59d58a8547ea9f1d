import { useSyncExternalStore } from 'react';
import { usePane } from './driver-context.tsx';
import { useDriver } from './driver-context.tsx';
import type { Problem } from '../../../src/index.ts';
import type { Landscape } from '../engine/landscape.ts';

/** This pane's landscape; re-renders when it is replaced (new surface, scale or view), not on each step. */
export function useLandscape(): Landscape {
  const driver = useDriver();
  const { pane } = usePane();
  return useSyncExternalStore(driver.subscribe, () => pane().landscape);
}

/** This pane's own problem (its surface, minima and curvature); re-renders when the panes are rebuilt. */
export function usePaneProblem(): Problem {
  const driver = useDriver();
  const { pane } = usePane();
  return useSyncExternalStore(driver.subscribe, () => pane().problem);
}
