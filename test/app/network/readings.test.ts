import { describe, expect, it } from 'vitest';
import {
  measuresSmallerWithBatchNorm,
  perDecade,
  stableText,
} from '../../../app/network/readings.ts';
import type { LabNetwork } from '../../../app/workers/run-network.ts';
import { logSpace } from '../../../src/index.ts';

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

  it('state a stable rate as the bracket it was found in, or the end of the grid it passed', () => {
    const rates = logSpace(0.1, 100, 13);
    expect(perDecade(rates)).toBe(4);
    const base = { rates, steps: 300 };
    expect(stableText({ ...base, largest: rates[4]!, firstUnstable: rates[5]! })).toEqual({
      key: 'netStableBetween',
      lo: 1,
      hi: rates[5],
    });
    expect(stableText({ ...base, largest: null, firstUnstable: 0.1 })).toMatchObject({
      key: 'netStableBelow',
      hi: 0.1,
    });
    expect(stableText({ ...base, largest: 100, firstUnstable: null })).toMatchObject({
      key: 'netStableAtLeast',
      lo: 100,
    });
  });
});
