import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataSurface,
  lectureDataset,
  penguinsDataset,
  regressionLossDirect,
} from '../../../src/index.ts';
import {
  bestIntercept,
  regressionLoss,
  regressionStats,
} from '../../../src/datasets/regression-stats.ts';
import { leastSquaresWeights } from '../../../src/datasets/regression-surface.ts';

describe('regression error surface from sufficient statistics', () => {
  for (const data of [lectureDataset(), penguinsDataset()]) {
    it(`${data.id}: equals the direct loop over the examples, with b at its best value`, () => {
      for (const scaling of ['none', 'standardize', 'min-max'] as const) {
        const { surface, data: scaled, stats } = dataSurface(data, scaling);
        const { w1, w2 } = surface.domain;
        fc.assert(
          fc.property(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            (u, v) => {
              const a = w1[0] + u * (w1[1] - w1[0]);
              const b = w2[0] + v * (w2[1] - w2[0]);
              const direct = regressionLossDirect(scaled.x1, scaled.x2, scaled.y, a, b);
              expect(surface.value(a, b)).toBeCloseTo(
                direct,
                Math.max(0, 8 - Math.ceil(Math.log10(1 + direct))),
              );
              // b* is the best intercept: moving it either way costs loss.
              const bStar = bestIntercept(stats, a, b);
              const mse = (bias: number) => {
                let sum = 0;
                for (let i = 0; i < scaled.y.length; i++)
                  sum += (scaled.y[i]! - bias - a * scaled.x1[i]! - b * scaled.x2[i]!) ** 2;
                return sum / scaled.y.length;
              };
              expect(mse(bStar)).toBeCloseTo(direct, 6);
              expect(mse(bStar + 0.1)).toBeGreaterThan(mse(bStar));
              expect(mse(bStar - 0.1)).toBeGreaterThan(mse(bStar));
            },
          ),
          { numRuns: 30 },
        );
      }
    });
  }

  it('its minimum is the least-squares fit, near the weights the lecture data was made from', () => {
    const data = lectureDataset(1, 2000);
    const w = leastSquaresWeights(regressionStats(data.x1, data.x2, data.y));
    expect(w[0]).toBeCloseTo(3, 0);
    expect(w[1]).toBeCloseTo(0.05, 2);
  });

  it('a degenerate batch (one example) has a flat, finite surface', () => {
    const data = lectureDataset();
    const s = regressionStats(data.x1, data.x2, data.y, [4]);
    expect(regressionLoss(s, 3, -2)).toBe(0);
    expect(leastSquaresWeights(s)).toEqual([0, 0]);
  });
});
