import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Lab } from '../lab.ts';
import type { LabState } from '../store/lab-store.ts';

export type { LabState, LabStore } from '../store/lab-store.ts';

const LabContext = createContext<Lab | null>(null);

/** Gives the components below the page's lab (one per page; one per test). */
export function LabProvider({ lab, children }: { lab: Lab; children: ReactNode }) {
  return <LabContext.Provider value={lab}>{children}</LabContext.Provider>;
}

/** The lab of this page: its store, driver, problem cache and `change`, the one way to change it. */
export function useLabApi(): Lab {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLabApi outside LabProvider');
  return lab;
}

/** Reads the lab's store in a component, re-rendering when the selected part changes. */
export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(useLabApi().store, selector);
}
