import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, LineBasicMaterial } from 'three';
import { contourSegments } from '../../src/index.ts';
import { usePane } from '../lab/react/driver-context.tsx';
import type { SurfacePacing } from './surface-pacing.ts';
import { WORLD_HEIGHT } from '../lab/engine/landscape.ts';
import { landscapeUnits } from '../lab/engine/landscape-units.ts';
import { CONTOUR_LEVELS } from './contour-levels.ts';

/** Height of the floor the contours are projected on. */
export const FLOOR_Y = -0.6;
/** Contours use every second grid point: plenty for lines, a quarter of the work. */
const STRIDE = 2;

/**
 * The material of the contours on the surface: drawn where the surface faces the camera only. The
 * surface's underside is not drawn (SurfaceMesh); a contour on a wall seen from below would float
 * in front of the valley behind it. Each vertex carries the surface’s normal there (`normal`, declared by three.js).
 */
function surfaceContourMaterial(): LineBasicMaterial {
  const material = new LineBasicMaterial({ color: '#ffffff', transparent: true, opacity: 0.45 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('void main() {', 'varying float vFacing;\nvoid main() {')
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
        vec3 viewNormal = mat3(modelViewMatrix) * normal;
        vFacing = dot(viewNormal, isOrthographic ? vec3(0.0, 0.0, 1.0) : -mvPosition.xyz);`,
      );
    shader.fragmentShader = shader.fragmentShader.replace(
      'void main() {',
      'varying float vFacing;\nvoid main() {\n  if (vFacing < 0.0) discard;',
    );
  };
  material.customProgramCacheKey = () => 'surface-contour';
  return material;
}

/** Contour lines on the surface and projected on the floor; recomputed when the surface shown changes. */
export function ContourLines({ pacing }: { pacing: SurfacePacing }) {
  const { pane } = usePane();
  const onSurface = useMemo(() => new BufferGeometry(), []);
  const surfaceMaterial = useMemo(surfaceContourMaterial, []);
  const onFloor = useMemo(() => new BufferGeometry(), []);
  const seen = useRef(-1);
  const sub = useRef(new Float32Array(0));
  useEffect(
    () => () => {
      onSurface.dispose();
      onFloor.dispose();
      surfaceMaterial.dispose();
    },
    [onSurface, onFloor, surfaceMaterial],
  );

  useFrame(() => {
    const l = pane().landscape;
    // The version the surface shows (the mesh's useFrame runs first and may hold a new one back).
    if (seen.current === pacing.shown) return;
    seen.current = pacing.shown;
    const n = l.grid.resolution;
    const m = Math.floor((n - 1) / STRIDE) + 1;
    if (sub.current.length !== m * m) sub.current = new Float32Array(m * m);
    const units = landscapeUnits(l);
    for (let j = 0; j < m; j++)
      for (let i = 0; i < m; i++) sub.current[j * m + i] = units[j * STRIDE * n + i * STRIDE]!;
    const c = contourSegments(sub.current, m, CONTOUR_LEVELS);
    const [a0, a1] = l.frame.domain.w1;
    const [b0, b1] = l.frame.domain.w2;
    const step = (STRIDE * 1) / (n - 1);
    const top = new Float32Array(c.count * 6);
    const normals = new Float32Array(c.count * 6);
    const floor = new Float32Array(c.count * 6);
    // World size of one step of the sub-grid along x (w1) and z (−w2).
    const dx = (a1 - a0) * step * l.frame.scale[0];
    const dz = -(b1 - b0) * step * l.frame.scale[1];
    const u = sub.current;
    for (let s = 0; s < c.count; s++) {
      const y = c.levels[s]! * WORLD_HEIGHT + 0.02;
      for (let e = 0; e < 2; e++) {
        const gi = c.segments[4 * s + 2 * e]! * step;
        const gj = c.segments[4 * s + 2 * e + 1]! * step;
        const x = (a0 + (a1 - a0) * gi - l.frame.center[0]) * l.frame.scale[0];
        const z = -(b0 + (b1 - b0) * gj - l.frame.center[1]) * l.frame.scale[1];
        const o = 6 * s + 3 * e;
        // The surface's normal at the nearest sub-grid point (central differences): (−∂y/∂x, 1, −∂y/∂z).
        const i = Math.round(c.segments[4 * s + 2 * e]!);
        const j = Math.round(c.segments[4 * s + 2 * e + 1]!);
        const i0 = Math.max(0, i - 1);
        const i1 = Math.min(m - 1, i + 1);
        const j0 = Math.max(0, j - 1);
        const j1 = Math.min(m - 1, j + 1);
        normals[o] = (-(u[j * m + i1]! - u[j * m + i0]!) * WORLD_HEIGHT) / ((i1 - i0) * dx);
        normals[o + 1] = 1;
        normals[o + 2] = (-(u[j1 * m + i]! - u[j0 * m + i]!) * WORLD_HEIGHT) / ((j1 - j0) * dz);
        top[o] = floor[o] = x;
        top[o + 2] = floor[o + 2] = z;
        top[o + 1] = y;
        floor[o + 1] = FLOOR_Y;
      }
    }
    onSurface.setAttribute('position', new BufferAttribute(top, 3));
    onSurface.setAttribute('normal', new BufferAttribute(normals, 3));
    onFloor.setAttribute('position', new BufferAttribute(floor, 3));
    onSurface.computeBoundingSphere();
    onFloor.computeBoundingSphere();
  });

  return (
    <group>
      <lineSegments geometry={onSurface} material={surfaceMaterial} raycast={() => null} />
      <lineSegments geometry={onFloor} raycast={() => null}>
        <lineBasicMaterial color="#9fb3c8" transparent opacity={0.6} />
      </lineSegments>
    </group>
  );
}
