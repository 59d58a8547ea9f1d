import { describe, expect, it } from 'vitest';
import { createSurface, curvature } from '../../../src/index.ts';
import { ANALYTIC_SURFACE_IDS } from '../../../src/surfaces/registry.ts';
import { hessianAt } from '../../../src/analysis/hessian.ts';
import { eigenSymmetric2 } from '../../../src/math/symmetric2.ts';
import { allSurfaces, label } from '../helpers.ts';

describe('known minima', () => {
  for (const surface of allSurfaces()) {
    it(`${label(surface)}: each listed minimum is a critical point with a positive semi-definite Hessian, and none lower is on a grid`, () => {
      expect(surface.minima.length).toBeGreaterThan(0);
      const g = new Float64Array(2);
      for (const m of surface.minima) {
        surface.gradient(m.w[0], m.w[1], g);
        const scale = Math.max(
          1,
          Math.abs(surface.value(surface.domain.w1[0], surface.domain.w2[0])),
        );
        expect(Math.hypot(g[0]!, g[1]!) / scale).toBeLessThan(1e-7);
        const { values } = eigenSymmetric2(hessianAt(surface, m.w[0], m.w[1]));
        expect(values[1]).toBeGreaterThanOrEqual(-1e-9 * Math.abs(values[0]));
        expect(surface.value(m.w[0], m.w[1])).toBeCloseTo(m.loss, 9);
      }
      const global = surface.minima[0]!;
      expect(global.global).toBe(true);
      const { w1, w2 } = surface.domain;
      for (let i = 0; i <= 60; i++) {
        for (let j = 0; j <= 60; j++) {
          const x = w1[0] + ((w1[1] - w1[0]) * i) / 60;
          const y = w2[0] + ((w2[1] - w2[0]) * j) / 60;
          expect(surface.value(x, y)).toBeGreaterThanOrEqual(
            global.loss - 1e-9 * (1 + Math.abs(global.loss)),
          );
        }
      }
    });
  }
});

describe('surface catalogue', () => {
  it('has the ten analytic surfaces with unique ids and texts in both languages', () => {
    const surfaces = ANALYTIC_SURFACE_IDS.map((id) => createSurface(id));
    expect(new Set(surfaces.map((s) => s.id)).size).toBe(10);
    for (const s of surfaces) {
      for (const text of [s.name, s.description]) {
        expect(text.en.length).toBeGreaterThan(3);
        expect(text['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('the valley has the condition number asked for; the bowl has 1', () => {
    for (const kappa of [1, 4, 25, 400]) {
      expect(
        curvature(createSurface('valley', { conditionNumber: kappa })).conditionNumber,
      ).toBeCloseTo(kappa, 8);
      expect(
        curvature(createSurface('rotated-valley', { conditionNumber: kappa, angleDegrees: 30 }))
          .conditionNumber,
      ).toBeCloseTo(kappa, 6);
    }
    expect(curvature(createSurface('bowl')).conditionNumber).toBeCloseTo(1, 12);
  });

  it('the rugged bowl is convex everywhere yet its curvature varies by more than 10x', () => {
    const s = createSurface('rugged-bowl');
    let lo = Infinity;
    let hi = -Infinity;
    for (let x = -4; x <= 4; x += 0.05) {
      for (let y = -4; y <= 4; y += 0.05) {
        const { values } = eigenSymmetric2(hessianAt(s, x, y));
        lo = Math.min(lo, values[1]);
        hi = Math.max(hi, values[0]);
      }
    }
    expect(lo).toBeGreaterThan(0);
    expect(hi / lo).toBeGreaterThan(10);
  });

  it('the saddle has a critical point at the origin that is not a minimum', () => {
    const s = createSurface('saddle');
    const g = s.gradient(0, 0, new Float64Array(2));
    expect(Math.hypot(g[0]!, g[1]!)).toBe(0);
    const { values } = eigenSymmetric2(hessianAt(s, 0, 0));
    expect(values[0]).toBeGreaterThan(0);
    expect(values[1]).toBeLessThan(0);
  });

  it('Himmelblau has four global minima; the six-hump camel two global and four local', () => {
    expect(createSurface('himmelblau').minima.filter((m) => m.global)).toHaveLength(4);
    const camel = createSurface('six-hump-camel').minima;
    expect(camel.filter((m) => m.global)).toHaveLength(2);
    expect(camel.filter((m) => !m.global)).toHaveLength(4);
    expect(camel[0]!.loss).toBeCloseTo(-1.0316285, 6);
  });
});
