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
    expect(lines[0]).toBe('pane,run,optimizer,learning_rate,step,w1,w2,loss,gradient_norm');
    expect(lines).toHaveLength(5);
    const last = lines[4]!.split(',');
    expect(last.slice(0, 5)).toEqual(['main', '1', 'gd', '0.1', '3']);
    expect(Number(last[7])).toBeCloseTo(runner.history.losses[3]!, 12);
  });
});
