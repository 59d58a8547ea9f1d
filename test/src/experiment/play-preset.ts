import {
  buildProblem,
  createRunner,
  DEFAULT_EXPERIMENT,
  learningRatePresets,
  minimumLoss,
  simulationConfig,
  type FeatureScaling,
  type LearningRatePreset,
  type Problem,
} from '../../../src/index.ts';
import { historyViews } from '../../../src/simulation/run-history.ts';
import type { DataSurfaceId } from '../../../src/experiment/experiment.ts';
import type { Regime } from '../../../src/analysis/regime.ts';

/** One data-surface setting the presets are played on. */
export interface PresetCase {
  surface: DataSurfaceId;
  scaling: FeatureScaling;
  batchNorm: boolean;
  /** 'own': the surface's start; 'off-floor': w* + (−0.3 Δw1, +0.2 Δw2) with Δ the domain's widths. */
  start: 'own' | 'off-floor';
}

/** What plain gradient descent did at one preset. */
export interface PresetBehaviour {
  learningRate: number;
  /** Sign reversals of e_s = (w − w*)·v_max in steps 0–30, both sides ≥ 1 % of |e_s(0)|. */
  reversals: number;
  /** −Σ e_t e_(t+1) / Σ e_t² over steps 0–30: ≈ ηλ_max − 1; > 0 is a sustained zig-zag. */
  zigZag: number;
  /** The regime label after 30 and after 300 steps (10 s at 30 steps/s). */
  labelAt30: Regime;
  labelAt300: Regime;
  status: 'converged' | 'diverged' | 'incomplete';
  /**
   * Steps needed: to the runner's convergence (plain runs; beyond 1.5 million steps, the step
   * reached plus the crawl estimate `remainingSteps`); with batch norm (noisy) to a 3-step mean
   * loss gap of at most 0.1 × the start's. Infinity if never.
   */
  steps: number;
  /** The step at which the run diverged, or null. */
  divergedAt: number | null;
  /** The last loss gap over the start's (noisy runs: the mean over the last 100 steps). */
  finalGapRatio: number;
}

const TRIAL_STEPS = 2000;
const BUDGET = 1_500_000;
/** Steps a noisy (batch-norm) run is played: every diverging one had diverged by step 700 (seeds 1–20). */
const NOISY_BUDGET = 3000;
const problems = new Map<string, Problem>();

/** The problem of a case, and its start point. */
export function presetProblem(c: PresetCase): { problem: Problem; start: [number, number] } {
  const key = `${c.surface} ${c.scaling} ${c.batchNorm}`;
  let problem = problems.get(key);
  if (!problem)
    problems.set(key, (problem = buildProblem({ ...DEFAULT_EXPERIMENT, ...c, start: null })));
  const s = problem.surface;
  const [m1, m2] = s.minima[0]!.w;
  const start: [number, number] =
    c.start === 'own'
      ? [s.start[0], s.start[1]]
      : [
          m1 - 0.3 * (s.domain.w1[1] - s.domain.w1[0]),
          m2 + 0.2 * (s.domain.w2[1] - s.domain.w2[0]),
        ];
  return { problem, start };
}

/** Plays preset `preset` with optimizer 'gd' on case `c` and measures it. */
export function playPreset(c: PresetCase, preset: LearningRatePreset, seed = 1): PresetBehaviour {
  const { problem, start } = presetProblem(c);
  const learningRate = learningRatePresets(problem)[preset];
  const e = { ...DEFAULT_EXPERIMENT, ...c, start, learningRate, seed };
  const noisy = c.batchNorm;
  const runner = createRunner({
    ...simulationConfig(e, problem, noisy ? NOISY_BUDGET : BUDGET),
    horizon: 5000,
  });
  const v = problem.curvature.eigenvectors[0];
  const [m1, m2] = problem.surface.minima[0]!.w;
  const lStar = minimumLoss(problem.surface);
  runner.advance(30);
  const labelAt30 = runner.regime();
  const h = runner.history;
  const es = (t: number) => (h.w1[t]! - m1) * v[0] + (h.w2[t]! - m2) * v[1];
  const visible = 0.01 * Math.abs(es(0));
  let reversals = 0;
  let cross = 0;
  let square = 0;
  for (let t = 0; t + 1 < h.length; t++) {
    const a = es(t);
    const b = es(t + 1);
    if (a * b < 0 && Math.abs(a) >= visible && Math.abs(b) >= visible) reversals++;
    cross += a * b;
    square += a * a;
  }
  runner.advance(270);
  const labelAt300 = runner.regime();
  const gap0 = h.losses[0]! - lStar;
  let steps = Infinity;
  if (noisy) {
    runner.advance(NOISY_BUDGET);
    const g = historyViews(runner.history).losses;
    for (let t = 2; t < g.length; t++) {
      if ((g[t]! + g[t - 1]! + g[t - 2]!) / 3 - lStar <= 0.1 * gap0) {
        steps = t;
        break;
      }
    }
  } else {
    runner.advance(TRIAL_STEPS - 300);
    // A run that crawls far beyond the trial is not played out: its remaining steps are estimated.
    const left = runner.remainingSteps();
    if (runner.status === 'incomplete' && left !== null && runner.t + left <= BUDGET)
      runner.advance(BUDGET);
    if (runner.status === 'converged') steps = runner.t;
    else if (runner.status === 'incomplete')
      steps = runner.t + (runner.remainingSteps() ?? Infinity);
  }
  const g = historyViews(runner.history).losses;
  let tail = 0;
  const k = noisy ? Math.min(100, g.length) : 1;
  for (let t = g.length - k; t < g.length; t++) tail += g[t]! - lStar;
  return {
    learningRate,
    reversals,
    zigZag: square > 0 ? -cross / square : 0,
    labelAt30,
    labelAt300,
    status: runner.status,
    steps,
    divergedAt: runner.status === 'diverged' ? runner.t : null,
    finalGapRatio: tail / k / gap0,
  };
}
