import { createContext, useContext } from 'react';
import type { Driver } from './driver.ts';

export const DriverContext = createContext<Driver | null>(null);

/** The simulation driver of this page. */
export function useDriver(): Driver {
  const driver = useContext(DriverContext);
  if (!driver) throw new Error('useDriver outside DriverContext');
  return driver;
}
