// English strings of the network lab (app/network); spread into en.ts.
export const enNetwork = {
  netTitle: 'A real small network: without normalization, with batch norm, with layer norm',
  netTask: 'Task',
  netLayers: 'Hidden layers: {n}',
  netWidth: 'Units per layer: {n}',
  netRate: 'Learning rate (all three networks)',
  netSteps: 'Training steps',
  netTrain: 'Train the three networks',
  netProgress: 'Working: {percent} %…',
  netPresets: 'Presets found by measurement',
  netCustom: 'Your own setting (no preset).',
  netPlain: 'without normalization',
  netBn: 'batch norm',
  netLn: 'layer norm',
  netNetworkName: 'the network ({name})',
  netLnNote:
    "Layer norm normalizes each example over its layer's units: no coupling of the examples in a batch, no running averages, the same in training and inference.",
  netLoss: 'Whole-data loss over training (log scale)',
  netDiverged: 'diverged',
  netColNetwork: 'Network',
  netColParams: 'Parameters',
  netColFinal: 'Final loss',
  netColStable: 'Largest stable learning rate',
  netStableBetween: 'between {lo} and {hi}',
  netStableNone: 'none: no rate of the grid trained',
  netStableBetweenFrom: 'between {lo} and {hi} (trains from {from}; smaller rates were too slow)',
  netStableAtLeast: 'at least {lo}',
  netStableAtLeastFrom: 'at least {lo} (trains from {from}; smaller rates were too slow)',
  netStableGrid:
    'Searched on {count} rates from {from} to {to} ({perDecade} per decade), {steps} steps each from the same start. Stable means the run trains: it never diverges (its loss never becomes undefined or explodes) and ends below {half} % of its first loss. Every rate from the first that trained up to the lower bound trained; the upper bound is the next rate, the first that did not.',
  netStuck: 'stuck',
  netStuckLabel: '{name} (stuck)',
  netStuckNote:
    'Stuck: the final loss is still within {within} % of the loss at the start or of a constant guess ({guess}: the class shares predicted for every input), whichever is lower. The network has learned nothing a guess would not give.',
  netStatusTrained: 'trained',
  netStatusSlow: 'loss not yet halved',
  netSmoothTitle:
    'How the loss changes along the gradient (Santurkar et al. 2018): on a fixed batch of 64 examples, steps of η·g with η = 0.25, 0.5, 1 and 2 × the learning rate. Lower: smoother.',
  netMeasureLossRange: 'Loss range along the gradient',
  netMeasureGradient: 'Gradient predictiveness: ‖∇L(θ − ηg) − ∇L(θ)‖',
  netMeasureBeta: 'Effective β-smoothness: ‖∇L(θ − ηg) − ∇L(θ)‖ / ‖ηg‖',
  netMeasureReading:
    'Median over training: {plain} without, {bn} with batch norm ({ratio}), {ln} with layer norm.',
  netTimesSmaller: '{x}× smaller',
  netTimesLarger: '{x}× larger',
  netSame: 'the same',
  netNotMeaningful: '{value} (stuck: not meaningful)',
  netSmoothStuck:
    'Not meaningful for {names}: stuck at its start, its curves measure the landscape around a network that has not trained, not what normalization does to training.',
  netSmoothAll:
    'Reading: with batch norm the landscape is smoother along the gradient by all three measures.',
  netSmoothSome:
    'Reading: with batch norm the landscape is clearly smoother (a measure at least a fifth smaller) by {count} of the three measures only.',
  netSmoothNone:
    'Reading: batch norm does not make this landscape smoother along the gradient: none of the three measures is clearly smaller (by a fifth or more).',
  netIcsTitle:
    "Internal covariate shift (Ioffe & Szegedy 2015, Fig. 1): the 15th, 50th and 85th percentiles of one hidden unit's input (last hidden layer, first unit, over the whole data) during training.",
  netIcsReading:
    'Its median moved by up to {plain} without normalization, {bn} with batch norm and {ln} with layer norm; the 15–85 % band went from {plainStart} to {plainEnd} without and from {bnStart} to {bnEnd} with batch norm.',
  netLegendMedian: 'solid: 50 % (median)',
  netLegendBand: 'dashed: 15 % and 85 %',
  netIcsNote:
    'Santurkar et al. argue that this drift is not why batch norm helps: compare it with the smoothness above.',
  netPathTitle:
    'The training path on the loss landscape, in the plane of its two principal directions d1, d2 (PCA of the path, Li et al. 2018 §7). A random plane could not show it: in this many dimensions the path is almost orthogonal to any random direction.',
  netExplained: "d1 and d2 hold {d1} % and {d2} % of the path's variance.",
  netLossScale: 'Loss {lo} … {hi}, {scale} colour scale',
  netScaleLog: 'logarithmic',
  netScaleLinear: 'linear',
  netCoarse: 'Coarse 11 × 11 preview, refining…',
  netPathStart: 'start',
  netPathEnd: 'end',
  netLandscapeOf: 'Loss landscape and training path, {name}',
  netPlaneAxes:
    'Axes α and β run along d1 and d2, the first two principal directions of the training path (PCA), holding {d1} % and {d2} % of its variance; the path ends at α = β = 0.',
  netBatchTitle:
    'Batch size: how noisy μ_B is, and the gap between training mode (batch statistics) and inference (running averages), for the trained batch-norm network on 64 mini-batches of each size.',
  netColBatch: 'Batch size m',
  netColSpread: 'Spread of μ_B',
  netColExpected: 'σ/√m',
  netColTrain: 'Loss, batch statistics',
  netColInference: 'Loss, running averages',
  netColGap: 'Gap',
  netBatchLn: 'Layer norm on the same batches: largest gap {gap} (nothing depends on the batch).',
  netError: 'Training failed: {message}',
  netShowMain: 'Show in the main 3-D view',
} as const;
