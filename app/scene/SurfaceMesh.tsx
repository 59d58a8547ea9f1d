import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BufferGeometry, FrontSide } from 'three';
import { useDriver, usePane } from '../lab/react/driver-context.tsx';
import { fromWorld, type Landscape } from '../lab/engine/landscape.ts';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { layoutGridGeometry, updateGridHeights, updateGridNormals } from './grid-geometry.ts';
import type { SurfacePacing } from './surface-pacing.ts';
import { WarmUpContext } from './warm-up.tsx';

/** Points per side of the invisible mesh that pointer events are tested against (cheaper than the drawn one). */
const PICK_POINTS = 64;

/**
 * The error surface as a lit, viridis-coloured mesh. The geometry is rebuilt only when the grid's
 * resolution or frame changes; new values (another mini-batch) update it in place, as fast as the
 * GPU draws them (`pacing`; the contours follow the version shown). Clicks set the
 * start point and hovering probes the gradient, both tested against a coarse invisible copy.
 */
export function SurfaceMesh({ wireframe, pacing }: { wireframe: boolean; pacing: SurfacePacing }) {
  const driver = useDriver();
  const lab = useLabApi();
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

  /** Writes the landscape's current heights into both meshes. */
  const update = (l: Landscape) => {
    seen.current.version = l.version;
    updateGridHeights(geometry, l, 1);
    updateGridNormals(geometry);
    updateGridHeights(pick, l, seen.current.stride);
    pacing.sent(l.version);
  };
  /** Lays the meshes out anew when the grid's resolution or frame changed; whether it did. */
  const layout = (l: Landscape) => {
    if (seen.current.shape === l.shapeVersion) return false;
    seen.current.shape = l.shapeVersion;
    seen.current.stride = Math.max(1, Math.ceil((l.grid.resolution - 1) / (PICK_POINTS - 1)));
    layoutGridGeometry(geometry, l, 1, true);
    layoutGridGeometry(pick, l, seen.current.stride, false);
    update(l);
    return true;
  };
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  // A pane warming up lays its surface out before its first frame, in a task of its own.
  const warmUps = useContext(WarmUpContext);
  useLayoutEffect(() => {
    if (!warmUps) return;
    const step = () => void layoutRef.current(pane().landscape);
    warmUps.add(step);
    return () => void warmUps.delete(step);
  }, [warmUps, pane]);
  useFrame(({ gl, invalidate }) => {
    const l = pane().landscape;
    // A surface laid out anew is drawn in this frame; another mini-batch's surface is prepared in
    // a task of its own, and drawn in the next frame.
    if (!layout(l) && seen.current.version !== l.version && pacing.ready(invalidate)) {
      pacing.prepare(() => {
        const now = pane().landscape;
        if (seen.current.shape === now.shapeVersion) update(now);
        invalidate();
      });
    }
    pacing.frame(gl.getContext());
  });

  const weightsAt = (e: ThreeEvent<PointerEvent | MouseEvent>) =>
    fromWorld(pane().landscape.frame, e.point.x, e.point.z);
  /** Restarts every run from the point picked (a click, or a tap that did not drag). */
  const startHere = (e: ThreeEvent<MouseEvent | PointerEvent>, touch: boolean) => {
    // Another surface shown has no runs.
    if (index === 0 && driver.overlaid) return;
    e.stopPropagation();
    const [w1, w2] = weightsAt(e);
    lab.setStart(w1, w2, index);
    // A touch has no hover: the tap itself shows the gradient there.
    if (touch) setProbe({ pane: index, w1, w2 });
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    // A drag (orbiting the camera) is not a click on the surface; taps are handled on pointer up.
    const touch = (e.nativeEvent as PointerEvent).pointerType === 'touch';
    if (e.delta > 6 || touch) return;
    startHere(e, false);
  };
  // Touch: the camera controls take the touch, so R3F's click does not reach the mesh; a tap is a
  // pointer down and up within a few pixels.
  const tapStart = useRef<[number, number] | null>(null);
  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    tapStart.current =
      e.nativeEvent.pointerType === 'touch' ? [e.nativeEvent.clientX, e.nativeEvent.clientY] : null;
  };
  const onPointerUp = (e: ThreeEvent<PointerEvent>) => {
    const start = tapStart.current;
    tapStart.current = null;
    if (!start || e.nativeEvent.pointerType !== 'touch') return;
    const moved = Math.hypot(e.nativeEvent.clientX - start[0], e.nativeEvent.clientY - start[1]);
    if (moved <= 6) startHere(e, true);
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (index === 0 && driver.overlaid) return;
    const [w1, w2] = weightsAt(e);
    setProbe({ pane: index, w1, w2 });
  };

  return (
    <group>
      {/* The top side only. Seen from above, a wall rising toward the camera more steeply than the
          line of sight (the near corner of a bowl, whose loss is the highest) shows its underside:
          lit from below by the ambient light alone, its top colour turned olive, it covered the
          valley behind it like a bump. Culled, the valley behind shows, and the floor's contours
          still map the whole domain. */}
      <mesh geometry={geometry} raycast={() => null} name="surface">
        <meshStandardMaterial
          vertexColors
          side={FrontSide}
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
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerMove={onPointerMove}
        // A touch ends with pointerout right after the tap: keep the probe the tap showed.
        onPointerOut={(e) => e.nativeEvent.pointerType === 'touch' || setProbe(null)}
      >
        {/* Picks what is seen: the top side (a click through a culled underside reaches the valley). */}
        <meshBasicMaterial side={FrontSide} />
      </mesh>
      {wireframe ? (
        <mesh geometry={geometry} raycast={() => null}>
          <meshBasicMaterial wireframe color="#ffffff" transparent opacity={0.12} />
        </mesh>
      ) : null}
    </group>
  );
}
