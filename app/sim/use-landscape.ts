import { useSyncExternalStore } from 'react';
import { useDriver } from './driver-context.ts';
import type { Landscape } from './landscape.ts';

/** The driver's current landscape; re-renders when it is replaced (new surface, scale or view), not on each step. */
export function useLandscape(): Landscape {
  const driver = useDriver();
  return useSyncExternalStore(driver.subscribe, () => driver.landscape);
}
