// English interface strings. zh-TW.ts must define every key (the type checks it).
// The first frame's messages are in en-first-frame.ts; the page loads these after the first frame.
import { enFirstFrame } from './en-first-frame.ts';
import { enNetwork } from './en-network.ts';

export const en = {
  ...enFirstFrame,
  ...enNetwork,
  language: 'Language',
  languageName: 'English',

  sectionSurface: 'Error surface',
  groupData: 'Linear regression on data',
  groupFormula: 'Formula surfaces',
  conditionNumberSetting: 'Valley condition number κ',
  scaling: 'Feature scaling',
  scalingNone: 'None (raw)',
  scalingStandardize: 'Standardize (z-score)',
  scalingMinMax: 'Min-max',
  scalingOnlyData:
    'Feature scaling and batch normalization act on data; pick a data surface to use them.',
  batchNorm: 'Batch normalization',
  batchSize: 'Batch size',
  batchNormMode: 'Statistics',
  modeTrain: 'Training (mini-batch μ_B, σ_B)',
  modeInference: 'Inference (running averages)',
  dataSource: 'Data: {source}',
  scalingWhiten: 'Whiten (decorrelate)',
  whiteningHint:
    'Here ρ = {rho}: standardized κ = {standardized}, whitened κ = 1. Standardizing fixes the scales, not the correlation; whitening fixes both.',
  kappaInfinite:
    'κ = ∞: the Hessian is singular (λ_min = 0), so the loss is flat along one direction and its minimum is a line.',

  sectionData: 'Your data',
  dataIntro:
    'Drop a CSV or TSV file here, choose one, or paste a table: two feature columns and a numeric target. The data never leave this browser.',
  dataChooseFile: 'Choose a file…',
  dataPaste: 'Paste a table',
  dataPasteLabel: 'Table as text (CSV or TSV, the first row naming the columns)',
  dataPasteUse: 'Read the pasted table',
  dataPastedName: 'pasted table',
  dataDropHere: 'Drop the file to read it',
  dataReading: 'Reading {name}…',
  dataCancel: 'Cancel',
  dataRows: '{rows} {rows:one=row|other=rows}',
  dataFeature1: 'Feature x1',
  dataFeature2: 'Feature x2',
  dataTarget: 'Target y',
  dataShow: 'Show its error surface',
  dataForget: 'Forget these data',
  dataKept: 'Kept in this browser only, so a reload keeps it.',
  dataNotKept:
    'Could not keep it in this browser for your next visit ({reason}); it works until you close the page.',
  dataLinkCarries: 'A link to this experiment carries these data ({size} characters).',
  dataLinkReference:
    'Too large for a link: a link names the file, and whoever opens it is asked for the same file.',
  dataLinkNeedsFile:
    'This link uses your data “{name}” ({rows} {rows:one=row|other=rows}: {columns}), too large to travel in a link and not kept in this browser. Load that file under “Your data” to open the experiment.',
  dataExample: ', e.g. “{example}”',
  delimiterComma: 'commas',
  delimiterSemicolon: 'semicolons',
  delimiterTab: 'tabs',
  delimiterBar: 'vertical bars',
  dataIssueEmpty: '“{name}” is empty: there is nothing to read.',
  dataIssueBinary:
    '“{name}” is not text: it looks like a binary file (a spreadsheet workbook, an image, a zip archive…). Save or export your table as CSV or TSV text and choose that file.',
  dataIssueUtf16:
    '“{name}” is saved as UTF-16 text. Save it as UTF-8 CSV (in Excel: “CSV UTF-8”) and choose it again.',
  dataIssueTooLarge:
    '“{name}” is {size}; files up to {limit} can be read here. Keep only the columns you need (three columns of a million rows take about 25 MB).',
  dataIssueHeaderOnly:
    '“{name}” has a header row ({columns} {columns:one=column|other=columns}) but no rows of data.',
  dataIssueTooManyColumns:
    '“{name}” has {columns} {columns:one=column|other=columns}; tables of up to {limit} {limit:one=column|other=columns} can be read here. Keep only the columns you need and choose the file again.',
  dataIssueTooManyCells:
    '“{name}” has more than {limit} {limit:one=cell|other=cells} ({columns} {columns:one=column|other=columns} of more than {rows} {rows:one=row|other=rows}); that is more than can be kept in memory here. Keep only the columns you need and choose the file again.',
  dataIssueOneColumn:
    'Only one column was found in “{name}” (“{column}”). Separate the columns with commas, semicolons, tabs or vertical bars: you need two feature columns and a target column.',
  dataIssueNoNumeric:
    'None of the {columns} {columns:one=column|other=columns} of “{name}” holds numbers. You need three numeric columns: two features and a target.',
  dataIssueTooFewNumeric:
    'Only {count} of the columns of “{name}” {count:one=holds|other=hold} numbers ({list}); three are needed: two features and a target.',
  dataIssueSameColumn:
    '“{column}” is chosen twice. Pick three different columns: two features and a target.',
  dataIssueMissingColumn: 'This table has no numeric column “{column}”.',
  dataIssueTooFewRows:
    'Only {rows} {rows:one=row has|other=rows have} numbers in all three chosen columns; fitting y ≈ b + w1·x1 + w2·x2 needs at least 3.',
  dataIssueConstant:
    'Cannot standardize: “{column}” is {value} in every row (σ = 0), so scaling it would divide by zero and it tells the model nothing. Pick another feature.',
  dataIssueHuge:
    '“{column}” holds {value} (row {row} of the data): numbers beyond ±1e150 overflow double precision once squared, so the error surface cannot be computed. Fix that row, or rescale the column (other units).',
  dataIssueTiny:
    'The values of “{column}” differ by only {spread}: too little to square in double precision (it underflows to zero). Rescale the column, e.g. multiply it by a power of ten.',
  dataIssueDamaged:
    'The table “{name}” is damaged (its row count does not match its columns), so it cannot be shown. Read the file again.',
  dataKeptDropped:
    'Damaged tables kept in this browser were deleted ({count}); read their files again to use them.',
  dataPanelFailed:
    'The data panel could not be shown: the data kept here may be damaged. Forgetting them deletes them from this browser.',
  dataIssueUnreadable: 'Could not read “{name}”: {reason}',
  dataNoteRead:
    'Read “{name}”: {rows} {rows:one=row|other=rows}, {columns} {columns:one=column|other=columns} ({numeric} numeric), separated by {delimiter}.',
  dataNoteNoHeader:
    'The first row holds numbers, not names, so it is read as data and the columns are called “column 1”, “column 2”, …',
  dataNoteRenamed: 'Two columns are named “{from}”; the later one is called “{to}”.',
  dataNoteRenamedMany:
    '{count} {count:one=column has|other=columns have} a name an earlier column already has; each was given a name of its own (the first: “{from}” is called “{to}”).',
  dataNoteDecimalComma: 'Decimal commas are read as decimal points (3,5 = 3.5).',
  dataNoteRagged:
    '{rows} {rows:one=row has|other=rows have} more cells than the header; the extra cells were ignored.',
  dataNoteNotUtf8:
    'Some characters of “{name}” are not UTF-8 and are shown as �: the file is probably saved as Latin-1 or Windows-1252. Save it as UTF-8 (in Excel: “CSV UTF-8”) to keep them.',
  dataNoteDropped:
    'Left out {dropped} of {rows} {rows:one=row|other=rows} with missing or non-numeric cells in {columns} ({empty} empty, {invalid} {invalid:one=not a number|other=not numbers}{example}); {kept} {kept:one=row is|other=rows are} used.',
  dataNoteCollinear:
    '“{x2}” = {intercept} + {slope} × “{x1}” in every row: the features are perfectly collinear, so the Hessian 2·Cov(x) is singular and κ = ∞. The loss is flat along one direction (its minimum is a line, not a point), and no feature scaling, not even whitening, can change that.',
  dataNoteIdLike:
    '“{column}” looks like a row number (whole numbers, each different, in order), which says nothing about “{target}”. It is a feature only because no other numeric column is left that is neither such a number nor constant.',

  sectionOptimizer: 'Optimizer',
  optimizer: 'Optimizer',
  learningRate: 'Learning rate η',
  learningRateSlider: 'Learning rate (log scale)',
  learningRateInvalid: '“{value}” is not a positive number; the learning rate stays {current}.',
  learningRateAuto: 'Auto',
  learningRateAutoHint: 'Back to the surface’s suggested rate',
  momentum: 'Momentum β',
  rho: 'Decay ρ',
  beta1: 'β1',
  beta2: 'β2',
  stabilityLimit: 'Stability limit 2/λ_max',
  bestRate: '2/(λ_max+λ_min), best for the worst start',
  bestRateValue: '{rate} ({multiple} × the limit)',
  conditionNumber: 'Condition number κ',
  rateTimesLimit: 'η = {multiple} × 2/λ_max',
  timesLimit: '{x}×',
  aboveLimit: 'Above the stability limit: plain gradient descent overshoots and diverges.',

  speed: 'Speed',
  stepsPerSecond: '{n} steps/s',
  embedControls: 'Controls',
  embedControlsClose: 'Close the controls',
  shareSize: 'Embed size',
  sharePreview: 'Preview the embed',
  sharePreviewHide: 'Hide the preview',
  sharePreviewTitle: 'Preview: {title}',
  clickToStart: 'Click or tap the surface to start from there.',

  chartTitle: 'Loss over steps',
  chartAxis: 'L − L* (log scale)',
  chartEmpty: 'Press Play or Step to start.',

  sectionView: 'View',
  camera3d: '3-D',
  cameraTop: 'Top (contours)',
  cameraSide: 'Side',
  cameraTopHint:
    'A flat map seen from straight above: drag to pan, scroll or pinch to zoom. Choose 3-D to orbit.',
  resetCamera: 'Reset camera',
  heightScale: 'Height',
  heightAuto: 'Auto',
  heightLinear: 'Linear',
  heightLog: 'Log',
  axisView: 'Axes',
  wireframe: 'Wireframe',
  axisEqual: 'Same scale (true shape)',
  axisFit: 'Fit (stretched)',

  sectionBatch: 'This mini-batch',
  feature: 'Feature',
  batchMean: 'μ_B',
  batchStd: 'σ_B',
  dataMean: 'mean (all)',
  dataStd: 'σ (all)',
  runningMean: 'running μ',
  runningStd: 'running σ',
  batchSurfaceNote: 'The surface drawn is this mini-batch’s: it shifts from batch to batch.',
  inferenceNote: 'Inference mode: every batch is normalized with the running averages.',

  updateAvailable: 'A new version of Error Surface Lab is available.',
  updateReload: 'Reload',
  buildId: 'Version {id}',
  speedAchieved: 'this device keeps up with {n} steps/s',
  dismiss: 'Dismiss',
  learnMore: 'Learn more',
  credits:
    'Based on Hung-yi Lee’s lecture on batch normalization. Penguin data: K. Gorman, Palmer Station LTER (CC0). Cars data: the StatLib “auto mpg” set (UCI), via vega-datasets.',
  sectionRuns: 'Runs',
  runName: 'Run {n}',
  mainRun: 'main',
  duplicate: 'Duplicate',
  addRun: 'Add run',
  duplicateRun: 'Duplicate run {n}',
  removeRun: 'Remove run {n}',
  runOptimizer: 'Optimizer of run {n}',
  runRate: 'Learning rate of run {n}',
  runsFull: 'At most six runs at once.',
  presetsLabel: 'Add a run whose learning rate is…',
  rateKept: 'Same learning rate η = {rate} on the new features.',
  rateSameAsAboutRight:
    'Same learning rate η = {rate}: it is also this surface’s “about right” rate 1/λ_max.',
  rateUseAboutRight: 'Use this surface’s “about right” η = {rate}',
  rateChanged: 'η changed from {from} to {to}: this surface’s “about right” rate 1/λ_max.',
  rateKeepInstead: 'Keep η = {rate} instead',
  compareOneRate: 'Raw vs standardized at one η',
  compareOneRateHint:
    'The lecture’s comparison: one learning rate that diverges on the raw features and converges in a few steps on the standardized ones, side by side with both step counts.',
  presetTooSmall: 'too small',
  presetAboutRight: 'about right',
  presetTooLarge: 'too large',
  presetDiverging: 'diverging',
  presetAll: 'All four at once',
  presetHint:
    'From this surface’s stability limit 2/λ_max = {limit}: 0.01× crawls, 0.5× (= 1/λ_max) settles the steep direction in one step, 0.9× zig-zags across it and still converges, 1.1× diverges.',
  presetHintValley:
    'Here κ = {kappa}: once the steep direction has settled, every rate below the limit crawls along the flat one.',
  presetHintNoisy:
    'With batch normalization each step sees one mini-batch: below the limit the runs settle where the mini-batch noise holds them and jitter there, instead of converging.',
  bestStepNote:
    'No constant learning rate serves both directions here (κ = {kappa}): from this start even the fastest one, η ≈ {multiple} × 2/λ_max, zig-zags across the valley or crawls along it, and needs about {steps} steps to converge.',
  compareLayout: 'Side by side: raw, standardized and batch-normalized data',
  compareOnlyData: 'Side by side needs a data surface.',
  paneStyles: 'Lines: solid raw, dashed standardized, dotted batch-normalized.',
  sectionSweep: 'Learning-rate sweep',
  sweepRun: 'Sweep 60 learning rates',
  sweepCancel: 'Cancel',
  sweepProgress: 'Running rate {done} of {total}…',
  sweepHint:
    'Each dot is one run of up to {steps} steps of {optimizer} from the same start. Click a dot to add that rate as a run.',
  sweepLoss: 'final L − L*',
  sweepSteps: 'steps taken',
  sweepFrom: 'Sweep from',
  sweepTo: 'to',
  sweepIncomplete: 'not converged',
  sweepSettled: 'settled in mini-batch noise',
  sweepError: 'The sweep failed: {message}',
  sweepStale: 'The experiment changed since this sweep.',
  sweepLabel:
    'Final loss and steps taken against the learning rate, with the stability limit 2/λ_max and the best step.',
  probeHint: 'Hover over or tap the surface to see the gradient there.',
  sectionEigen: 'Why it overshoots',
  eigenIntro:
    'Along each eigen-direction of the Hessian, plain gradient descent multiplies the error by 1 − ηλ every step.',
  eigenSteep: 'Steep direction: λ_max = {lambda}, factor 1 − ηλ = {factor}',
  eigenFlat: 'Flat direction: λ_min = {lambda}, factor 1 − ηλ = {factor}',
  factorDiverges: 'grows every step: diverges',
  factorZigzag: 'negative: overshoots, zig-zags across',
  factorFast: 'shrinks fast',
  factorCrawl: 'close to 1: crawls',
  factorStuck: 'does not shrink',
  eigenChart:
    '|error| along each direction, log scale; red dots: the error changed sign (an overshoot).',
  eigenOnlyQuadratic:
    'Shown for quadratic surfaces (the data surfaces and the bowl and valleys), where the Hessian is the same everywhere.',
  eigenMainRun: 'For run {n} with η = {rate}.',
  eigenRunPick: 'Explain run',
  eigenRunOption: 'Run {n} (η = {rate})',
  bnUpClose: 'Batch normalization up close',
  bnFormulaNote: 'This mini-batch, feature by feature (γ = 1, β = 0):',
  bnScatterRaw: 'This batch in feature space (grey: all data)',
  bnScatterNormalized: 'The same batch after normalization',
  bnBatchOne:
    'Batch size 1: σ_B = 0, so x − μ_B = 0 and x̂ = 0/√ε = 0 for every example. ε keeps the division finite, but the features carry no information: use larger batches.',
  bnGap:
    'Loss on this batch with its own statistics (training) {train}; with the running averages (inference) {inference}; gap {gap}.',
  bnCoupling:
    'Coupling: example #{index} in {draws} batches that differ only in the other examples',
  bnCouplingNote:
    'Its features never change, yet its normalized value x̂ moves with the rest of its batch: within a batch, examples are no longer independent.',
  bnResample: 'Resample the rest of its batch',
  bnPickOther: 'Pick another example',
  lessonScene: 'Scene {n} of {total}',
  lessonTry: 'Try this:',
  lessonPrev: 'Previous',
  lessonNext: 'Next',
  lessonGoTo: 'Go to scene {n}: {title}',
  helpClose: 'Close',
  keySpace: 'Play / pause',
  keyRight: 'One step',
  keyR: 'Reset the runs',
  keyNP: 'Next / previous lesson scene (a presentation clicker’s page keys work too)',
  keyDigits: 'Jump to lesson scene 1–9',
  keyF: 'Full screen',
  keyHelp: 'Show or hide this help',
  shareTitle: 'Share or embed this experiment',
  shareLink: 'Link',
  shareEmbed: 'Embed in course notes (iframe)',
  shareControls: 'Controls shown in the embed',
  shareCopy: 'Copy',
  shareCopiedShort: 'Copied',
  exportPng: 'Save image (PNG)',
  exportPng2x: 'Save image at 2× (PNG)',
  exportCsv: 'Save trajectories (CSV)',
  exportVideo: 'Record the animation',
  exportVideoHint:
    'Replays the current experiment from its start at {speed} steps/s, with its axes.',
  exportVideoSize: 'Size',
  exportVideoLength: 'Length',
  exportVideoSeconds: '{n} s',
  exportVideoFormat: 'Format',
  exportWebm: 'WebM video',
  exportGif: 'GIF animation',
  exportWebmMissing: 'This browser cannot record WebM; the animation is saved as a GIF.',
  exportRecord: 'Record',
  exportRecording: 'Recording frame {frame} of {total}',
  exportSaved: 'Saved {name} ({size}).',
  exportFailed: 'The recording failed: {message}',
  chartStep: 'step',
  chartHoverStep: 'step {step}',
  chartHoverHint: 'Hover over or tap a chart to read its values.',
  sweepRate: 'learning rate η (log scale)',
  sweepHover: 'η = {rate}: {outcome}, final L − L* = {gap}, {steps} steps',
  eigenHover: 'step {step}: steep {steep}, flat {flat}',
  sectionExport: 'Share and export',
  keyboardHelp: 'Keys: Space play/pause · → step · R reset',
} as const;

export type MessageKey = keyof typeof en;
