import { createContext, useCallback, useContext, type RefObject } from 'react';
import type { Driver } from './driver.ts';
import type { Pane } from './pane.ts';

export const DriverContext = createContext<Driver | null>(null);

/** The simulation driver of this page. */
export function useDriver(): Driver {
  const driver = useContext(DriverContext);
  if (!driver) throw new Error('useDriver outside DriverContext');
  return driver;
}

/** Which pane a scene shows (0 in the single layout). */
export const PaneIndexContext = createContext(0);

/** The pane index of this scene, and a getter for its current pane (panes are replaced on rebuilds). */
export function usePane(): { index: number; pane: () => Pane } {
  const driver = useDriver();
  const index = useContext(PaneIndexContext);
  const pane = useCallback(() => driver.panes[index] ?? driver.panes[0]!, [driver, index]);
  return { index, pane };
}

/**
 * The DOM layer a pane's 3-D labels are put in. A layer of our own (rather than the canvas's
 * parent) stays in place while a canvas is torn down, so labels never outlive their parent.
 */
export const LabelLayerContext = createContext<RefObject<HTMLDivElement | null> | null>(null);
