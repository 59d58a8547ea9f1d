import { BufferAttribute, type BufferGeometry } from 'three';
import { viridis } from '../../src/index.ts';
import { WORLD_HEIGHT, type Landscape } from '../sim/landscape.ts';
import { landscapeUnits } from '../sim/landscape-units.ts';

/** Points per side when every `stride`-th grid point of an n-point side is used. */
export const sidePoints = (n: number, stride: number) => Math.floor((n - 1) / stride) + 1;

/**
 * Lays out `geometry` as a triangulated grid over the landscape's domain, using every `stride`-th
 * grid point: x and z positions, the triangle index, and a colour buffer when `colors`. Heights
 * are filled by `updateGridHeights`. Called only when the grid's resolution or frame changes.
 */
export function layoutGridGeometry(
  geometry: BufferGeometry,
  l: Landscape,
  stride: number,
  colors: boolean,
): void {
  const n = l.grid.resolution;
  const m = sidePoints(n, stride);
  const positions = new Float32Array(m * m * 3);
  const [a0, a1] = l.frame.domain.w1;
  const [b0, b1] = l.frame.domain.w2;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      const k = (j * m + i) * 3;
      positions[k] =
        (a0 + ((a1 - a0) * i * stride) / (n - 1) - l.frame.center[0]) * l.frame.scale[0];
      positions[k + 2] =
        -(b0 + ((b1 - b0) * j * stride) / (n - 1) - l.frame.center[1]) * l.frame.scale[1];
    }
  }
  const index = new Uint32Array((m - 1) * (m - 1) * 6);
  let p = 0;
  for (let j = 0; j < m - 1; j++) {
    for (let i = 0; i < m - 1; i++) {
      const a = j * m + i;
      index.set([a, a + 1, a + m, a + 1, a + m + 1, a + m], p);
      p += 6;
    }
  }
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  if (colors) geometry.setAttribute('color', new BufferAttribute(new Float32Array(m * m * 3), 3));
  geometry.setIndex(new BufferAttribute(index, 1));
}

/** Writes the heights (and viridis colours, when the geometry has them) of the current grid values, in place. */
export function updateGridHeights(geometry: BufferGeometry, l: Landscape, stride: number): void {
  const n = l.grid.resolution;
  const m = sidePoints(n, stride);
  const units = landscapeUnits(l);
  const position = geometry.getAttribute('position') as BufferAttribute;
  const color = geometry.getAttribute('color') as BufferAttribute | undefined;
  const pos = position.array as Float32Array;
  const col = color?.array as Float32Array | undefined;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      const k = j * m + i;
      const u = units[j * stride * n + i * stride]!;
      pos[3 * k + 1] = u * WORLD_HEIGHT;
      if (col) viridis(u, col, 3 * k);
    }
  }
  position.needsUpdate = true;
  if (color) color.needsUpdate = true;
  geometry.computeBoundingSphere();
}
