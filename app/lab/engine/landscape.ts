import {
  sampleGrid,
  surfaceHeightMap,
  type AxisView,
  type Domain,
  type Grid,
  type HeightMap,
  type HeightScale,
  type Surface,
} from '../../../src/index.ts';

/** World size of the longer side of the domain, and the height of the tallest loss. */
export const WORLD_SIZE = 10;
export const WORLD_HEIGHT = 4;

/** How weight space maps to the 3-D world: x ← w1, z ← −w2 (so w2 points away from the viewer), y ← height. */
export interface WorldFrame {
  domain: Domain;
  center: readonly [number, number];
  /** World units per unit of w1 and of w2 (equal unless the view is stretched to fit). */
  scale: readonly [number, number];
  /** Half extents of the drawn rectangle in world units. */
  half: readonly [number, number];
  stretched: boolean;
}

export function worldFrame(domain: Domain, axisView: AxisView): WorldFrame {
  const w = domain.w1[1] - domain.w1[0];
  const h = domain.w2[1] - domain.w2[0];
  const equal = WORLD_SIZE / Math.max(w, h);
  const scale: [number, number] =
    axisView === 'fit' ? [WORLD_SIZE / w, WORLD_SIZE / h] : [equal, equal];
  return {
    domain,
    center: [(domain.w1[0] + domain.w1[1]) / 2, (domain.w2[0] + domain.w2[1]) / 2],
    scale,
    half: [(w * scale[0]) / 2, (h * scale[1]) / 2],
    stretched: axisView === 'fit' && Math.abs(w / h - 1) > 1e-9,
  };
}

/** World x and z of a point in weight space (written into out[0], out[1]). */
export function toWorld(f: WorldFrame, w1: number, w2: number, out: number[] | Float32Array): void {
  out[0] = (w1 - f.center[0]) * f.scale[0];
  out[1] = -(w2 - f.center[1]) * f.scale[1];
}

/** The weights under a world point (x, z). */
export function fromWorld(f: WorldFrame, x: number, z: number): [number, number] {
  return [f.center[0] + x / f.scale[0], f.center[1] - z / f.scale[1]];
}

/** What the scene draws: the grid of the surface on screen, its height map and frame. Mutated in place. */
export interface Landscape {
  /** The surface whose grid is drawn (a mini-batch's with batch normalization in training). */
  surface: Surface;
  grid: Grid;
  heightMap: HeightMap;
  frame: WorldFrame;
  /** The surface the height map and frame were made for (the problem's; `surface` may be a mini-batch's). */
  source: Surface;
  heightScale: HeightScale;
  axisView: AxisView;
  /** Bumps when grid values change (update the mesh in place). */
  version: number;
  /** Bumps when resolution or frame change (rebuild the geometry). */
  shapeVersion: number;
}

/** A landscape for `surface` at `resolution`; its height map is the surface's own (resolution-free). */
export function createLandscape(
  surface: Surface,
  resolution: number,
  heightScale: HeightScale,
  axisView: AxisView,
  previous?: Landscape,
): Landscape {
  const buffer =
    previous && previous.grid.resolution === resolution ? previous.grid.values : undefined;
  const grid = sampleGrid(surface, resolution, surface.domain, buffer);
  return {
    surface,
    source: surface,
    heightScale,
    axisView,
    grid,
    heightMap: surfaceHeightMap(surface, heightScale),
    frame: worldFrame(surface.domain, axisView),
    version: (previous?.version ?? 0) + 1,
    shapeVersion: (previous?.shapeVersion ?? 0) + 1,
  };
}

/** Redraws another surface (e.g. the next mini-batch's) over the same domain, height map and buffer. */
export function resampleLandscape(l: Landscape, surface: Surface): void {
  l.surface = surface;
  l.grid = sampleGrid(surface, l.grid.resolution, l.frame.domain, l.grid.values);
  l.version++;
}

/** Whether `l` already draws `surface` at this resolution and view (so it can be kept as it is). */
export function landscapeFits(
  l: Landscape,
  surface: Surface,
  resolution: number,
  heightScale: HeightScale,
  axisView: AxisView,
): boolean {
  return (
    l.source === surface &&
    l.grid.resolution === resolution &&
    l.heightScale === heightScale &&
    l.axisView === axisView
  );
}
