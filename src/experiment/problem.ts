import { curvature, type Curvature } from '../analysis/curvature.ts';
import { DEFAULT_BATCH_NORM, type BatchNormSettings } from '../batchnorm/batch-norm-layer.ts';
import { batchNormSurface } from '../batchnorm/batch-norm-surface.ts';
import { dataSurface, type DataSurface } from '../datasets/data-surface.ts';
import {
  mapWeights,
  meanAndStd,
  RAW_FEATURES,
  thenNormalize,
  type FeatureTransform,
} from '../datasets/feature-scaling.ts';
import type { Dataset } from '../datasets/dataset.ts';
import { loadDataset, type DatasetId } from '../datasets/registry.ts';
import { userDataset } from '../datasets/user-data/user-data.ts';
import type { OptimizerId } from '../optimizers/optimizer.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import type { MiniBatchConfig } from '../simulation/batch-gradient.ts';
import type { SimulationConfig } from '../simulation/runner.ts';
import { createSurface } from '../surfaces/registry.ts';
import { clampToDomain, type Surface } from '../surfaces/surface.ts';
import {
  allRuns,
  isDataSurface,
  USER_SURFACE,
  type Experiment,
  type RunSpec,
} from './experiment.ts';

/** What an experiment turns into: the surface to draw and descend, and what the controls need. */
export interface Problem {
  /** The surface drawn and on which losses are measured (for batch norm: the whole-data limit). */
  surface: Surface;
  /** For data-driven surfaces: the data set, its scaled version and the scaling's statistics. */
  data: DataSurface | null;
  /** Raw features → the features the weights act on (scaling, then batch norm); null without data. */
  transform: FeatureTransform | null;
  /** Mini-batch settings when the run uses mini-batches (SGD or batch norm on data). */
  batch: MiniBatchConfig | undefined;
  /** Batch normalization is on (it applies to data-driven surfaces only). */
  batchNorm: BatchNormSettings | null;
  curvature: Curvature;
  /** 2/λ_max at the minimum, or a scale-based stand-in where that is undefined. */
  stabilityLimit: number;
  /** The learning-rate slider's range: about 1e-4× to 10× the stability limit. */
  learningRateRange: [number, number];
  /** The learning rate used when the experiment leaves it on auto. */
  defaultLearningRate: number;
  learningRate: number;
}

/** Raw → scaled → batch-normalized (whole-data μ, √(σ² + ε)/γ per scaled feature) as one transform. */
function composeTransform(
  first: FeatureTransform,
  data: Dataset,
  settings: BatchNormSettings,
): FeatureTransform {
  const bn = [data.x1, data.x2].map((x, k) => {
    const { mean, std } = meanAndStd(x);
    return [mean, Math.sqrt(std * std + settings.epsilon) / settings.gamma[k as 0 | 1]] as const;
  });
  return thenNormalize(first, [bn[0]![0], bn[1]![0]], [bn[0]![1], bn[1]![1]]);
}

/** The data set behind a data surface: the registry's, or the user's own (`userData`). */
export function experimentDataset(e: Experiment): Dataset {
  if (e.surface !== USER_SURFACE) return loadDataset(e.surface as DatasetId);
  // The change rules never leave the user's surface without its data.
  if (!e.userData) throw new Error('The surface "user" needs userData.');
  return userDataset(e.userData);
}

/** What a surface needs: built from the fields whose change has the effect "surface" (url-codec). */
export type SurfaceProblem = Pick<
  Problem,
  'surface' | 'data' | 'transform' | 'batchNorm' | 'curvature' | 'stabilityLimit'
>;

/**
 * The surface an experiment describes, with its data, feature transform and curvature. Reads only
 * the "surface" fields (surface, κ, scaling, batch norm and its mode, the user's data): the
 * optimizer, batch size and η do not change it. Pure: the same fields give the same surface.
 */
export function buildSurfaceProblem(e: Experiment): SurfaceProblem {
  let surface: Surface;
  let data: DataSurface | null = null;
  let transform: FeatureTransform | null = null;
  let batchNorm: BatchNormSettings | null = null;
  if (isDataSurface(e.surface)) {
    const raw = experimentDataset(e);
    data = dataSurface(raw, e.scaling);
    transform = data.transform;
    surface = data.surface;
    if (e.batchNorm) {
      batchNorm = { ...DEFAULT_BATCH_NORM, mode: e.batchNormMode };
      surface = batchNormSurface(data.data, batchNorm);
      transform = composeTransform(data.transform, data.data, batchNorm);
    }
    // The data set's own start is one model in raw weights: the same model in these features
    // (w̃ = w·s per feature), kept inside the drawn domain.
    if (raw.start) {
      const start = clampToDomain(surface.domain, mapWeights(raw.start, RAW_FEATURES, transform));
      surface = { ...surface, start };
    }
  } else {
    surface = createSurface(e.surface, { conditionNumber: e.conditionNumber });
  }
  const c = curvature(surface);
  const stabilityLimit = c.stabilityLimit ?? domainWidth(surface) / 10;
  return { surface, data, transform, batchNorm, curvature: c, stabilityLimit };
}

/**
 * A surface's problem with what a run on it needs from `e`: mini-batches (stochastic optimizers,
 * batch norm), the learning-rate range and default for the optimizer, and η. Cheap: nothing is
 * sampled, and the surface object is the one given (so a drawn grid of it can be kept).
 */
export function withRunSettings(s: SurfaceProblem, e: Experiment): Problem {
  const batch: MiniBatchConfig | undefined =
    s.data && (s.batchNorm || OPTIMIZERS[e.optimizer].stochastic)
      ? { data: s.data.data, size: e.batchSize, batchNorm: s.batchNorm ?? undefined }
      : undefined;
  const defaultLearningRate = defaultRate(s.surface, s.stabilityLimit, e.optimizer);
  return {
    ...s,
    batch,
    learningRateRange: rateRange(s.surface, s.stabilityLimit, e.optimizer),
    defaultLearningRate,
    learningRate: e.learningRate ?? defaultLearningRate,
  };
}

/** Builds the problem an experiment describes. Pure: the same experiment gives the same problem. */
export function buildProblem(e: Experiment): Problem {
  return withRunSettings(buildSurfaceProblem(e), e);
}

function domainWidth(surface: Surface): number {
  const { w1, w2 } = surface.domain;
  return Math.max(w1[1] - w1[0], w2[1] - w2[0]);
}

const isAdaptive = (o: OptimizerId) => OPTIMIZERS[o].adaptive;

/**
 * About 1e-4× to 10× the stability limit. Adaptive methods move each weight by about η a step,
 * so their range follows the domain's width instead.
 */
function rateRange(
  surface: Surface,
  stabilityLimit: number,
  optimizer: OptimizerId,
): [number, number] {
  const scale = isAdaptive(optimizer) ? domainWidth(surface) / 10 : stabilityLimit;
  return [1e-4 * scale, 10 * scale];
}

/** A tenth of the stability limit (a two-hundredth of the domain's width for adaptive methods). */
function defaultRate(surface: Surface, stabilityLimit: number, optimizer: OptimizerId): number {
  return isAdaptive(optimizer) ? domainWidth(surface) / 200 : stabilityLimit / 10;
}

/** The learning rate a run uses on a problem: its own, or the default for its optimizer. */
export function runLearningRate(p: Problem, run: RunSpec): number {
  return run.learningRate ?? defaultRate(p.surface, p.stabilityLimit, run.optimizer);
}

/** Steps after which a run on the page counts as too slow, however it compares with the fewest. */
export const LIVE_HORIZON = 3000;

/** The simulation of one run of an experiment (default its main run). */
export function simulationConfig(
  e: Experiment,
  p: Problem,
  steps: number,
  run: RunSpec = allRuns(e)[0]!,
): SimulationConfig {
  return {
    surface: p.surface,
    optimizer: run.optimizer,
    params: {
      learningRate: runLearningRate(p, run),
      momentum: e.momentum,
      rho: e.rho,
      beta1: e.beta1,
      beta2: e.beta2,
    },
    start: e.start ?? p.surface.start,
    steps,
    seed: e.seed,
    batch: p.batch,
    // Noise for SGD on formula surfaces, sized to the surface so it shows without swamping.
    gradientNoise: 0.05 * Math.max(1e-12, p.curvature.eigenvalues[0]) * domainWidth(p.surface),
    horizon: LIVE_HORIZON,
  };
}
