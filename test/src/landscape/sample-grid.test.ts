import { describe, expect, it } from 'vitest';
import {
  createSurface,
  dataSurface,
  penguinsDataset,
  regressionLossDirect,
  sampleGrid,
} from '../../../src/index.ts';

describe('sampleGrid', () => {
  it('samples L row by row over the domain, corners included, with its min and max', () => {
    const s = createSurface('rosenbrock');
    const g = sampleGrid(s, 33);
    const { w1, w2 } = s.domain;
    expect(g.values[0]).toBeCloseTo(s.value(w1[0], w2[0]), 3);
    expect(g.values[32]).toBeCloseTo(s.value(w1[1], w2[0]), 3);
    expect(g.values[33 * 32]).toBeCloseTo(s.value(w1[0], w2[1]), 3);
    expect(g.min).toBe(Math.min(...g.values));
    expect(g.max).toBe(Math.max(...g.values));
  });

  it('reuses the buffer it is given', () => {
    const s = createSurface('bowl');
    const buffer = new Float32Array(16 * 16);
    expect(sampleGrid(s, 16, s.domain, buffer).values).toBe(buffer);
  });

  it('a data surface grid matches the loss looped over every example', () => {
    const ds = dataSurface(penguinsDataset(), 'standardize');
    const g = sampleGrid(ds.surface, 9);
    const { w1, w2 } = ds.surface.domain;
    const a = w1[0] + ((w1[1] - w1[0]) * 3) / 8;
    const b = w2[0] + ((w2[1] - w2[0]) * 5) / 8;
    const direct = regressionLossDirect(ds.data.x1, ds.data.x2, ds.data.y, a, b);
    expect(g.values[5 * 9 + 3]! / direct).toBeCloseTo(1, 5);
  });

  it('never stores a non-finite value', () => {
    const s = { ...createSurface('bowl'), value: (x: number) => (x > 0 ? Infinity : x * x) };
    const g = sampleGrid(s, 8);
    expect(g.values.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(g.max)).toBe(true);
  });
});

describe('sampleGrid on quadratic surfaces (forward differences)', () => {
  it('agrees with evaluating L at every point', async () => {
    const { allSurfaces } = await import('../helpers.ts');
    for (const s of allSurfaces().filter((x) => x.quadratic)) {
      const n = 64;
      const g = sampleGrid(s, n);
      const { w1, w2 } = s.domain;
      const range = g.max - g.min;
      for (let j = 0; j < n; j += 7) {
        for (let i = 0; i < n; i += 5) {
          const v = s.value(
            w1[0] + ((w1[1] - w1[0]) * i) / (n - 1),
            w2[0] + ((w2[1] - w2[0]) * j) / (n - 1),
          );
          expect(Math.abs(g.values[j * n + i]! - v)).toBeLessThanOrEqual(
            1e-6 * range + 1e-6 * Math.abs(v),
          );
        }
      }
    }
  });
});
