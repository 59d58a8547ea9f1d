/** How a run is behaving (DOMAIN.md §1.3). */
export const REGIMES = ['converged', 'converging', 'too-slow', 'oscillating', 'diverging'] as const;
export type Regime = (typeof REGIMES)[number];

/** What `classifyRun` reads of a run. */
export interface RunRecord {
  w1: ArrayLike<number>;
  w2: ArrayLike<number>;
  /** |∇L| at each recorded point (index 0 = the start). */
  gradientNorms: ArrayLike<number>;
  status: 'converged' | 'diverged' | 'incomplete';
}

export interface RegimeOptions {
  /** Converged once |∇L| ≤ tolerance × the largest |∇L| seen (default 1e-6). */
  tolerance?: number;
  /** A run projected to need more steps than this in all is "too slow" (default 5000). */
  horizon?: number;
  /** Recent steps examined (default 50). */
  span?: number;
  /**
   * The steps use noisy (mini-batch) gradients: step-to-step reversals and wobbles in |∇L| are
   * noise, so only a clear, sustained rise counts as diverging (and nothing as oscillating or too slow).
   */
  stochastic?: boolean;
}

/**
 * Labels a run from its recent steps:
 * - diverging: it diverged, or |∇L| grows (per-step ratio ρ > 1.001 over the span);
 * - oscillating: most consecutive steps reverse direction (zig-zag) and |∇L| shrinks slowly (ρ > 0.98);
 * - too slow: at the current ρ it would need more than `horizon` steps in all to converge;
 * - converging otherwise; converged when the run reached the tolerance.
 */
export function classifyRun(run: RunRecord, options: RegimeOptions = {}): Regime {
  if (run.status === 'diverged') return 'diverging';
  if (run.status === 'converged') return 'converged';
  const tolerance = options.tolerance ?? 1e-6;
  const horizon = options.horizon ?? 5000;
  const g = run.gradientNorms;
  const n = g.length - 1;
  if (n < 2) return 'converging';
  const span = Math.min(options.span ?? 50, n);
  if (options.stochastic) return noisyTrend(g, n, span) > 3 ? 'diverging' : 'converging';
  const gStart = g[n - span]!;
  const gEnd = g[n]!;
  if (gStart === 0 || gEnd === 0) return 'converged';
  const rate = (gEnd / gStart) ** (1 / span);
  if (rate > 1.001) return 'diverging';
  let flips = 0;
  for (let t = n - span + 1; t < n; t++) {
    const d1 = (run.w1[t]! - run.w1[t - 1]!) * (run.w1[t + 1]! - run.w1[t]!);
    const d2 = (run.w2[t]! - run.w2[t - 1]!) * (run.w2[t + 1]! - run.w2[t]!);
    if (d1 + d2 < 0) flips++;
  }
  if (span > 1 && flips / (span - 1) > 0.5 && rate > 0.98) return 'oscillating';
  let gMax = 0;
  for (let t = 0; t <= n; t++) gMax = Math.max(gMax, g[t]!);
  if (rate >= 1) return 'too-slow';
  const remaining = Math.log((tolerance * gMax) / gEnd) / Math.log(rate);
  return n + remaining > horizon ? 'too-slow' : 'converging';
}

/** Mean |∇L| over the second half of the last `span` steps divided by the mean over the first half. */
function noisyTrend(g: ArrayLike<number>, n: number, span: number): number {
  const half = Math.max(1, Math.floor(span / 2));
  let early = 0;
  let late = 0;
  for (let k = 0; k < half; k++) {
    early += g[n - span + k]!;
    late += g[n - k]!;
  }
  return early > 0 ? late / early : 1;
}
