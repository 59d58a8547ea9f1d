import type {
  BatchSizeRow,
  NetworkTask,
  Normalization,
  PathPlane,
  SlicePoints,
  Smoothness,
  StableRate,
  UnitInputPercentiles,
} from '../../src/index.ts';

/** Which network, on which data: enough for a worker to rebuild both. */
export interface NetworkSpec {
  task: NetworkTask;
  hidden: number[];
  normalization: Normalization;
  seed: number;
}

/** One job of the network lab's workers: train and measure one network, or a part of a loss slice. */
export type NetworkJob =
  | {
      kind: 'train';
      spec: NetworkSpec;
      learningRate: number;
      steps: number;
      batchSize: number;
      /** The grid the stable rate is searched on (ascending). */
      rates: number[];
      /** Batch sizes for the batch-size effect (batch and layer norm only). */
      batchSizes: number[];
    }
  | {
      kind: 'slice';
      spec: NetworkSpec;
      /** The slice's centre θ and its two directions. */
      params: Float64Array;
      d1: Float64Array;
      d2: Float64Array;
      resolution: number;
      range: number;
      points: SlicePoints;
    };

/** One network trained, measured and with its path's plane. */
export interface TrainedNetwork {
  normalization: Normalization;
  parameters: number;
  recordedAt: number[];
  losses: number[];
  diverged: boolean;
  /** The loss of the best constant prediction (guessLoss), and whether the network is stuck (isStuck). */
  guess: number;
  stuck: boolean;
  smoothness: ({ step: number } & Smoothness)[];
  unitInput: UnitInputPercentiles[];
  stable: StableRate;
  batchSizes: BatchSizeRow[];
  /** The path's plane (PCA), the path in it, and the centre of the slice (the path's end). */
  plane: PathPlane;
  center: Float64Array;
  /** Half-width of the slice: the path with a margin. */
  range: number;
}

export type NetworkJobResult =
  | { kind: 'train'; network: TrainedNetwork }
  /** The slice's n × n values, NaN where this job computed nothing. */
  | { kind: 'slice'; values: Float32Array };
