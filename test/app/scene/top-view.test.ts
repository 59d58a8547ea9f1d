import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import {
  createTopCamera,
  fitTopCamera,
  placeTopCamera,
  TOP_VIEW_MARGIN,
  topViewFrustum,
} from '../../../app/scene/top-view.ts';
import { worldFrame } from '../../../app/lab/engine/landscape.ts';

const halfSide = fc.double({ min: 0.05, max: 50, noNaN: true });
const pixels = fc.integer({ min: 1, max: 4000 });

describe('the top view’s map', () => {
  it('holds the whole domain and its margin, in the pane’s aspect ratio, for any pane', () => {
    fc.assert(
      fc.property(halfSide, halfSide, pixels, pixels, (hx, hz, width, height) => {
        const f = topViewFrustum([hx, hz], width, height);
        const m = TOP_VIEW_MARGIN;
        const eps = 1e-9 * (hx + hz + 10);
        // Camera x is world x (w1); camera y is world −z (w2 up the screen).
        expect(f.left).toBeLessThanOrEqual(-hx - m.left + eps);
        expect(f.right).toBeGreaterThanOrEqual(hx + m.right - eps);
        expect(f.bottom).toBeLessThanOrEqual(-hz - m.bottom + eps);
        expect(f.top).toBeGreaterThanOrEqual(hz + m.top - eps);
        // Square pixels: the map is not stretched to the pane.
        expect((f.right - f.left) / (f.top - f.bottom)).toBeCloseTo(width / height, 9);
        // As large as the pane allows: one side fits exactly.
        const tightX = Math.abs(f.right - f.left - (2 * hx + m.left + m.right)) <= eps;
        const tightY = Math.abs(f.top - f.bottom - (2 * hz + m.bottom + m.top)) <= eps;
        expect(tightX || tightY).toBe(true);
      }),
    );
  });

  it('fits the frames the scene draws (equal and stretched axes) in panes from a phone to a wall', () => {
    const domain = { w1: [-3, 9] as [number, number], w2: [-6, 6] as [number, number] };
    for (const view of ['equal', 'fit'] as const) {
      const { half } = worldFrame(domain, view);
      for (const [w, h] of [
        [390, 700],
        [300, 500],
        [936, 490],
        [1920, 300],
      ]) {
        const camera = createTopCamera();
        placeTopCamera(camera, [0, 1, 0]);
        fitTopCamera(camera, half, w!, h!);
        camera.updateMatrixWorld();
        // Every corner of the domain, at any height, lands inside the picture.
        for (const x of [-half[0], half[0]])
          for (const z of [-half[1], half[1]])
            for (const y of [0, 4]) {
              const p = new Vector3(x, y, z).project(camera);
              expect(Math.abs(p.x)).toBeLessThan(1);
              expect(Math.abs(p.y)).toBeLessThan(1);
            }
      }
    }
  });

  it('looks straight down, with w1 to the right and w2 up the screen, heights not moving a point', () => {
    const camera = createTopCamera();
    placeTopCamera(camera, [0, 1, 0]);
    fitTopCamera(camera, [5, 5], 800, 600);
    camera.updateMatrixWorld();
    expect(camera.isOrthographicCamera).toBe(true);
    const d = camera.getWorldDirection(new Vector3());
    expect(d.y).toBeCloseTo(-1, 12);
    const at = (x: number, y: number, z: number) => new Vector3(x, y, z).project(camera);
    // w1 grows with world x: to the right; w2 grows with −z: up.
    expect(at(1, 0, 0).x).toBeGreaterThan(at(0, 0, 0).x);
    expect(at(0, 0, -1).y).toBeGreaterThan(at(0, 0, 0).y);
    // A point on the floor and the same point high on the surface are drawn at one place.
    expect(at(3, -0.6, 2).x).toBeCloseTo(at(3, 4, 2).x, 12);
    expect(at(3, -0.6, 2).y).toBeCloseTo(at(3, 4, 2).y, 12);
  });
});
