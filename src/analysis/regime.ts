/** How a run is behaving (docs/domain.md §1.3). */
export const REGIMES = [
  'converged',
  'converging',
  'too-slow',
  'oscillating',
  'diverging',
  'noisy',
] as const;
export type Regime = (typeof REGIMES)[number];

/** What `classifyRun` and `remainingSteps` read of a run (index 0 = the start). */
export interface RunRecord {
  w1: ArrayLike<number>;
  w2: ArrayLike<number>;
  /** L(w) at each recorded point. */
  losses: ArrayLike<number>;
  /** |∇L| at each recorded point. */
  gradientNorms: ArrayLike<number>;
  status: 'converged' | 'diverged' | 'incomplete';
  /** The step of each point, when a long run's older points were thinned (default: the index). */
  steps?: ArrayLike<number>;
  /** The highest loss among points thinned away (a bounded history's), counted as earlier gaps. */
  thinnedMaxLoss?: number;
}

export interface RegimeOptions {
  /** L*, the surface's lowest loss: loss gaps are measured from it (default 0). */
  minimumLoss?: number;
  /** Converged once L − L* ≤ tolerance·(L0 − L*) and |∇L| ≤ tolerance·|∇L0| (default 1e-6). */
  tolerance?: number;
  /** A run projected to need more steps than this in all is "too slow" (default 5000). */
  horizon?: number;
  /**
   * Where the theory knows the fewest steps a rate can take (`crawlThreshold`): the total from
   * which a run is "too slow", used instead of `horizon`.
   */
  crawlSteps?: number;
  /** Recent steps over which rates and the loss's rise are measured (default 50). */
  span?: number;
  /**
   * The steps use noisy (mini-batch) gradients: step-to-step reversals and wobbles are noise, so
   * only a clear, sustained rise counts as diverging, nothing as oscillating or too slow, and a
   * loss that has stopped falling (within its noise) is "noisy": it jitters where the noise holds it.
   */
  stochastic?: boolean;
  /**
   * Steps the run needs in all, where the theory knows it (plain gradient descent on a quadratic:
   * `gradientDescentStepsOnQuadratic`). Used instead of the estimate from the recent pace, which
   * early on sees only the fast-shrinking steep error and misses a crawl along the flat direction.
   */
  predictedSteps?: number;
}

/** Consecutive step pairs examined for reversals: the current phase, not the run's history. */
export const REVERSAL_SPAN = 10;
/** A run diverges only once its loss gap has passed this multiple of the start's. */
export const DIVERGENCE_FACTOR = 10;

/**
 * The convergence test shared by the runner and the labels: the loss gap L − L* is at most
 * `tolerance` × the start's gap, and |∇L| at most `tolerance` × the start's |∇L|. Measured against
 * the start, not the largest value seen, so an early spike cannot make a worse point look done.
 */
export function isConverged(
  gap: number,
  gradientNorm: number,
  startGap: number,
  startGradientNorm: number,
  tolerance: number,
): boolean {
  return gap <= tolerance * Math.max(0, startGap) && gradientNorm <= tolerance * startGradientNorm;
}

/**
 * Labels a run by what it is doing now (n = its last step, gaps g_t = L_t − L*):
 * - converged: the run stopped converged, or its last point passes `isConverged`;
 * - diverging: it diverged (exploded), or g_n > 10·g_0 and the loss is still rising: the largest
 *   gap of the last ⌊span/2⌋ steps is a record, 0.1 % above every earlier one (noisy runs: and the
 *   mean gap of those steps is 3× that of the ⌊span/2⌋ before). A cycle between bounded values
 *   sets no records, so it is never diverging;
 * - oscillating (overshooting), while |∇L| is above its convergence target: in at least half of
 *   the last REVERSAL_SPAN step pairs the path turns back, s_t · s_(t+1) < 0 with
 *   s_t = w_(t+1) − w_t. For gradient descent on a quadratic, s_t · s_(t+1) =
 *   η² Σ_k λ_k² e_k² (1 − ηλ_k) over the eigen-directions (e_k the error along direction k), so
 *   this is the steep direction's zig-zag (1 − ηλ_max < 0) outweighing the motion along the
 *   others. Or the run goes round a bounded cycle: over the last `span` steps its net
 *   displacement is under a quarter of the distance it travelled, and the largest gap of the later
 *   half is at least half the earlier half's (not dying away);
 * - too slow (crawling): at its recent pace it needs more than `horizon` steps in all
 *   (n + `remainingSteps`), or will not converge at all;
 * - converging otherwise.
 * - noisy (noisy runs only): the loss gap has stopped falling, `settledInNoise`.
 * Noisy runs are only ever converged, diverging, noisy or converging. For a status line that names the
 * phase of a run: "oscillating" is "overshooting: zig-zags across the valley"; "too-slow" with a
 * finite `remainingSteps` N is "crawling: about N more steps at this rate", with Infinity it has
 * stalled (a local minimum, a saddle, a plateau: it will not reach L* at this rate).
 */
export function classifyRun(run: RunRecord, options: RegimeOptions = {}): Regime {
  if (run.status === 'diverged') return 'diverging';
  if (run.status === 'converged') return 'converged';
  const n = run.losses.length - 1;
  if (n < 0) return 'converging';
  const lStar = options.minimumLoss ?? 0;
  const gap0 = run.losses[0]! - lStar;
  const tolerance = options.tolerance ?? 1e-6;
  if (
    isConverged(
      run.losses[n]! - lStar,
      run.gradientNorms[n]!,
      gap0,
      run.gradientNorms[0]!,
      tolerance,
    )
  )
    return 'converged';
  if (n < 2) return 'converging';
  const span = Math.max(2, Math.min(options.span ?? 50, n));
  if (lossRising(run.losses, lStar, n, span, options.stochastic ?? false, run.thinnedMaxLoss))
    return 'diverging';
  if (options.stochastic)
    return settledInNoise(run.losses, lStar, n, span) ? 'noisy' : 'converging';
  if (run.gradientNorms[n]! > tolerance * run.gradientNorms[0]!) {
    const pairs = Math.min(REVERSAL_SPAN, n - 1);
    if (reversals(run, n, pairs) * 2 >= pairs) return 'oscillating';
    if (cycling(run, lStar, n, span)) return 'oscillating';
  }
  const left = remainingSteps(run, options);
  const step = run.steps ? run.steps[n]! : n;
  const crawl = options.crawlSteps ?? options.horizon ?? 5000;
  return left !== null && step + left > crawl ? 'too-slow' : 'converging';
}

/** Mean and standard deviation of the loss gap over `count` points ending at index `end`. */
export function gapStats(
  losses: ArrayLike<number>,
  lStar: number,
  end: number,
  count: number,
): { mean: number; std: number } {
  let sum = 0;
  let sum2 = 0;
  for (let k = 0; k < count; k++) {
    const g = losses[end - k]! - lStar;
    sum += g;
    sum2 += g * g;
  }
  const mean = sum / count;
  return { mean, std: Math.sqrt(Math.max(0, sum2 / count - mean * mean)) };
}

/** A noisy run whose median gap fell by less than this fraction over `span` steps has settled. */
const SETTLED_DROP = 0.5;

/**
 * A noisy run's loss has stopped falling: the median loss gap of its last `span` points is at least
 * (1 − SETTLED_DROP) × that of the `span` before. Medians, because mini-batch jitter has heavy
 * tails; so a run still coming down is not "settled", and one that jitters about a level is,
 * wherever that level is.
 */
export function settledInNoise(
  losses: ArrayLike<number>,
  lStar: number,
  n: number,
  span: number,
): boolean {
  if (n + 1 < 2 * span) return false;
  const median = (end: number) => {
    const gaps = Array.from({ length: span }, (_, k) => losses[end - k]! - lStar).sort(
      (a, b) => a - b,
    );
    return gaps[span >> 1]!;
  };
  return median(n) >= (1 - SETTLED_DROP) * median(n - span);
}

/**
 * Steps the run still needs to converge (`isConverged`) at its recent pace: for the loss gap and
 * for |∇L| each, ⌈ln(target / now) / ln ρ⌉ with target = tolerance × the start's value and ρ the
 * per-step ratio over the last `span` steps (each value summed with its predecessor, so that a
 * zig-zag's alternation cancels); the larger of the two. 0 once converged; Infinity when either is
 * not shrinking (a crawl that stalls, a cycle, a rise); null when it cannot be told: fewer than 3
 * points, the run diverged, or its gradients are noisy (`stochastic`). While the run zig-zags the
 * fast-shrinking steep error dominates ρ, so the figure is meaningful once the run crawls; where
 * the theory knows the run's length (`predictedSteps`), that minus the steps taken.
 */
export function remainingSteps(run: RunRecord, options: RegimeOptions = {}): number | null {
  const n = run.losses.length - 1;
  if (run.status === 'converged') return 0;
  if (run.status === 'diverged' || options.stochastic) return null;
  // The run has not stopped converged: at least one step is left, whatever the rounding.
  if (options.predictedSteps !== undefined && n >= 0)
    return Math.max(1, options.predictedSteps - (run.steps ? run.steps[n]! : n));
  if (n < 2) return null;
  const lStar = options.minimumLoss ?? 0;
  const tolerance = options.tolerance ?? 1e-6;
  const span = Math.max(1, Math.min(options.span ?? 50, n - 1));
  const left = (x: ArrayLike<number>, shift: number, target: number): number => {
    const now = x[n]! - shift + (x[n - 1]! - shift);
    if (x[n]! - shift <= target) return 0;
    const before = x[n - span]! - shift + (x[n - span - 1]! - shift);
    const rate = now / before;
    if (!(rate < 1) || !(rate > 0)) return Infinity;
    const steps = (Math.log((2 * target) / now) / Math.log(rate)) * span;
    return Number.isFinite(steps) ? Math.max(0, Math.ceil(steps)) : Infinity;
  };
  const gap0 = Math.max(0, run.losses[0]! - lStar);
  return Math.max(
    left(run.losses, lStar, tolerance * gap0),
    left(run.gradientNorms, 0, tolerance * run.gradientNorms[0]!),
  );
}

/**
 * Whether the loss gap has passed DIVERGENCE_FACTOR × the start's and is still rising: the largest
 * gap of the last ⌊span/2⌋ steps is a record, above every earlier gap by 0.1 % (a bounded orbit
 * sets ever fewer records); noisy runs must also have tripled their mean gap between the earlier
 * and the later half of the span.
 */
function lossRising(
  losses: ArrayLike<number>,
  lStar: number,
  n: number,
  span: number,
  stochastic: boolean,
  thinnedMaxLoss = -Infinity,
): boolean {
  const gap0 = Math.max(0, losses[0]! - lStar);
  if (!(losses[n]! - lStar > DIVERGENCE_FACTOR * gap0)) return false;
  const half = Math.max(1, Math.floor(span / 2));
  let late = -Infinity;
  let lateSum = 0;
  let earlySum = 0;
  for (let k = 0; k < half; k++) {
    late = Math.max(late, losses[n - k]! - lStar);
    lateSum += losses[n - k]! - lStar;
    earlySum += losses[n - half - k]! - lStar;
  }
  if (stochastic && !(lateSum > 3 * earlySum)) return false;
  // Scanned backwards: a bounded orbit meets an earlier peak soon (or among the thinned points).
  for (let t = n - half; t >= 0; t--) if (1.001 * (losses[t]! - lStar) >= late) return false;
  return !(1.001 * (thinnedMaxLoss - lStar) >= late);
}

/** Step pairs among the last `count` in which the path turns back: s_t · s_(t+1) < 0. */
function reversals(run: RunRecord, n: number, count: number): number {
  let flips = 0;
  for (let t = n - count; t < n; t++) {
    const d1 = (run.w1[t]! - run.w1[t - 1]!) * (run.w1[t + 1]! - run.w1[t]!);
    const d2 = (run.w2[t]! - run.w2[t - 1]!) * (run.w2[t + 1]! - run.w2[t]!);
    if (d1 + d2 < 0) flips++;
  }
  return flips;
}

/**
 * A bounded cycle over the last `span` steps: net displacement under a quarter of the path's
 * length, and the later half's largest loss gap at least half the earlier half's.
 */
function cycling(run: RunRecord, lStar: number, n: number, span: number): boolean {
  let length = 0;
  for (let t = n - span; t < n; t++)
    length += Math.hypot(run.w1[t + 1]! - run.w1[t]!, run.w2[t + 1]! - run.w2[t]!);
  const net = Math.hypot(run.w1[n]! - run.w1[n - span]!, run.w2[n]! - run.w2[n - span]!);
  if (!(length > 0) || net >= length / 4) return false;
  const half = Math.max(1, Math.floor(span / 2));
  let early = -Infinity;
  let late = -Infinity;
  for (let k = 0; k < half; k++) {
    early = Math.max(early, run.losses[n - half - k]! - lStar);
    late = Math.max(late, run.losses[n - k]! - lStar);
  }
  return late >= early / 2;
}
