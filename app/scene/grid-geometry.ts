import { Box3, BufferAttribute, Sphere, Vector3, type BufferGeometry } from 'three';
import { viridis } from '../../src/index.ts';
import { WORLD_HEIGHT, type Landscape } from '../lab/engine/landscape.ts';
import { landscapeUnits } from '../lab/engine/landscape-units.ts';

/** Points per side when every `stride`-th grid point of an n-point side is used. */
export const sidePoints = (n: number, stride: number) => Math.floor((n - 1) / stride) + 1;

/** Triangle indices by points per side: every pane (and its pick mesh) of one size shares one (read only). */
const indexCache = new Map<number, Uint32Array>();

/** Two triangles per cell of an m × m grid of points, row by row. */
function gridIndex(m: number): Uint32Array {
  const kept = indexCache.get(m);
  if (kept) return kept;
  const index = new Uint32Array((m - 1) * (m - 1) * 6);
  let p = 0;
  for (let j = 0; j < m - 1; j++) {
    for (let i = 0; i < m - 1; i++) {
      const a = j * m + i;
      index[p] = a;
      index[p + 1] = a + 1;
      index[p + 2] = a + m;
      index[p + 3] = a + 1;
      index[p + 4] = a + m + 1;
      index[p + 5] = a + m;
      p += 6;
    }
  }
  // A few sizes at a time: the drawn mesh's and the pick mesh's (a new resolution drops the old).
  if (indexCache.size >= 4) indexCache.clear();
  indexCache.set(m, index);
  return index;
}

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
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  if (colors) geometry.setAttribute('color', new BufferAttribute(new Float32Array(m * m * 3), 3));
  geometry.setIndex(new BufferAttribute(gridIndex(m), 1));
  // Every height lies in [0, WORLD_HEIGHT]: bounds fixed here, not recomputed over every point
  // each time the heights change (frustum culling and picking read them).
  const [hx, hz] = l.frame.half;
  geometry.boundingBox = new Box3(new Vector3(-hx, 0, -hz), new Vector3(hx, WORLD_HEIGHT, hz));
  geometry.boundingSphere = geometry.boundingBox.getBoundingSphere(new Sphere());
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
}

/**
 * The grid's vertex normals from its positions by central differences (one-sided at the edges),
 * n = ∂p/∂i × ∂p/∂j, written in place: what three's computeVertexNormals gives on a smooth grid
 * (pointing up, +y), in one pass with no allocation, so a surface redrawn every frame stays cheap.
 */
export function updateGridNormals(geometry: BufferGeometry): void {
  const position = geometry.getAttribute('position') as BufferAttribute;
  const m = Math.round(Math.sqrt(position.count));
  let normal = geometry.getAttribute('normal') as BufferAttribute | undefined;
  if (!normal || normal.count !== position.count) {
    normal = new BufferAttribute(new Float32Array(position.count * 3), 3);
    geometry.setAttribute('normal', normal);
  }
  const p = position.array as Float32Array;
  const out = normal.array as Float32Array;
  for (let j = 0; j < m; j++) {
    const j0 = j > 0 ? j - 1 : j;
    const j1 = j < m - 1 ? j + 1 : j;
    for (let i = 0; i < m; i++) {
      const a = 3 * (j * m + (i > 0 ? i - 1 : i));
      const b = 3 * (j * m + (i < m - 1 ? i + 1 : i));
      const c = 3 * (j0 * m + i);
      const d = 3 * (j1 * m + i);
      const ux = p[b]! - p[a]!;
      const uy = p[b + 1]! - p[a + 1]!;
      const uz = p[b + 2]! - p[a + 2]!;
      const vx = p[d]! - p[c]!;
      const vy = p[d + 1]! - p[c + 1]!;
      const vz = p[d + 2]! - p[c + 2]!;
      const nx = uy * vz - uz * vy;
      const ny = uz * vx - ux * vz;
      const nz = ux * vy - uy * vx;
      const len = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
      const k = 3 * (j * m + i);
      out[k] = nx / len;
      out[k + 1] = ny / len;
      out[k + 2] = nz / len;
    }
  }
  normal.needsUpdate = true;
}
