import type { NetworkTask } from '../../src/index.ts';

/** What the network lab asks its worker: train a plain and a batch-normalized network alike. */
export interface NetworkRequest {
  id: number;
  task: NetworkTask;
  hidden: number[];
  learningRate: number;
  steps: number;
  batchSize: number;
  seed: number;
  /** Points per side of each loss slice. */
  resolution: number;
}

export interface NetworkCurve {
  batchNorm: boolean;
  recordedAt: number[];
  losses: number[];
  diverged: boolean;
  /** Santurkar et al.'s measures along the gradient during training. */
  smoothness: { step: number; lossRange: number; gradientChange: number }[];
  /** Largest of the swept rates at which this network trains stably. */
  stableRate: number | null;
  /** The trained network's loss slice along two filter-normalized directions. */
  landscape: Float32Array;
  parameters: number;
}

export type NetworkReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | {
      id: number;
      type: 'done';
      curves: NetworkCurve[];
      rates: number[];
      range: number;
      resolution: number;
    }
  | { id: number; type: 'error'; message: string };
