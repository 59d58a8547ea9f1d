import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/index.ts';
import { finiteDifferenceHessian } from '../../../src/analysis/hessian.ts';
import { allSurfaces, label } from '../helpers.ts';

// Central difference (L(w + h·e) − L(w − h·e)) / 2h with h scaled to the point.
function numericGradient(
  f: (a: number, b: number) => number,
  w1: number,
  w2: number,
): [number, number] {
  const h1 = 1e-6 * Math.max(1, Math.abs(w1));
  const h2 = 1e-6 * Math.max(1, Math.abs(w2));
  return [
    (f(w1 + h1, w2) - f(w1 - h1, w2)) / (2 * h1),
    (f(w1, w2 + h2) - f(w1, w2 - h2)) / (2 * h2),
  ];
}

describe('analytic gradients agree with finite differences', () => {
  for (const surface of allSurfaces()) {
    it(label(surface), () => {
      const rng = createRng(7);
      const g = new Float64Array(2);
      const { w1, w2 } = surface.domain;
      for (let k = 0; k < 200; k++) {
        const x = w1[0] + (w1[1] - w1[0]) * rng.next();
        const y = w2[0] + (w2[1] - w2[0]) * rng.next();
        surface.gradient(x, y, g);
        const [n1, n2] = numericGradient(surface.value, x, y);
        const scale = Math.max(1, Math.hypot(n1, n2));
        expect(Math.abs(g[0]! - n1) / scale).toBeLessThan(1e-4);
        expect(Math.abs(g[1]! - n2) / scale).toBeLessThan(1e-4);
      }
    });
  }
});

describe('analytic Hessians agree with finite differences of the gradient', () => {
  for (const surface of allSurfaces().filter((s) => s.hessian)) {
    it(label(surface), () => {
      const rng = createRng(11);
      const { w1, w2 } = surface.domain;
      for (let k = 0; k < 100; k++) {
        const x = w1[0] + (w1[1] - w1[0]) * rng.next();
        const y = w2[0] + (w2[1] - w2[0]) * rng.next();
        const h = surface.hessian!(x, y);
        const n = finiteDifferenceHessian(surface, x, y);
        const scale = Math.max(1, Math.abs(n.a), Math.abs(n.b), Math.abs(n.c));
        expect(Math.abs(h.a - n.a) / scale).toBeLessThan(1e-4);
        expect(Math.abs(h.b - n.b) / scale).toBeLessThan(1e-4);
        expect(Math.abs(h.c - n.c) / scale).toBeLessThan(1e-4);
      }
    });
  }
});
