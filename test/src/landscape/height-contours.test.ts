import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contourSegments,
  createHeightMap,
  createSurface,
  dataSurface,
  lectureDataset,
  sampleGrid,
  viridis,
} from '../../../src/index.ts';

describe('height map', () => {
  it('is monotone, clipped to [0, 1], and fromUnit inverts toUnit, in both kinds', () => {
    for (const kind of ['linear', 'log'] as const) {
      const h = createHeightMap([0, 1, 2], 3, 1003, kind);
      expect(h.toUnit(3)).toBe(0);
      expect(h.toUnit(1003)).toBeCloseTo(1, 12);
      expect(h.toUnit(1e9)).toBe(1);
      expect(h.toUnit(NaN)).toBe(1);
      fc.assert(
        fc.property(
          fc.double({ min: 3, max: 1003, noNaN: true }),
          fc.double({ min: 3, max: 1003, noNaN: true }),
          (a, b) => {
            if (a < b) expect(h.toUnit(a)).toBeLessThanOrEqual(h.toUnit(b));
            expect(h.fromUnit(h.toUnit(a))).toBeCloseTo(a, 6);
          },
        ),
      );
    }
  });

  it('auto picks log for the raw lecture valley and linear for the round bowl', () => {
    const pick = (s: ReturnType<typeof createSurface>) => {
      const g = sampleGrid(s, 64);
      return createHeightMap(g.values, g.min, g.max, 'auto').kind;
    };
    expect(pick(dataSurface(lectureDataset(), 'none').surface)).toBe('log');
    expect(pick(createSurface('bowl'))).toBe('linear');
  });
});

describe('contours', () => {
  it('on the bowl L = w1² + w2² each contour segment lies on the circle of its level', () => {
    const s = createSurface('bowl');
    const n = 65;
    const g = sampleGrid(s, n);
    const levels = [2, 8, 18];
    const c = contourSegments(g.values, n, levels);
    expect(c.count).toBeGreaterThan(100);
    const toW = (k: number) => -4 + (8 * k) / (n - 1);
    for (let k = 0; k < c.count; k++) {
      for (const e of [0, 2]) {
        const x = toW(c.segments[4 * k + e]!);
        const y = toW(c.segments[4 * k + e + 1]!);
        expect(Math.sqrt(x * x + y * y) / Math.sqrt(c.levels[k]!)).toBeCloseTo(1, 2);
      }
    }
  });

  it('no level inside the grid range means no segments', () => {
    const g = sampleGrid(createSurface('bowl'), 16);
    expect(contourSegments(g.values, 16, [-1, 1e9]).count).toBe(0);
  });
});

describe('viridis', () => {
  it('runs from dark purple to yellow and grows lighter monotonically', () => {
    const lum = (u: number) => {
      const [r, g, b] = viridis(u) as number[];
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (let u = 0; u < 1; u += 0.05) expect(lum(u + 0.05)).toBeGreaterThan(lum(u));
    expect(viridis(-1)).toEqual(viridis(0));
  });
});
