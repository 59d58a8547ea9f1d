import type { Point2, Surface } from '../surfaces/surface.ts';
import { curvature, stepFactors } from './curvature.ts';
import { gradientDescentStepsOnQuadratic } from './quadratic-steps.ts';

/**
 * The one basis of every step count the app shows: the runner's convergence test (`isConverged`),
 * loss gap L − L* and |∇L| each at most this fraction of the start's.
 */
export const CONVERGENCE_TOLERANCE = 1e-6;

/** A run is crawling when it needs at least this many times the fewest steps any rate needs… */
export const CRAWL_FACTOR = 10;
/** …or more than this many steps in all (the runner's default horizon). */
export const CRAWL_HORIZON = 5000;

/**
 * Steps plain gradient descent at rate η needs from `start` to pass the convergence test, in
 * closed form on a quadratic surface (`gradientDescentStepsOnQuadratic` at CONVERGENCE_TOLERANCE):
 * the count the runner's "converged" will bear out. Null where the theory does not say.
 */
export function stepsToConverge(
  surface: Surface,
  start: Point2,
  learningRate: number,
): number | null {
  return gradientDescentStepsOnQuadratic(surface, start, learningRate, CONVERGENCE_TOLERANCE);
}

/** The fastest constant rate from a start, on the basis of `stepsToConverge`. */
export interface FewestSteps {
  /** The rate that needs the fewest steps (the smallest such rate found). */
  learningRate: number;
  /** That rate as a multiple of the stability limit 2/λ_max. */
  multiple: number;
  /** The steps it needs: no constant rate in (0, 2/λ_max) needs fewer. */
  steps: number;
}

/** Rates tried per decade below the limit, then between the best one's neighbours. */
const COARSE_PER_DECADE = 40;
const DECADES = 6;
const FINE = 200;
const memo = new WeakMap<Surface, Map<string, FewestSteps | null>>();

/**
 * The fewest steps any constant rate η in (0, 2/λ_max) needs from `start` (plain gradient descent
 * on a quadratic, `stepsToConverge`), and that rate. Searched on a log grid of 6 decades below the
 * limit, always including η* = 2/(λ_max + λ_min) and 1/λ_max, then finely between the best grid
 * rate's neighbours. η* is best for the worst start — every direction shrinks by (κ−1)/(κ+1) a
 * step — but from a given start another rate can be faster, since the start's error is not spread
 * evenly. Null where the theory does not say (not a quadratic, no minimum). Memoized per surface
 * and start.
 */
export function fewestSteps(surface: Surface, start: Point2): FewestSteps | null {
  let bySurface = memo.get(surface);
  if (!bySurface) memo.set(surface, (bySurface = new Map()));
  const key = `${start[0]},${start[1]}`;
  if (bySurface.has(key)) return bySurface.get(key)!;
  const result = searchFewest(surface, start);
  if (bySurface.size > 64) bySurface.clear();
  bySurface.set(key, result);
  return result;
}

function searchFewest(surface: Surface, start: Point2): FewestSteps | null {
  const c = curvature(surface);
  const limit = c.stabilityLimit;
  if (!surface.quadratic || limit === null) return null;
  const steps = (eta: number) => stepsToConverge(surface, start, eta) ?? Infinity;
  let best = { learningRate: NaN, steps: Infinity };
  const consider = (eta: number) => {
    if (!(eta > 0 && eta < limit)) return;
    const s = steps(eta);
    if (s < best.steps || (s === best.steps && eta < best.learningRate))
      best = { learningRate: eta, steps: s };
  };
  const n = COARSE_PER_DECADE * DECADES;
  const grid = Array.from({ length: n }, (_, i) => limit * 10 ** (-DECADES * (1 - i / n)));
  for (const eta of grid) consider(eta);
  if (c.bestLearningRate !== null) consider(c.bestLearningRate);
  consider(limit / 2);
  if (!Number.isFinite(best.steps)) return null;
  // Finely between the neighbours of the best rate so far (the count is a step function of η).
  const lo = best.learningRate / 10 ** (1 / COARSE_PER_DECADE);
  const hi = Math.min(limit, best.learningRate * 10 ** (1 / COARSE_PER_DECADE));
  for (let i = 1; i < FINE; i++) consider(lo + ((hi - lo) * i) / FINE);
  return {
    learningRate: best.learningRate,
    multiple: best.learningRate / limit,
    steps: best.steps,
  };
}

/**
 * Whether plain gradient descent at rate η from `start` crawls: it needs more than
 * `crawlThreshold` steps and its slowest direction creeps (its factor 1 − ηλ is near +1, not near
 * −1: a run whose slowest direction flips sign every step zig-zags rather than crawls). What the
 * run's status will say once its steep direction has settled. Null where the theory does not say.
 */
export function wouldCrawl(
  surface: Surface,
  start: Point2,
  learningRate: number,
  horizon = CRAWL_HORIZON,
): boolean | null {
  const steps = stepsToConverge(surface, start, learningRate);
  const fewest = fewestSteps(surface, start);
  if (steps === null || fewest === null) return null;
  const [steep, flat] = stepFactors(curvature(surface), learningRate);
  const slowest = Math.abs(steep) > Math.abs(flat) ? steep : flat;
  return slowest > 0 && steps > crawlThreshold(fewest, horizon);
}

/**
 * The total step count from which a run is crawling: CRAWL_FACTOR × the fewest steps from its
 * start, or CRAWL_HORIZON, whichever is smaller (without a known fewest count: CRAWL_HORIZON). So
 * "too small" is crawling on a round bowl too (it needs 100× the fewest), and on a long valley
 * every rate that needs thousands of steps is.
 */
export function crawlThreshold(fewest: FewestSteps | null, horizon = CRAWL_HORIZON): number {
  return fewest === null ? horizon : Math.min(horizon, CRAWL_FACTOR * fewest.steps);
}
