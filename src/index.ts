// The public API of the Error Surface Lab simulation core. Framework-free: no React, three,
// zustand or DOM, so it runs in the browser, in a worker and in Node alike.
// It exports what app/, bench/, scripts/ and the README's examples use; tests import anything else
// from its own module. `npx tsx scripts/api-usage.ts` lists where each name is used.

// Shared basics: localized text and the seeded random numbers
export type { LocalizedText, Language } from './text.ts';
export { outsideText, OUTSIDE_TEXT_MAX } from './text.ts';
export { createRng } from './random.ts';

// Surfaces
export type { Domain, Point2, Surface } from './surfaces/surface.ts';
export { minimumLoss } from './surfaces/surface.ts';
export { createSurface } from './surfaces/registry.ts';

// Data sets, feature scaling and their error surfaces
export { lectureDataset } from './datasets/lecture-data.ts';
export { penguinsDataset } from './datasets/penguins.ts';
export {
  FEATURE_SCALINGS,
  mapWeights,
  meanAndStd,
  type FeatureScaling,
} from './datasets/feature-scaling.ts';
export { regressionLossDirect } from './datasets/regression-stats.ts';
export { dataSurface } from './datasets/data-surface.ts';

// The user's own data: a table read from CSV/TSV, the chosen columns, checks, and links
export { asUserTable } from './datasets/user-data/stored-table.ts';
export {
  createTableBuilder,
  fileSizeIssue,
  sniffBytes,
  sniffText,
  type TableBuilder,
  type TableResult,
  type UserTable,
} from './datasets/user-data/table.ts';
export type {
  DataIssue,
  DataIssueCode,
  DataNote,
  DataNoteCode,
} from './datasets/user-data/messages.ts';
export {
  chooseColumns,
  tableOfUserData,
  withDefaultChoice,
  type ColumnChoice,
} from './datasets/user-data/choose.ts';
export { makeUserData, userDataset, type UserData } from './datasets/user-data/user-data.ts';
export { parseUserDataRef, type UserDataRef } from './datasets/user-data/link.ts';

// Batch normalization: its surfaces and a look inside the mini-batches
export { batchNormSurface, miniBatchSurface } from './batchnorm/batch-norm-surface.ts';
export {
  batchPoints,
  normalizedValueAcrossBatches,
  trainInferenceLosses,
} from './batchnorm/batch-inspection.ts';

// Optimizers
export {
  DEFAULT_OPTIMIZER_PARAMS,
  OPTIMIZER_IDS,
  initOptimizerState,
  type OptimizerId,
} from './optimizers/optimizer.ts';
export { OPTIMIZERS } from './optimizers/registry.ts';
export { gradientDescentStep } from './optimizers/gradient-descent.ts';

// Analysis
export { curvature, stepFactors, type Curvature } from './analysis/curvature.ts';
export type { Regime } from './analysis/regime.ts';
export { fewestSteps, stepsToConverge, wouldCrawl } from './analysis/step-counts.ts';

// Simulation: runs, their kept history, and learning-rate sweeps
export { simulate } from './simulation/simulate.ts';
export { createRunner, type Runner } from './simulation/runner.ts';
export { indexOfStep, keptEvery, stepOf } from './simulation/run-history.ts';
export { logSpace, sweepLearningRates, type SweepPoint } from './simulation/sweep.ts';

// Landscape: sampled grids, height maps, ticks, clipping, contours and colours
export { sampleGrid, type Grid } from './landscape/sample-grid.ts';
export { gridSurface } from './landscape/grid-surface.ts';
export { createHeightMap, surfaceHeightMap, type HeightMap } from './landscape/height-map.ts';
export { heightTicks, logTicks, niceTicks } from './landscape/ticks.ts';
export { clipSegment, inDomain, lastExit } from './landscape/clip.ts';
export { contourSegments, type Contours } from './landscape/contours.ts';
export { viridis } from './landscape/colormap.ts';

// Experiments: the serializable setting of the app, its URL codec, and what it builds
export {
  USER_SURFACE,
  DEFAULT_EXPERIMENT,
  MAX_NETWORK_LAYERS,
  MAX_RUNS,
  SPEED_LIMITS,
  CONDITION_NUMBER_LIMITS,
  allRuns,
  isDataSurface,
  type AxisView,
  type CameraPreset,
  type Experiment,
  type HeightScale,
  type NetworkSetting,
  type RunSpec,
  type SurfaceId,
} from './experiment/experiment.ts';
export {
  changeEffect,
  decodeExperimentPatch,
  encodeExperiment,
  fieldText,
  fieldsWithEffect,
  validateExperimentFields,
  type IgnoredParam,
} from './experiment/url-codec.ts';
export {
  decideChange,
  experimentQuery,
  freshExperiment,
  type ChangeDecision,
} from './experiment/change.ts';
export { surfaceCatalog, surfaceInfo } from './experiment/surface-catalog.ts';
export {
  buildProblem,
  buildSurfaceProblem,
  withRunSettings,
  type SurfaceProblem,
  runLearningRate,
  simulationConfig,
  LIVE_HORIZON,
  type Problem,
} from './experiment/problem.ts';
export {
  LEARNING_RATE_PRESETS,
  learningRatePresets,
  type LearningRatePreset,
} from './experiment/learning-rate-presets.ts';
export { paneSetups, type PaneId, type PaneSetup } from './experiment/panes.ts';

// Page options: how the page is shown apart from the experiment (embed, controls, presenter, theme)
export {
  CONTROL_IDS,
  DEFAULT_PAGE_OPTIONS,
  decodePageOptions,
  encodePageOptions,
  type ControlId,
  type PageOptions,
  type Theme,
} from './experiment/page-options.ts';

// A small network with optional batch normalization
export { NETWORK_TASKS, type NetworkTask } from './network/task-ids.ts';
// The tasks' example data (taskData) and the presets (NETWORK_PRESETS, matchingPreset) are imported
// from src/network/tasks.ts and presets.ts themselves: re-exported here, the app's bundler would
// put them in the code loaded before the first frame, though only the network lab uses them.
export {
  createMlp,
  MLP_BN_EPSILON,
  NORMALIZATIONS,
  type Normalization,
  type Mlp,
} from './network/mlp.ts';
export { createWorkspace, type MlpWorkspace } from './network/mlp-workspace.ts';
export { trainMlp } from './network/train.ts';
export {
  createSliceScratch,
  filterNormalizedDirection,
  lossSlicePoints,
  subgrid,
  type SlicePoints,
  type SliceScratch,
  type Smoothness,
} from './network/landscape.ts';
export { pathPlane, type PathPlane } from './network/path-plane.ts';
export {
  batchSizeEffect,
  guessLoss,
  inputDrift,
  isStuck,
  smoothnessMedians,
  stableRateBracket,
  STUCK_WITHIN,
  trainAndRecord,
  trainedRun,
  TRAINS_BELOW,
  type BatchSizeRow,
  type StableRate,
  type UnitInputPercentiles,
} from './network/lab.ts';
