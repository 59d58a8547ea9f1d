import type { BatchNormMode } from '../batchnorm/batch-norm-layer.ts';
import type { FeatureScaling } from '../datasets/feature-scaling.ts';
import type { OptimizerId } from '../optimizers/optimizer.ts';
import { DATASET_IDS, DATASETS, type DatasetId } from '../datasets/registry.ts';
import type { UserData } from '../datasets/user-data/user-data.ts';
import { ANALYTIC_SURFACE_IDS, type AnalyticSurfaceId } from '../surfaces/registry.ts';
import type { Language } from '../text.ts';
import type { NetworkTask } from '../network/task-ids.ts';

/** Surfaces backed by a data set (linear regression; the data-set registry); the rest are formulas. */
export const DATA_SURFACE_IDS: readonly DatasetId[] = DATASET_IDS;
export type DataSurfaceId = DatasetId;

/** The surface of the user's own data (the experiment's `userData`). */
export const USER_SURFACE = 'user';
export type UserSurfaceId = typeof USER_SURFACE;

/** Every surface the app offers, data-driven first (they carry the lesson), then the user's data. */
export type SurfaceId = DataSurfaceId | AnalyticSurfaceId | UserSurfaceId;
/** The surfaces an experiment builds from its other fields alone (all but the user's data). */
export const SURFACE_IDS: readonly SurfaceId[] = [...DATA_SURFACE_IDS, ...ANALYTIC_SURFACE_IDS];

export const CAMERA_PRESETS = ['3d', 'top', 'side'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

/** How loss maps to height: auto picks log when the loss spans orders of magnitude. */
export const HEIGHT_SCALES = ['auto', 'linear', 'log'] as const;
export type HeightScale = (typeof HEIGHT_SCALES)[number];

/** equal: w1 and w2 share one scale (honest shape); fit: each axis stretched to fill the view. */
export const AXIS_VIEWS = ['equal', 'fit'] as const;
export type AxisView = (typeof AXIS_VIEWS)[number];

export const LEARNING_RATE_ON_TOGGLE = ['keep', 'best'] as const;
export type LearningRateOnToggle = (typeof LEARNING_RATE_ON_TOGGLE)[number];

/** One more optimizer run beside the main one: its optimizer and learning rate (null = auto). */
export interface RunSpec {
  optimizer: OptimizerId;
  learningRate: number | null;
}

/** The simulation speeds a link and the speed control accept, in steps per second. */
export const SPEED_LIMITS = [1, 2000] as const;
/** The condition numbers a link and the κ control accept. */
export const CONDITION_NUMBER_LIMITS = [1, 1e4] as const;

/** Most runs shown at once (the main run and up to five more). */
export const MAX_RUNS = 6;

/** single: one view; compare: the same runs on the raw, standardized and batch-normalized data side by side. */
export const PANE_LAYOUTS = ['single', 'compare'] as const;
export type PaneLayout = (typeof PANE_LAYOUTS)[number];

/** The small network of the batch-normalization lab. */
export interface NetworkSetting {
  task: NetworkTask;
  /** 1 to MAX_NETWORK_LAYERS hidden layers of 4 to 32 units. */
  layers: number;
  width: number;
  learningRate: number;
  steps: number;
}

/** The most hidden layers of the network lab (deep enough for batch norm's smoothing to show). */
export const MAX_NETWORK_LAYERS = 6;

/** The "where batch norm helps" preset (src/network/presets.ts; a test keeps them equal). */
export const DEFAULT_NETWORK: NetworkSetting = {
  task: 'circles',
  layers: 6,
  width: 16,
  learningRate: 1,
  steps: 300,
};

/** One experiment: a plain, serializable object (it lives in the URL). */
export interface Experiment {
  surface: SurfaceId;
  /** The user's own data while the surface is USER_SURFACE; null otherwise. */
  userData: UserData | null;
  /** Condition number of the valley surfaces. */
  conditionNumber: number;
  /** Feature scaling of the data-driven surfaces. */
  scaling: FeatureScaling;
  batchNorm: boolean;
  batchSize: number;
  batchNormMode: BatchNormMode;
  optimizer: OptimizerId;
  /** Step size η; null follows the surface (a tenth of its stability limit). */
  learningRate: number | null;
  /**
   * What a change of feature scaling or batch normalization does to η: keep the same η, or take
   * the new surface's "about right" rate 1/λ_max (the page says which it did).
   */
  learningRateOnToggle: LearningRateOnToggle;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  /** Start point; null uses the surface's own. */
  start: readonly [number, number] | null;
  seed: number;
  camera: CameraPreset;
  /** Interface language; null follows the browser. */
  language: Language | null;
  /** Simulation speed in steps per second. */
  speed: number;
  heightScale: HeightScale;
  axisView: AxisView;
  /** Runs beside the main one (at most MAX_RUNS − 1); they share its start and other settings. */
  extraRuns: readonly RunSpec[];
  panes: PaneLayout;
  /** Learning rates the sweep covers; null spans 1e-3× to 10× the stability limit. */
  sweepRange: readonly [number, number] | null;
  network: NetworkSetting;
}

export const DEFAULT_EXPERIMENT: Experiment = {
  surface: 'lecture',
  userData: null,
  conditionNumber: 25,
  scaling: 'none',
  batchNorm: false,
  batchSize: 16,
  batchNormMode: 'train',
  optimizer: 'gd',
  // 0.88× the lecture surface's stability limit 2/λ_max: the first steps zig-zag across the
  // valley, then the run crawls along it (docs/domain.md §2b, the lecture's central figure).
  learningRate: 0.0009,
  learningRateOnToggle: 'best',
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  start: null,
  seed: 1,
  camera: '3d',
  language: null,
  // Slow enough to follow each zig-zag step on the first Play.
  speed: 10,
  heightScale: 'auto',
  axisView: 'equal',
  extraRuns: [],
  panes: 'single',
  sweepRange: null,
  network: DEFAULT_NETWORK,
};

/** Every run of an experiment, the main one first. */
export function allRuns(e: Experiment): RunSpec[] {
  return [{ optimizer: e.optimizer, learningRate: e.learningRate }, ...e.extraRuns].slice(
    0,
    MAX_RUNS,
  );
}

/** Backed by data (a data set of the registry, or the user's own): scaling and batch norm apply. */
export function isDataSurface(id: SurfaceId): id is DataSurfaceId | UserSurfaceId {
  return id === USER_SURFACE || Object.hasOwn(DATASETS, id);
}
