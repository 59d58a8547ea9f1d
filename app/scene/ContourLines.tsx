import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
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

/** Contour lines on the surface and projected on the floor; recomputed when the surface shown changes. */
export function ContourLines({ pacing }: { pacing: SurfacePacing }) {
  const { pane } = usePane();
  const onSurface = useMemo(() => new BufferGeometry(), []);
  const onFloor = useMemo(() => new BufferGeometry(), []);
  const seen = useRef(-1);
  const sub = useRef(new Float32Array(0));
  useEffect(
    () => () => {
      onSurface.dispose();
      onFloor.dispose();
    },
    [onSurface, onFloor],
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
    const floor = new Float32Array(c.count * 6);
    for (let s = 0; s < c.count; s++) {
      const y = c.levels[s]! * WORLD_HEIGHT + 0.02;
      for (let e = 0; e < 2; e++) {
        const gi = c.segments[4 * s + 2 * e]! * step;
        const gj = c.segments[4 * s + 2 * e + 1]! * step;
        const x = (a0 + (a1 - a0) * gi - l.frame.center[0]) * l.frame.scale[0];
        const z = -(b0 + (b1 - b0) * gj - l.frame.center[1]) * l.frame.scale[1];
        const o = 6 * s + 3 * e;
        top[o] = floor[o] = x;
        top[o + 2] = floor[o + 2] = z;
        top[o + 1] = y;
        floor[o + 1] = FLOOR_Y;
      }
    }
    onSurface.setAttribute('position', new BufferAttribute(top, 3));
    onFloor.setAttribute('position', new BufferAttribute(floor, 3));
    onSurface.computeBoundingSphere();
    onFloor.computeBoundingSphere();
  });

  return (
    <group>
      <lineSegments geometry={onSurface} raycast={() => null}>
        <lineBasicMaterial color="#ffffff" transparent opacity={0.45} />
      </lineSegments>
      <lineSegments geometry={onFloor} raycast={() => null}>
        <lineBasicMaterial color="#9fb3c8" transparent opacity={0.6} />
      </lineSegments>
    </group>
  );
}
