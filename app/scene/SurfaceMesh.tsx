import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferGeometry, DoubleSide } from 'three';
import { useDriver, usePane } from '../sim/driver-context.ts';
import { fromWorld } from '../sim/landscape.ts';
import { useLab } from '../store/store.ts';
import { layoutGridGeometry, updateGridHeights } from './grid-geometry.ts';

/** Points per side of the invisible mesh that pointer events are tested against (cheaper than the drawn one). */
const PICK_POINTS = 64;

/**
 * The error surface as a lit, viridis-coloured mesh. The geometry is rebuilt only when the grid's
 * resolution or frame changes; new values (another mini-batch) update it in place. Clicks set the
 * start point and hovering probes the gradient, both tested against a coarse invisible copy.
 */
export function SurfaceMesh({ wireframe }: { wireframe: boolean }) {
  const driver = useDriver();
  const { index, pane } = usePane();
  const geometry = useMemo(() => new BufferGeometry(), []);
  const pick = useMemo(() => new BufferGeometry(), []);
  const seen = useRef({ shape: -1, version: -1, stride: 1 });
  const setProbe = useLab((s) => s.setProbe);
  useEffect(
    () => () => {
      geometry.dispose();
      pick.dispose();
    },
    [geometry, pick],
  );

  useFrame(() => {
    const l = pane().landscape;
    if (seen.current.shape !== l.shapeVersion) {
      seen.current.shape = l.shapeVersion;
      seen.current.version = -1;
      seen.current.stride = Math.max(1, Math.ceil((l.grid.resolution - 1) / (PICK_POINTS - 1)));
      layoutGridGeometry(geometry, l, 1, true);
      layoutGridGeometry(pick, l, seen.current.stride, false);
    }
    if (seen.current.version !== l.version) {
      seen.current.version = l.version;
      updateGridHeights(geometry, l, 1);
      geometry.computeVertexNormals();
      updateGridHeights(pick, l, seen.current.stride);
    }
  });

  const weightsAt = (e: ThreeEvent<PointerEvent | MouseEvent>) =>
    fromWorld(pane().landscape.frame, e.point.x, e.point.z);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    // A drag (orbiting the camera) is not a click on the surface; another surface shown has no runs.
    if (e.delta > 6 || (index === 0 && driver.overlaid)) return;
    e.stopPropagation();
    const [w1, w2] = weightsAt(e);
    driver.setStart(w1, w2, index);
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (index === 0 && driver.overlaid) return;
    const [w1, w2] = weightsAt(e);
    setProbe({ pane: index, w1, w2 });
  };

  return (
    <group>
      <mesh geometry={geometry} raycast={() => null} name="surface">
        <meshStandardMaterial
          vertexColors
          side={DoubleSide}
          roughness={0.75}
          metalness={0.05}
          polygonOffset
          polygonOffsetFactor={1}
          polygonOffsetUnits={1}
        />
      </mesh>
      <mesh
        geometry={pick}
        visible={false}
        onClick={onClick}
        onPointerMove={onPointerMove}
        onPointerOut={() => setProbe(null)}
      >
        <meshBasicMaterial side={DoubleSide} />
      </mesh>
      {wireframe ? (
        <mesh geometry={geometry} raycast={() => null}>
          <meshBasicMaterial wireframe color="#ffffff" transparent opacity={0.12} />
        </mesh>
      ) : null}
    </group>
  );
}
