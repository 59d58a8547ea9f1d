import type { StateCreator } from 'zustand';
import type { Problem } from '../../src/index.ts';
import type { LabState } from './store.ts';

/** What the panels show of a run; the driver publishes it a few times a second, not per frame. */
export type DisplayStatus =
  'ready' | 'running' | 'converged' | 'too-slow' | 'oscillating' | 'diverging' | 'diverged';

/** Statistics of one feature: this mini-batch, the whole data, the running averages. */
export interface FeatureBatchStats {
  batchMean: number;
  batchStd: number;
  dataMean: number;
  dataStd: number;
  runningMean: number;
  runningStd: number;
}

export interface RunSummary {
  step: number;
  loss: number;
  gradientNorm: number;
  w1: number;
  w2: number;
  status: DisplayStatus;
  /** Present while a batch-normalized run has drawn a mini-batch. */
  batch: readonly [FeatureBatchStats, FeatureBatchStats] | null;
}

export interface RunSlice {
  /** The problem the current experiment builds (surface, curvature, learning-rate range). */
  problem: Problem | null;
  summary: RunSummary;
  playing: boolean;
}

export const INITIAL_SUMMARY: RunSummary = {
  step: 0,
  loss: 0,
  gradientNorm: 0,
  w1: 0,
  w2: 0,
  status: 'ready',
  batch: null,
};

export const createRunSlice: StateCreator<LabState, [], [], RunSlice> = () => ({
  problem: null,
  summary: INITIAL_SUMMARY,
  playing: false,
});
