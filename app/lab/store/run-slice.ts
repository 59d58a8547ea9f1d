import type { StateCreator } from 'zustand/vanilla';
import type { LabState } from './lab-store.ts';

/** What the panels show of a run; the driver publishes it a few times a second, not per frame. */
export type DisplayStatus =
  | 'ready'
  | 'running'
  | 'converged'
  | 'too-slow'
  | 'stalled'
  | 'oscillating'
  | 'diverging'
  | 'diverged'
  | 'noisy';

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
  /**
   * While crawling ("too-slow"): about how many more steps it needs at this rate to pass the
   * convergence test (loss gap and |∇L| at 10⁻⁶ of the start's: src/analysis/step-counts.ts).
   */
  remaining: number | null;
  /** The phase before this one, when it was one worth naming (overshooting, crawling) and how long. */
  previous: { status: DisplayStatus; steps: number } | null;
  /** A noisy run's loss: its level and jitter over the last points (null for others). */
  noise: { loss: number; std: number } | null;
  /** Present while a batch-normalized run has drawn a mini-batch. */
  batch: readonly [FeatureBatchStats, FeatureBatchStats] | null;
}

/** A run's summary with the step at which it converged (null while it has not). */
export interface RunProgress extends RunSummary {
  convergedAt: number | null;
}

export interface RunSlice {
  /** The main run of the first pane. */
  summary: RunSummary;
  /** Every run of every pane: runs[pane][run]. */
  runs: RunProgress[][];
  playing: boolean;
  /** While playing: the steps per second this device keeps up with, when short of the speed set. */
  achievedSpeed: number | null;
}

export const INITIAL_SUMMARY: RunSummary = {
  step: 0,
  loss: 0,
  gradientNorm: 0,
  w1: 0,
  w2: 0,
  status: 'ready',
  remaining: null,
  previous: null,
  noise: null,
  batch: null,
};

export const createRunSlice: StateCreator<LabState, [], [], RunSlice> = () => ({
  summary: INITIAL_SUMMARY,
  runs: [],
  playing: false,
  achievedSpeed: null,
});
