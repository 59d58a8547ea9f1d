import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSegment, inDomain, lastExit, type Domain } from '../../../src/index.ts';

const box: Domain = { w1: [-1, 1], w2: [-2, 2] };

describe('clipSegment', () => {
  it('keeps a segment inside, cuts one that crosses an edge, drops one that misses', () => {
    expect(clipSegment(box, 0, 0, 0.5, 1)).toEqual([0, 1]);
    expect(clipSegment(box, 0, 0, 3, 0)).toEqual([0, 1 / 3]);
    expect(clipSegment(box, -3, 0, 3, 0)).toEqual([1 / 3, 2 / 3]);
    expect(clipSegment(box, 2, 0, 3, 5)).toBeNull();
    expect(clipSegment(box, 0, 0, Infinity, 0)).toBeNull();
  });

  it('puts both clipped ends inside the domain', () => {
    const coord = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, (a1, a2, b1, b2) => {
        const c = clipSegment(box, a1, a2, b1, b2);
        if (!c) return;
        for (const t of c) {
          const eps = 1e-9;
          const w1 = a1 + t * (b1 - a1);
          const w2 = a2 + t * (b2 - a2);
          expect(inDomain({ w1: [-1 - eps, 1 + eps], w2: [-2 - eps, 2 + eps] }, w1, w2)).toBe(true);
        }
      }),
    );
  });
});

describe('lastExit', () => {
  it('is null for a path that ends inside, even after an excursion', () => {
    expect(lastExit([0, 5, 0.5], [0, 0, 0], 3, box)).toBeNull();
  });

  it('gives the first step of the final excursion and the crossing point on the edge', () => {
    // Steps 0..4: inside, inside, out (w1 = 3), further out.
    const exit = lastExit([0, 0.5, 3, 9], [0, 0, 0, 0], 4, box);
    expect(exit?.step).toBe(2);
    expect(exit?.w[0]).toBeCloseTo(1, 12);
    expect(exit?.w[1]).toBe(0);
  });

  it('reports step 0 for a path that never was inside', () => {
    expect(lastExit([5, 6], [0, 0], 2, box)).toEqual({ step: 0, w: [5, 0] });
  });
});
