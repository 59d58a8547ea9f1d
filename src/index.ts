// The public API of the Error Surface Lab simulation core. Framework-free: no React, three,
// zustand or DOM, so it runs in the browser, in a worker and in Node alike.

export type { LocalizedText, Language } from './text.ts';
export { LANGUAGES } from './text.ts';
export { createRng, type Rng } from './random.ts';
export {
  eigenSymmetric2,
  solveSymmetric2,
  type Eigen2,
  type Symmetric2,
} from './math/symmetric2.ts';

// Surfaces
export type { Domain, Minimum, Point2, Surface } from './surfaces/surface.ts';
export { minimumLoss } from './surfaces/surface.ts';
export { quadraticSurface, hessianFromEigen, type QuadraticSpec } from './surfaces/quadratic.ts';
export {
  ANALYTIC_SURFACE_IDS,
  ANALYTIC_SURFACES,
  createSurface,
  type AnalyticSurfaceEntry,
  type AnalyticSurfaceId,
  type SurfaceOptions,
} from './surfaces/registry.ts';

// Data sets, feature scaling and their error surfaces
export type { Dataset } from './datasets/dataset.ts';
export { datasetSize } from './datasets/dataset.ts';
export { lectureDataset, LECTURE_TRUE_WEIGHTS } from './datasets/lecture-data.ts';
export { penguinsDataset } from './datasets/penguins.ts';
export { carsDataset } from './datasets/cars.ts';
export {
  DATASET_IDS,
  DATASETS,
  loadDataset,
  type DatasetEntry,
  type DatasetId,
} from './datasets/registry.ts';
export {
  FEATURE_SCALINGS,
  RAW_FEATURES,
  applyFeatureTransform,
  featureCovariance,
  featureTransform,
  mapWeights,
  meanAndStd,
  scaleFeatures,
  thenNormalize,
  whiteningMatrix,
  type FeatureScaling,
  type FeatureTransform,
  type Matrix2,
} from './datasets/feature-scaling.ts';
export {
  bestIntercept,
  regressionGradient,
  regressionLoss,
  regressionLossDirect,
  regressionStats,
  type RegressionStats,
} from './datasets/regression-stats.ts';
export { leastSquaresWeights, regressionSurface } from './datasets/regression-surface.ts';
export { dataSurface, type DataSurface } from './datasets/data-surface.ts';

// The user's own data: a table read from CSV/TSV, the chosen columns, checks, and links
export { isBlank, parseNumberCell } from './datasets/user-data/cells.ts';
export {
  createTableBuilder,
  fileSizeIssue,
  sniffBytes,
  sniffText,
  type TableBuilder,
  type TableColumn,
  type TableResult,
  type UserTable,
} from './datasets/user-data/table.ts';
export {
  DATA_ISSUE_CODES,
  DATA_NOTE_CODES,
  MAX_FILE_BYTES,
  type DataIssue,
  type DataIssueCode,
  type DataNote,
  type DataNoteCode,
  type MessageVars,
} from './datasets/user-data/messages.ts';
export {
  HUGE,
  TINY,
  chooseColumns,
  collinearNote,
  columnsIssue,
  defaultChoice,
  tableOfUserData,
  withDefaultChoice,
  type ChoiceResult,
  type ColumnChoice,
} from './datasets/user-data/choose.ts';
export {
  makeUserData,
  userDataId,
  userDataset,
  type UserData,
} from './datasets/user-data/user-data.ts';
export {
  LINK_DATA_LIMIT,
  formatUserDataParam,
  fromBase64Url,
  parseUserDataParam,
  parseUserDataRef,
  toBase64Url,
  type UserDataRef,
} from './datasets/user-data/link.ts';

// Batch normalization
export {
  batchNormalize,
  batchNormalizeValue,
  batchStats,
  updateRunningStats,
  type BatchStats,
  type RunningStats,
} from './batchnorm/batch-norm.ts';
export { createMiniBatchSampler, type MiniBatchSampler } from './batchnorm/mini-batch.ts';
export {
  BATCH_NORM_MODES,
  DEFAULT_BATCH_NORM,
  createBatchNormLayer,
  normalizedRegressionStats,
  populationNormalizedStats,
  type BatchNormLayer,
  type BatchNormMode,
  type BatchNormSettings,
  type NormalizedBatch,
} from './batchnorm/batch-norm-layer.ts';
export { batchNormSurface, miniBatchSurface } from './batchnorm/batch-norm-surface.ts';

// Optimizers
export {
  DEFAULT_OPTIMIZER_PARAMS,
  OPTIMIZER_IDS,
  initOptimizerState,
  sanitizeOptimizerParams,
  type OptimizerId,
  type OptimizerParams,
  type OptimizerState,
  type StepFunction,
} from './optimizers/optimizer.ts';
export { OPTIMIZERS, type OptimizerInfo } from './optimizers/registry.ts';
export { gradientDescentStep } from './optimizers/gradient-descent.ts';
export { momentumStep } from './optimizers/momentum.ts';
export { nesterovStep } from './optimizers/nesterov.ts';
export { adagradStep } from './optimizers/adagrad.ts';
export { rmspropStep } from './optimizers/rmsprop.ts';
export { adamStep } from './optimizers/adam.ts';

// Analysis
export { finiteDifferenceHessian, hessianAt } from './analysis/hessian.ts';
export { curvature, stepFactors, stepsToShrink, type Curvature } from './analysis/curvature.ts';
export { gradientDescentStepsOnQuadratic } from './analysis/quadratic-steps.ts';
export {
  DIVERGENCE_FACTOR,
  REGIMES,
  REVERSAL_SPAN,
  classifyRun,
  isConverged,
  remainingSteps,
  type Regime,
  type RegimeOptions,
  type RunRecord,
} from './analysis/regime.ts';

// Simulation
export { simulate, type Trajectory } from './simulation/simulate.ts';
export {
  createRunner,
  type Runner,
  type RunStatus,
  type SimulationConfig,
} from './simulation/runner.ts';
export {
  createRunHistory,
  historyViews,
  indexOfStep,
  keptEvery,
  pushPoint,
  stepOf,
  type RunHistory,
} from './simulation/run-history.ts';
export {
  createBatchGradient,
  createBatchSchedule,
  scheduledBatchGradient,
  type BatchGradient,
  type BatchSchedule,
  type MiniBatchConfig,
} from './simulation/batch-gradient.ts';

// Landscape sampling
export { sampleGrid, type Grid } from './landscape/sample-grid.ts';

// Experiments: the serializable setting of the app, its URL codec, and what it builds
export {
  AXIS_VIEWS,
  CAMERA_PRESETS,
  DATA_SURFACE_IDS,
  USER_SURFACE,
  DEFAULT_EXPERIMENT,
  LEARNING_RATE_ON_TOGGLE,
  type LearningRateOnToggle,
  HEIGHT_SCALES,
  DEFAULT_NETWORK,
  MAX_NETWORK_LAYERS,
  MAX_RUNS,
  PANE_LAYOUTS,
  SURFACE_IDS,
  SPEED_LIMITS,
  CONDITION_NUMBER_LIMITS,
  allRuns,
  isDataSurface,
  type AxisView,
  type CameraPreset,
  type DataSurfaceId,
  type Experiment,
  type HeightScale,
  type NetworkSetting,
  type PaneLayout,
  type RunSpec,
  type SurfaceId,
  type UserSurfaceId,
} from './experiment/experiment.ts';
export {
  changeEffect,
  decodeExperiment,
  decodeExperimentPatch,
  encodeExperiment,
  EXPERIMENT_FIELD_NAMES,
  EXPERIMENT_FIELDS,
  FIELD_EFFECTS,
  fieldText,
  fieldsWithEffect,
  sameField,
  validateExperimentFields,
  type FieldEffect,
  type IgnoredParam,
} from './experiment/url-codec.ts';
export {
  changeExperiment,
  decideChange,
  experimentQuery,
  freshExperiment,
  normalizeExperiment,
  type ChangeDecision,
  type ChangeOptions,
  type RateDecision,
} from './experiment/change.ts';
export { surfaceCatalog, surfaceInfo, type SurfaceInfo } from './experiment/surface-catalog.ts';
export {
  buildProblem,
  buildSurfaceProblem,
  withRunSettings,
  type SurfaceProblem,
  experimentDataset,
  learningRateRangeFor,
  runLearningRate,
  simulationConfig,
  type Problem,
} from './experiment/problem.ts';
export {
  LEARNING_RATE_PRESETS,
  LEARNING_RATE_PRESET_MULTIPLES,
  bestConstantStep,
  learningRatePresets,
  type BestConstantStep,
  type LearningRatePreset,
} from './experiment/learning-rate-presets.ts';
export {
  createHeightMap,
  RANGE_RESOLUTION,
  surfaceHeightMap,
  type HeightMap,
} from './landscape/height-map.ts';
export { heightTicks, logTicks, niceTicks } from './landscape/ticks.ts';
export { clipSegment, inDomain, lastExit, type DomainExit } from './landscape/clip.ts';
export { contourSegments, type Contours } from './landscape/contours.ts';
export { viridis } from './landscape/colormap.ts';
export {
  edgeOfStability,
  logSpace,
  sweepLearningRates,
  type SweepPoint,
} from './simulation/sweep.ts';
export { PANE_IDS, paneSetups, type PaneId, type PaneSetup } from './experiment/panes.ts';

// A small network with optional batch normalization
export { NETWORK_TASKS, type NetworkTask } from './network/task-ids.ts';
// The tasks' example data (taskData) and the presets (NETWORK_PRESETS, matchingPreset) are imported
// from src/network/tasks.ts and presets.ts themselves: re-exported here, the app's bundler would
// put them in the code loaded before the first frame, though only the network lab uses them.
export {
  cloneMlp,
  createMlp,
  mlpLayout,
  MLP_BN_EPSILON,
  NORMALIZATIONS,
  type LayerLayout,
  type Normalization,
  type Mlp,
  type MlpLayout,
  type MlpSpec,
} from './network/mlp.ts';
export { mlpLoss, type LossOptions } from './network/mlp-loss.ts';
export { createWorkspace, type MlpWorkspace } from './network/mlp-workspace.ts';
export {
  createWholeDataScratch,
  wholeDataLoss,
  type WholeDataScratch,
} from './network/whole-data-loss.ts';
export { trainMlp, type TrainConfig, type TrainResult } from './network/train.ts';
export {
  createSliceScratch,
  filterNormalizedDirection,
  lossSlice,
  lossSlicePoints,
  sliceCoordinate,
  smoothnessAlongGradient,
  subgrid,
  type SlicePoints,
  type SliceScratch,
  type Smoothness,
} from './network/landscape.ts';
export { fastTanh } from './network/activation.ts';
export { pathPlane, type PathPlane } from './network/path-plane.ts';
export { symmetricEigen, type SymmetricEigen } from './network/symmetric-eigen.ts';
export {
  batchSizeEffect,
  inputDrift,
  quantile,
  SMOOTHNESS_STEP_FACTORS,
  smoothnessMedians,
  stableRateBracket,
  trainAndRecord,
  unitInputPercentiles,
  type BatchSizeRow,
  type InputDrift,
  type RecordedTraining,
  type StableRate,
  type UnitInputPercentiles,
} from './network/lab.ts';
export {
  batchPoints,
  normalizedValueAcrossBatches,
  trainInferenceLosses,
} from './batchnorm/batch-inspection.ts';
export { gridSurface } from './landscape/grid-surface.ts';
export {
  CONTROL_IDS,
  DEFAULT_PAGE_OPTIONS,
  PAGE_OPTION_KEYS,
  decodePageOptions,
  encodePageOptions,
  normalizeOrigin,
  parseOrigins,
  THEMES,
  type ControlId,
  type PageOptions,
  type Theme,
} from './experiment/page-options.ts';
