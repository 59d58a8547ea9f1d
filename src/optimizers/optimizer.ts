/** The optimizers the app offers (docs/domain.md §1.7). */
export const OPTIMIZER_IDS = [
  'gd',
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
] as const;
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

/** Hyper-parameters; each optimizer reads the ones it needs. */
export interface OptimizerParams {
  /** Step size η. */
  learningRate: number;
  /** Momentum coefficient β (momentum, Nesterov). */
  momentum: number;
  /** Decay ρ of the squared-gradient average (RMSProp). */
  rho: number;
  /** Adam's β1 (first moment) and β2 (second moment). */
  beta1: number;
  beta2: number;
  /** ε in the adaptive denominators. */
  epsilon: number;
}

export const DEFAULT_OPTIMIZER_PARAMS: OptimizerParams = {
  learningRate: 0.1,
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
};

/**
 * The state an optimizer carries between steps, over n weights:
 * w (the weights), m (velocity or first moment), v (squared-gradient accumulator or second moment),
 * t (steps taken). Step functions update it in place.
 */
export interface OptimizerState {
  w: Float64Array;
  m: Float64Array;
  v: Float64Array;
  t: number;
}

/** A fresh state at weights `w0` (copied), with zero moments. */
export function initOptimizerState(w0: ArrayLike<number>): OptimizerState {
  const n = w0.length;
  return { w: Float64Array.from(w0), m: new Float64Array(n), v: new Float64Array(n), t: 0 };
}

/** One optimizer step: reads the gradient `g` at `state.w`, updates `state` in place. */
export type StepFunction = (
  state: OptimizerState,
  g: ArrayLike<number>,
  p: OptimizerParams,
) => void;

/** Settings that are not finite numbers in their valid range fall back to their defaults. */
export function sanitizeOptimizerParams(p: Partial<OptimizerParams>): OptimizerParams {
  const d = DEFAULT_OPTIMIZER_PARAMS;
  const pick = (x: number | undefined, fallback: number, ok: (x: number) => boolean) =>
    typeof x === 'number' && Number.isFinite(x) && ok(x) ? x : fallback;
  const unit = (x: number) => x >= 0 && x < 1;
  return {
    learningRate: pick(p.learningRate, d.learningRate, (x) => x > 0),
    momentum: pick(p.momentum, d.momentum, unit),
    rho: pick(p.rho, d.rho, unit),
    beta1: pick(p.beta1, d.beta1, unit),
    beta2: pick(p.beta2, d.beta2, unit),
    epsilon: pick(p.epsilon, d.epsilon, (x) => x > 0),
  };
}
