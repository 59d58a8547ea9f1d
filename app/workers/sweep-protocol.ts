import type { Experiment, SweepPoint } from '../../src/index.ts';

/** Asks the worker to sweep `rates` on the experiment's own problem, `steps` steps each. */
export interface SweepRequest {
  id: number;
  experiment: Experiment;
  rates: number[];
  steps: number;
}

export type SweepReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; points: SweepPoint[] }
  | { id: number; type: 'error'; message: string };
