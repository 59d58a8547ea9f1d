import { describe, expect, it } from 'vitest';
import { createRunner, createSurface } from '../../../src/index.ts';
import { trajectoriesCsv } from '../../../app/export/trajectories-csv.ts';

describe('trajectories as CSV', () => {
  it('has a header and one row per point of every run, with the simulator’s values', () => {
    const runner = createRunner({
      surface: createSurface('bowl'),
      optimizer: 'gd',
      params: { learningRate: 0.1 },
      steps: 3,
    });
    runner.advance(3);
    const lines = trajectoriesCsv([{ pane: 'main', run: 1, runner }])
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'pane,run,optimizer,learning_rate,step,w1,w2,loss,gradient_norm,kept_every',
    );
    expect(lines).toHaveLength(5);
    const last = lines[4]!.split(',');
    expect(last.slice(0, 5)).toEqual(['main', '1', 'gd', '0.1', '3']);
    expect(Number(last[7])).toBeCloseTo(runner.history.losses[3]!, 12);
    expect(last[9]).toBe('1');
  });

  it('of a long run with a bounded history: the exact first and last steps, and says which rows are thinned', () => {
    const runner = createRunner({
      surface: createSurface('rosenbrock'),
      optimizer: 'gd',
      params: { learningRate: 1e-6 },
      steps: 20_000,
      historyLimit: 1024,
    });
    runner.advance(20_000);
    const rows = trajectoriesCsv([{ pane: 'main', run: 1, runner }])
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.length).toBeLessThanOrEqual(1024);
    expect(rows[0]!.slice(4, 6)).toEqual(['0', String(runner.history.w1[0])]);
    const last = rows.at(-1)!;
    expect(last[4]).toBe('20000');
    expect(Number(last[5])).toBe(runner.state.w[0]);
    const k = runner.history.stride;
    expect(k).toBeGreaterThan(1);
    // Thinned rows are every k-th step; the recent ones every step.
    for (const [, , , , step, , , , , every] of rows) {
      if (every === '1') continue;
      expect(every).toBe(String(k));
      expect(Number(step) % k).toBe(0);
    }
    expect(rows.filter((r) => r[9] === '1').length).toBeGreaterThanOrEqual(256);
  });
});
