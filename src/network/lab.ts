import { createMiniBatchSampler } from '../batchnorm/mini-batch.ts';
import { createRng } from '../random.ts';
import type { Mlp } from './mlp.ts';
import { mlpLoss } from './mlp-loss.ts';
import { createWorkspace, type MlpWorkspace } from './mlp-workspace.ts';
import { smoothnessAlongGradient, type Smoothness } from './landscape.ts';
import type { TaskData } from './tasks.ts';
import { trainMlp, type TrainConfig } from './train.ts';

/** The 15th, 50th and 85th percentiles of one hidden unit's input (Ioffe & Szegedy, Fig. 1). */
export interface UnitInputPercentiles {
  step: number;
  p15: number;
  p50: number;
  p85: number;
}

/** p-quantile of sorted values, linear between order statistics. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const x = Math.min(n - 1, Math.max(0, p * (n - 1)));
  const i = Math.floor(x);
  const f = x - i;
  return i + 1 < n ? sorted[i]! * (1 - f) + sorted[i + 1]! * f : sorted[i]!;
}

/**
 * The input of `unit`'s tanh in the last hidden layer over the whole data (z without
 * normalization, γ·ẑ + β with it; statistics from the whole data), as its 15/50/85th percentiles.
 * `ws` must hold data.n examples; `out` (data.n long) is scratch.
 */
export function unitInputPercentiles(
  net: Mlp,
  data: TaskData,
  ws: MlpWorkspace,
  out: Float64Array,
  unit = 0,
): Omit<UnitInputPercentiles, 'step'> {
  mlpLoss(net, data, null, ws, { mode: 'train' });
  const l = net.layout.layers.length - 2;
  const L = net.layout.layers[l]!;
  const j = Math.min(unit, L.outputs - 1);
  for (let s = 0; s < data.n; s++) {
    const k = s * L.outputs + j;
    out[s] =
      L.gamma >= 0
        ? net.params[L.gamma + j]! * ws.zhat[l]![k]! + net.params[L.beta + j]!
        : ws.z[l]![k]!;
  }
  const sorted = out.subarray(0, data.n).sort();
  return { p15: quantile(sorted, 0.15), p50: quantile(sorted, 0.5), p85: quantile(sorted, 0.85) };
}

export interface RecordedTraining {
  net: Mlp;
  recordedAt: number[];
  losses: number[];
  diverged: boolean;
  /** Santurkar et al.'s measures on a fixed probe batch, along the way. */
  smoothness: ({ step: number } & Smoothness)[];
  /** The last hidden layer's first unit: its input's percentiles along the way. */
  unitInput: UnitInputPercentiles[];
  /** θ at the start, at every recording, and at the end (for the path's plane). */
  path: Float64Array[];
}

/** Step sizes along the gradient for the smoothness measures, as multiples of the learning rate. */
export const SMOOTHNESS_STEP_FACTORS = [0.25, 0.5, 1, 2] as const;

/**
 * Gradient descent at `learningRate` (as trainMlp), recording about `snapshots` parameter vectors,
 * the whole-data loss at each, and at about `measures` of them the three smoothness measures (on
 * `probe`, step sizes SMOOTHNESS_STEP_FACTORS × rate) and the percentiles of a hidden unit's input.
 */
export function trainAndRecord(
  config: Omit<TrainConfig, 'optimizer' | 'params' | 'every' | 'onProgress'> & {
    learningRate: number;
    probe: readonly number[];
    snapshots?: number;
    measures?: number;
    onProgress?: (step: number, steps: number) => void;
  },
): RecordedTraining {
  const { data, learningRate } = config;
  const every = Math.max(1, Math.ceil(config.steps / (config.snapshots ?? 100)));
  const measureEvery = Math.max(1, Math.round(config.steps / every / (config.measures ?? 30)));
  const ws = createWorkspace(config.net.layout, data.n);
  const scratch = new Float64Array(data.n);
  const stepSizes = SMOOTHNESS_STEP_FACTORS.map((f) => f * learningRate);
  const smoothness: RecordedTraining['smoothness'] = [];
  const unitInput: UnitInputPercentiles[] = [];
  const path: Float64Array[] = [config.net.params.slice()];
  const measure = (step: number, net: Mlp) => {
    smoothness.push({ step, ...smoothnessAlongGradient(net, data, config.probe, stepSizes) });
    unitInput.push({ step, ...unitInputPercentiles(net, data, ws, scratch) });
  };
  measure(0, config.net);
  let records = 0;
  const r = trainMlp({
    ...config,
    optimizer: 'gd',
    params: { learningRate },
    every,
    onProgress(step, steps, net) {
      path.push(net.params.slice());
      if (++records % measureEvery === 0 || step === steps) measure(step, net);
      config.onProgress?.(step, steps);
    },
  });
  return {
    net: r.net,
    recordedAt: r.recordedAt,
    losses: r.losses,
    diverged: r.diverged,
    smoothness,
    unitInput,
    path,
  };
}

/**
 * A run trains when it never diverges (no NaN, no explosion) and its final whole-data loss is
 * below this share of its first: half. A loss that merely went down a little (a network stuck near
 * its start, or one too slow to get anywhere in the steps given) does not count.
 */
export const TRAINS_BELOW = 0.5;

/** Whether a run with these recorded losses trained (TRAINS_BELOW). */
export function trainedRun(losses: readonly number[], diverged: boolean): boolean {
  const first = losses[0];
  const last = losses[losses.length - 1];
  return !diverged && first !== undefined && last !== undefined && last < TRAINS_BELOW * first;
}

/** Where training stops being stable on a grid of rates. */
export interface StableRate {
  /**
   * The largest grid rate of the first unbroken run of rates that trained (TRAINS_BELOW): every
   * grid rate from `smallest` up to it trained. Null if none did.
   */
  largest: number | null;
  /** The next grid rate after `largest`, the first that did not train; null if none failed. */
  firstUnstable: number | null;
  /** The first grid rate that trained (above it only when the smaller rates were too slow). */
  smallest: number | null;
  rates: readonly number[];
  steps: number;
}

/**
 * Trains at each of `rates` (ascending) from the same start for `steps` steps. Rates that do not
 * train before the first that does are passed over while their loss still went down (too slow);
 * once one has trained, the first that does not train (it diverges, or does not halve its loss)
 * ends the search: the stability edge lies between the last rate that trained and that one. A rate
 * that diverges or raises the loss before any trained ends it too, with no stable rate.
 */
export function stableRateBracket(
  config: Omit<TrainConfig, 'optimizer' | 'params' | 'onProgress'>,
  rates: readonly number[],
  onRate?: () => void,
): StableRate {
  let largest: number | null = null;
  let smallest: number | null = null;
  const result = (firstUnstable: number | null): StableRate => ({
    largest,
    firstUnstable,
    smallest,
    rates,
    steps: config.steps,
  });
  for (const learningRate of rates) {
    const r = trainMlp({ ...config, optimizer: 'gd', params: { learningRate } });
    onRate?.();
    if (trainedRun(r.losses, r.diverged)) {
      smallest ??= learningRate;
      largest = learningRate;
      continue;
    }
    const wentDown = !r.diverged && r.losses[r.losses.length - 1]! < r.losses[0]!;
    if (largest !== null || !wentDown) return result(learningRate);
  }
  return result(null);
}

/**
 * The loss of the best constant prediction, which needs no inputs at all: for a binary task the
 * entropy of the class shares, −p·ln p − (1 − p)·ln(1 − p) (ln 2 for balanced classes); for
 * regression the variance of the targets.
 */
export function guessLoss(data: TaskData): number {
  let mean = 0;
  for (let i = 0; i < data.n; i++) mean += data.y[i]! / data.n;
  if (data.kind === 'classification') {
    const h = (p: number) => (p > 0 ? -p * Math.log(p) : 0);
    return h(mean) + h(1 - mean);
  }
  let v = 0;
  for (let i = 0; i < data.n; i++) v += (data.y[i]! - mean) ** 2 / data.n;
  return v;
}

/**
 * A network is stuck when it did not diverge yet ends within a tenth of where it started or of
 * the best constant guess (`guess`, guessLoss), whichever is lower: final ≥ STUCK_WITHIN × that.
 * It has learned nothing a constant prediction would not give (for a balanced binary task, its
 * loss is still about ln 2), so what is measured along its path describes a network at its start.
 */
export const STUCK_WITHIN = 0.9;

export function isStuck(losses: readonly number[], diverged: boolean, guess: number): boolean {
  const first = losses[0];
  const last = losses[losses.length - 1];
  if (diverged || first === undefined || last === undefined) return false;
  return last >= STUCK_WITHIN * Math.min(first, guess);
}

/** How a trained network behaves when its statistics come from mini-batches of one size. */
export interface BatchSizeRow {
  batchSize: number;
  /** Standard deviation of μ_B over mini-batches, for the first unit of the first hidden layer. */
  meanSpread: number;
  /** The whole data's σ of that unit (μ_B's spread is about σ/√m). */
  wholeSd: number;
  /** Mean loss over the mini-batches with their own statistics (training mode)… */
  trainLoss: number;
  /** …and on the same examples with the running averages (inference mode). */
  inferenceLoss: number;
}

/**
 * For each batch size m: `batches` seeded mini-batches of m examples, the spread of their μ_B (one
 * unit) and the loss with batch statistics against the loss with running averages on the same
 * examples. With layer norm (or none) the two losses are equal: nothing depends on the batch.
 */
export function batchSizeEffect(
  net: Mlp,
  data: TaskData,
  sizes: readonly number[],
  seed: number,
  batches = 64,
): BatchSizeRow[] {
  const rng = createRng(seed);
  const sampler = createMiniBatchSampler(data.n);
  const whole = createWorkspace(net.layout, data.n);
  mlpLoss(net, data, null, whole, { mode: 'train' });
  const wholeMean = mean(whole.z[0]!, net.layout.layers[0]!.outputs, data.n);
  let wholeVar = 0;
  for (let s = 0; s < data.n; s++)
    wholeVar += (whole.z[0]![s * net.layout.layers[0]!.outputs]! - wholeMean) ** 2 / data.n;
  return sizes.map((size) => {
    const m = Math.min(data.n, Math.max(1, Math.floor(size)));
    const ws = createWorkspace(net.layout, m);
    let trainLoss = 0;
    let inferenceLoss = 0;
    let sq = 0;
    for (let b = 0; b < batches; b++) {
      const batch = sampler.sample(rng, m);
      trainLoss += mlpLoss(net, data, batch, ws, { mode: 'train' }) / batches;
      const mu = mean(ws.z[0]!, net.layout.layers[0]!.outputs, m);
      sq += (mu - wholeMean) ** 2 / batches;
      inferenceLoss += mlpLoss(net, data, batch, ws, { mode: 'inference' }) / batches;
    }
    return {
      batchSize: m,
      meanSpread: Math.sqrt(sq),
      wholeSd: Math.sqrt(wholeVar),
      trainLoss,
      inferenceLoss,
    };
  });
}

/** Mean of the first unit over m batch-major rows of `width` units. */
function mean(z: Float64Array, width: number, m: number): number {
  let s = 0;
  for (let i = 0; i < m; i++) s += z[i * width]!;
  return s / m;
}

/** Median of values (NaN for none). */
function median(values: number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Each smoothness measure's median over training (the recordings after the start). */
export function smoothnessMedians(series: readonly ({ step: number } & Smoothness)[]): Smoothness {
  const after = series.filter((s) => s.step > 0);
  return {
    lossRange: median(after.map((s) => s.lossRange)),
    gradientChange: median(after.map((s) => s.gradientChange)),
    effectiveBeta: median(after.map((s) => s.effectiveBeta)),
  };
}

/** How far a hidden unit's input distribution moved over training. */
export interface InputDrift {
  /** Largest distance of the median from where it started. */
  medianDrift: number;
  /** The 15–85 % band's width at the start and at the end. */
  bandStart: number;
  bandEnd: number;
}

export function inputDrift(series: readonly UnitInputPercentiles[]): InputDrift {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return { medianDrift: 0, bandStart: 0, bandEnd: 0 };
  let drift = 0;
  for (const u of series) drift = Math.max(drift, Math.abs(u.p50 - first.p50));
  return { medianDrift: drift, bandStart: first.p85 - first.p15, bandEnd: last.p85 - last.p15 };
}
