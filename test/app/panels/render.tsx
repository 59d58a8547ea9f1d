import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { freshExperiment, type Experiment } from '../../../src/index.ts';
import { createDriver, type Driver } from '../../../app/lab/engine/driver.ts';
import { DriverContext } from '../../../app/lab/react/driver-context.tsx';
import { useLab } from '../../../app/lab/react/use-lab.tsx';
import '../dom-setup.ts';

const initial = useLab.getState();
let previous: Driver | null = null;

/** Renders `ui` with a fresh store at `experiment` and a driver over it. */
export function renderWithDriver(
  ui: ReactNode,
  experiment: Partial<Experiment> = {},
): { driver: Driver } & ReturnType<typeof render> {
  previous?.dispose();
  useLab.setState(initial, true);
  useLab.setState({ experiment: freshExperiment(experiment) });
  const driver = (previous = createDriver(useLab, 32));
  const result = render(<DriverContext.Provider value={driver}>{ui}</DriverContext.Provider>);
  return { driver, ...result };
}
