import { describe, expect, it } from 'vitest';
import {
  compareValues,
  measuresSmallerWithBatchNorm,
  networkStatus,
  perDecade,
  stableText,
} from '../../../app/network/readings.ts';
import type { LabNetwork } from '../../../app/workers/run-network.ts';
import {
  createMlp,
  createRng,
  guessLoss,
  isStuck,
  logSpace,
  trainMlp,
} from '../../../src/index.ts';
import { taskData } from '../../../src/network/tasks.ts';

/** A network with only the smoothness series filled in. */
const withMeasures = (lossRange: number, gradientChange: number, effectiveBeta: number) =>
  ({
    smoothness: [
      { step: 0, lossRange: 1e9, gradientChange: 1e9, effectiveBeta: 1e9 },
      { step: 10, lossRange, gradientChange, effectiveBeta },
      { step: 20, lossRange, gradientChange, effectiveBeta },
    ],
  }) as unknown as LabNetwork;

describe('the network lab’s readings', () => {
  it('count the measures batch norm makes clearly smaller (medians after the start, by a fifth or more), none until both networks are in', () => {
    const plain = withMeasures(1, 1, 1);
    expect(measuresSmallerWithBatchNorm({ none: plain })).toBeNull();
    expect(measuresSmallerWithBatchNorm({ none: plain, batch: withMeasures(0.1, 0.2, 0.3) })).toBe(
      3,
    );
    expect(measuresSmallerWithBatchNorm({ none: plain, batch: withMeasures(0.1, 2, 3) })).toBe(1);
    expect(measuresSmallerWithBatchNorm({ none: plain, batch: withMeasures(1, 2, 3) })).toBe(0);
    // Less than a fifth smaller does not count.
    expect(measuresSmallerWithBatchNorm({ none: plain, batch: withMeasures(0.9, 0.81, 0.5) })).toBe(
      1,
    );
  });

  it('state a stable rate as the bracket it was found in, where training began when the smaller rates were too slow, or the end of the grid it passed', () => {
    const rates = logSpace(0.1, 100, 13);
    expect(perDecade(rates)).toBe(4);
    const base = { rates, steps: 300, smallest: rates[0]! };
    expect(stableText({ ...base, largest: rates[4]!, firstUnstable: rates[5]! })).toEqual({
      key: 'netStableBetween',
      lo: 1,
      hi: rates[5],
      from: rates[0],
    });
    expect(
      stableText({ ...base, smallest: rates[2]!, largest: rates[4]!, firstUnstable: rates[5]! }),
    ).toMatchObject({ key: 'netStableBetweenFrom', lo: 1, from: rates[2] });
    expect(
      stableText({ ...base, smallest: null, largest: null, firstUnstable: 0.1 }),
    ).toMatchObject({ key: 'netStableNone' });
    expect(stableText({ ...base, largest: 100, firstUnstable: null })).toMatchObject({
      key: 'netStableAtLeast',
      lo: 100,
    });
  });

  it('compare two values as "the same" only when equal, and otherwise with enough decimals that the ratio does not read as 1', () => {
    for (const x of [1e-6, 0.0123, 1, 4.5e3]) {
      expect(compareValues(x, x)).toEqual({ kind: 'same' });
      for (const factor of [1 + 1e-9, 1.0004, 1.04, 1.5, 2.4, 55]) {
        const larger = compareValues(x, x * factor);
        const smaller = compareValues(x * factor, x);
        expect(larger.kind).toBe('larger');
        expect(smaller.kind).toBe('smaller');
        if (larger.kind !== 'larger') continue;
        const shown = Number(larger.times);
        // Never "1×" for different values; the shown ratio is the true one, rounded.
        expect(shown).toBeGreaterThan(1);
        const decimals = larger.times.split('.')[1]?.length ?? 0;
        expect(Math.abs(shown - factor)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9));
        // One decimal below 10, whole numbers above, unless more are needed.
        if (factor >= 1.05) expect(decimals).toBe(factor < 10 ? 1 : 0);
      }
    }
    expect(compareValues(undefined, 1).kind).toBe('unknown');
    expect(compareValues(NaN, 1).kind).toBe('unknown');
    expect(compareValues(0, 1).kind).toBe('unknown');
    expect(compareValues(0, 0).kind).toBe('same');
  });

  it('name a network stuck, trained, diverged or slow from its simulated run', () => {
    const net = createMlp({ hidden: [8], normalization: 'none' }, createRng(1));
    const run = (learningRate: number, steps: number, data = taskData('moons', 1)) => {
      const r = trainMlp({
        net,
        data,
        optimizer: 'gd',
        params: { learningRate },
        batchSize: 32,
        steps,
        seed: 1,
      });
      return { ...r, stuck: isStuck(r.losses, r.diverged, guessLoss(data)) };
    };
    expect(networkStatus(run(0.5, 300))).toBe('trained');
    expect(networkStatus(run(1e-4, 50))).toBe('stuck');
    // Raw-unit penguins at a large rate: the loss explodes.
    expect(networkStatus(run(50, 200, taskData('penguins')))).toBe('diverged');
  });
});
