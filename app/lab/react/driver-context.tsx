import { createContext, useCallback, useContext, type RefObject } from 'react';
import type { Driver } from '../engine/driver.ts';
import type { Pane } from '../engine/pane.ts';
import { useLabApi } from './use-lab.tsx';

/** The simulation driver of this page's lab. */
export function useDriver(): Driver {
  return useLabApi().driver;
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
