import type { Regime } from './regime.ts';

/** A stretch of a run with one regime, from step `from` to step `to` (inclusive). */
export interface Phase {
  regime: Regime;
  from: number;
  to: number;
}

/** Steps a new regime must hold, unbroken, before it replaces the current one (see createPhaseTracker). */
export const PHASE_HOLD_STEPS = 16;

/** A run's regimes over time, with memory: what it is doing now and what it did before. */
export interface PhaseTracker {
  /** Records the regime seen at `step` (steps in increasing order). */
  observe(step: number, regime: Regime): void;
  /** The phases so far, oldest first; the last is the current one. */
  readonly phases: readonly Phase[];
  /** The current phase's regime, or null before the first observation. */
  readonly current: Regime | null;
}

/**
 * A status with hysteresis: a regime that does not hold, unbroken, for `holdSteps` steps is a
 * passing reading at a boundary (a crawling run whose zig-zag has not quite died out reads
 * "overshooting" for a few steps), not a new phase; the current phase goes on through it. "converged" and
 * "diverging" are taken at once (an end, and a warning that cannot wait); a warning is withdrawn
 * only after four times the hold (a noisy run that dips between two surges still diverges). A noisy run that has
 * settled ("noisy") stays settled until it converges or diverges: a reading of "still coming down"
 * after that is its jitter, not a new descent. Pure bookkeeping: what a regime is, `classifyRun`
 * decides.
 */
export function createPhaseTracker(holdSteps = PHASE_HOLD_STEPS): PhaseTracker {
  const phases: Phase[] = [];
  let candidate: { regime: Regime; from: number } | null = null;
  return {
    phases,
    get current() {
      return phases.at(-1)?.regime ?? null;
    },
    observe(step, regime) {
      const now = phases.at(-1);
      if (!now) {
        phases.push({ regime, from: step, to: step });
        return;
      }
      if (regime === now.regime || (now.regime === 'noisy' && regime === 'converging')) {
        now.to = step;
        candidate = null;
        return;
      }
      if (candidate?.regime !== regime) candidate = { regime, from: step };
      const hold = now.regime === 'diverging' ? 4 * holdSteps : holdSteps;
      if (regime === 'converged' || regime === 'diverging' || step - candidate.from >= hold) {
        now.to = candidate.from - 1;
        phases.push({ regime, from: candidate.from, to: step });
        candidate = null;
      } else now.to = step;
    },
  };
}
