import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Experiment } from '../../src/index.ts';
import { createLab, type Lab } from '../../app/lab/lab.ts';
import { LabProvider } from '../../app/lab/react/use-lab.tsx';
import './dom-setup.ts';

let previous: Lab | null = null;

/**
 * A fresh lab at `experiment` (32² grids), its driver made; the lab made by the last call is
 * disposed, so a test file never leaves a loop running.
 */
export function labFor(experiment: Partial<Experiment> = {}): Lab {
  previous?.dispose();
  const lab = (previous = createLab({ experiment, resolution: () => 32 }));
  void lab.driver;
  return lab;
}

/** Renders `ui` inside a fresh lab at `experiment`. */
export function renderWithLab(
  ui: ReactNode,
  experiment: Partial<Experiment> = {},
): { lab: Lab; driver: Lab['driver'] } & ReturnType<typeof render> {
  const lab = labFor(experiment);
  const result = render(<LabProvider lab={lab}>{ui}</LabProvider>);
  return { lab, driver: lab.driver, ...result };
}

/** The lab made last (by labFor or renderWithLab). */
export function currentLab(): Lab {
  if (!previous) throw new Error('no lab made yet');
  return previous;
}
