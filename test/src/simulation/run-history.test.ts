import { describe, expect, it } from 'vitest';
import { createRunner, createSurface, stepOf } from '../../../src/index.ts';
import { createRunHistory, historyViews, pushPoint } from '../../../src/simulation/run-history.ts';

const lossOf = (s: number) => (s * 7919) % 1009;

/** Pushes steps 0…last with w1 = step and a loss that jumps about. */
function filled(limit: number, last: number) {
  const h = createRunHistory(16, limit);
  for (let s = 0; s <= last; s++) pushPoint(h, s, -s, lossOf(s), 1, s);
  return h;
}

describe('a bounded run history', () => {
  it('keeps every step until it holds `limit` points', () => {
    const h = filled(1024, 1023);
    expect(h.length).toBe(1024);
    expect(h.stride).toBe(1);
    expect(h.steps).toBeNull();
    for (let i = 0; i < h.length; i++) expect(stepOf(h, i)).toBe(i);
  });

  it('past it, keeps step 0, every k-th older step and the recent steps exactly, within the limit', () => {
    for (const last of [1024, 5000, 123_457, 300_001]) {
      const h = filled(1024, last);
      expect(h.length).toBeLessThanOrEqual(1024);
      expect(h.w1.length).toBeLessThanOrEqual(1024);
      const steps = Array.from({ length: h.length }, (_, i) => stepOf(h, i));
      expect(steps[0]).toBe(0);
      expect(steps.at(-1)).toBe(last);
      // Each point is the step it says it is.
      for (let i = 0; i < h.length; i++) expect(h.w1[i]).toBe(steps[i]);
      // Increasing; before exactFrom every stride-th step, from it on every step.
      for (let i = 1; i < h.length; i++) {
        expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
        if (steps[i]! < h.exactFrom) expect(steps[i]! % h.stride).toBe(0);
        else if (steps[i - 1]! >= h.exactFrom) expect(steps[i]! - steps[i - 1]!).toBe(1);
      }
      expect(last - h.exactFrom + 1).toBeGreaterThanOrEqual(256);
      expect(h.stride).toBeGreaterThan(1);
    }
  });

  it('remembers the highest loss it thinned away', () => {
    const h = filled(1024, 5000);
    const kept = new Set(historyViews(h).w1);
    const dropped = Array.from({ length: 5001 }, (_, s) => s).filter((s) => !kept.has(s));
    expect(h.thinnedMaxLoss).toBe(Math.max(...dropped.map(lossOf)));
  });
});

describe('a runner with a history limit', () => {
  it('moves exactly as without one and labels the run the same, holding at most the limit', () => {
    for (const [surface, optimizer, learningRate] of [
      ['valley', 'gd', 0.9], // zig-zags across the valley
      ['bowl', 'gd', 1.02], // diverges slowly
      ['rosenbrock', 'momentum', 1e-4], // crawls
    ] as const) {
      const config = {
        surface: createSurface(surface),
        optimizer,
        params: { learningRate },
        steps: 20_000,
        stopWhenConverged: false,
      };
      const whole = createRunner(config);
      const bounded = createRunner({ ...config, historyLimit: 2048 });
      for (let k = 0; k < 10; k++) {
        whole.advance(2000);
        bounded.advance(2000);
        expect(bounded.state.w).toEqual(whole.state.w);
        expect(bounded.status).toBe(whole.status);
        expect(bounded.regime()).toBe(whole.regime());
        expect(bounded.remainingSteps()).toBe(whole.remainingSteps());
        expect(bounded.history.length).toBeLessThanOrEqual(2048);
        const n = bounded.history.length;
        expect(stepOf(bounded.history, n - 1)).toBe(whole.t);
        expect(bounded.history.losses[n - 1]).toBe(whole.history.losses[whole.history.length - 1]);
      }
    }
  });
});
