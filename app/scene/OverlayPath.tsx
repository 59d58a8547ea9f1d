import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  Points,
  PointsMaterial,
  SphereGeometry,
} from 'three';
import { useDriver, usePane } from '../lab/react/driver-context.tsx';
import { toWorld, WORLD_HEIGHT } from '../lab/engine/landscape.ts';
import { useLab } from '../lab/react/use-lab.tsx';

/** Most points drawn of a path (a network's path has about a hundred). */
const MAX_POINTS = 512;

/**
 * The path of the surface shown in place of the experiment's (a network's training path on its
 * loss slice): a line with a dot per recorded step, a ring-white ball at the start and one in the
 * path's colour at the end, resting on the surface and drawn over it (no depth test, like the
 * trails). Positions are written in useFrame when the overlay or the landscape changes.
 */
export function OverlayPath() {
  const driver = useDriver();
  const { index, pane } = usePane();
  const path = useLab((s) => (index === 0 ? s.overlay?.path : undefined));
  const parts = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(MAX_POINTS * 3), 3));
    const material = new LineBasicMaterial({
      color: '#ffffff',
      depthTest: false,
      transparent: true,
    });
    const line = new Line(geometry, material);
    line.renderOrder = 11;
    line.raycast = () => undefined;
    const dots = new Points(
      geometry,
      new PointsMaterial({ size: 5, sizeAttenuation: false, depthTest: false, transparent: true }),
    );
    dots.renderOrder = 11;
    dots.raycast = () => undefined;
    const ball = (c: string) => {
      const m = new Mesh(
        new SphereGeometry(0.22, 20, 14),
        new MeshBasicMaterial({ color: c, depthTest: false, transparent: true }),
      );
      m.renderOrder = 12;
      m.raycast = () => undefined;
      return m;
    };
    return { geometry, line, dots, start: ball('#ffffff'), end: ball('#ffffff') };
  }, []);
  useEffect(
    () => () => {
      parts.geometry.dispose();
      parts.start.geometry.dispose();
      parts.end.geometry.dispose();
    },
    [parts],
  );
  const seen = useRef<{ path: unknown; version: number }>({ path: null, version: -1 });
  const xz = useMemo(() => [0, 0], []);

  useFrame(() => {
    const l = pane().landscape;
    const shown = path !== undefined && driver.overlaid;
    parts.line.visible = parts.dots.visible = parts.start.visible = parts.end.visible = shown;
    if (!shown || (seen.current.path === path && seen.current.version === l.version)) return;
    seen.current = { path, version: l.version };
    const color = new Color(path.color);
    (parts.line.material as LineBasicMaterial).color = color;
    (parts.dots.material as PointsMaterial).color = color;
    (parts.end.material as MeshBasicMaterial).color = color;
    const count = Math.min(MAX_POINTS, path.alpha.length);
    const pos = parts.geometry.getAttribute('position') as BufferAttribute;
    const p = pos.array as Float32Array;
    for (let k = 0; k < count; k++) {
      const a = path.alpha[k]!;
      const b = path.beta[k]!;
      toWorld(l.frame, a, b, xz);
      p[3 * k] = xz[0]!;
      p[3 * k + 1] = l.heightMap.toUnit(l.surface.value(a, b)) * WORLD_HEIGHT + 0.05;
      p[3 * k + 2] = xz[1]!;
    }
    parts.start.position.set(p[0]!, p[1]!, p[2]!);
    parts.end.position.set(p[3 * count - 3]!, p[3 * count - 2]!, p[3 * count - 1]!);
    parts.geometry.setDrawRange(0, count);
    pos.needsUpdate = true;
    parts.geometry.computeBoundingSphere();
  });

  return (
    <>
      <primitive object={parts.line} />
      <primitive object={parts.dots} />
      <primitive object={parts.start} />
      <primitive object={parts.end} />
    </>
  );
}
