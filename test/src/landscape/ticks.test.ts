import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createHeightMap,
  createSurface,
  dataSurface,
  heightTicks,
  lectureDataset,
  logTicks,
  niceTicks,
  surfaceHeightMap,
} from '../../../src/index.ts';

/** Whether v is 1, 2 or 5 × 10ᵏ (or 0). */
const isRound = (v: number) => {
  if (v === 0) return true;
  const m = Math.abs(v) / 10 ** Math.floor(Math.log10(Math.abs(v)) + 1e-12);
  return [1, 2, 5, 10].some((r) => Math.abs(m - r) < 1e-6);
};

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10ᵏ inside the range, with exact decimals', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3, 3, 6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(niceTicks(0.0752, 36000, 4)).toEqual([10000, 20000, 30000]);
    expect(niceTicks(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (lo, span) => {
          const ticks = niceTicks(lo, lo + span, 5);
          for (const v of ticks) {
            expect(v).toBeGreaterThanOrEqual(lo - span * 1e-6);
            expect(v).toBeLessThanOrEqual(lo + span * (1 + 1e-6));
          }
          expect(ticks.length).toBeLessThanOrEqual(11);
          if (ticks.length > 1) expect(isRound(ticks[1]! - ticks[0]!)).toBe(true);
        },
      ),
    );
  });
});

describe('logTicks', () => {
  it('gives the powers of ten in range, or 1-2-5 values when fewer than two fit', () => {
    expect(logTicks(0.0752, 36000)).toEqual([0.1, 1, 10, 100, 1000, 10000]);
    expect(logTicks(3, 40)).toEqual([5, 10, 20]);
    expect(logTicks(0, 100).at(-1)).toBe(100);
  });
});

describe('heightTicks', () => {
  it('on the raw lecture surface (log): round values from its true range, well apart', () => {
    const { surface } = dataSurface(lectureDataset(), 'none');
    const map = surfaceHeightMap(surface, 'log');
    expect(map.lo).toBeCloseTo(0.0752, 3);
    const ticks = heightTicks(map);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const v of ticks) {
      expect(Math.log10(v) % 1).toBeCloseTo(0, 9); // a power of ten
      expect(v).toBeGreaterThanOrEqual(map.lo);
      expect(v).toBeLessThanOrEqual(map.hi);
    }
    const u = ticks.map(map.toUnit);
    for (let k = 1; k < u.length; k++) expect(u[k]! - u[k - 1]!).toBeGreaterThanOrEqual(0.12);
  });

  it('on a linear map: 1-2-5 steps', () => {
    const map = createHeightMap([0, 1], 0, 50, 'linear');
    expect(heightTicks(map, 5)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('on a log map over less than two decades: 1, 2 and 5 × 10ᵏ', () => {
    const map = createHeightMap([3, 40], 3, 40, 'log');
    const ticks = heightTicks(map, 5, 0.05);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const v of ticks) expect(isRound(v)).toBe(true);
  });
});

describe('surfaceHeightMap', () => {
  it('does not depend on the drawing resolution, and starts at the known minimum', () => {
    for (const s of [dataSurface(lectureDataset(), 'none').surface, createSurface('rosenbrock')]) {
      const a = surfaceHeightMap(s, 'auto');
      const b = surfaceHeightMap(s, 'auto');
      expect(a.lo).toBe(b.lo);
      expect(a.hi).toBe(b.hi);
      expect(a.lo).toBeLessThanOrEqual(s.minima[0]!.loss);
      expect(a.toUnit(s.minima[0]!.loss)).toBe(0);
    }
  });
});
