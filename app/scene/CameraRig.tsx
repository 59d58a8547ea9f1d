import { useThree } from '@react-three/fiber';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentRef } from 'react';
import type { CameraPreset } from '../../src/index.ts';
import { useLab } from '../lab/react/use-lab.tsx';
import { syncCamera } from './camera-sync.ts';

const TARGET: [number, number, number] = [0, 1, 0];
const POSITIONS: Record<CameraPreset, [number, number, number]> = {
  '3d': [-9.5, 9, 11.5],
  // Straight down onto the contours (a hair off vertical so orbiting stays well defined), from far
  // away with a narrow field of view so the map is nearly free of perspective distortion.
  top: [0, 42, 0.001],
  side: [0, 2.2, 24],
};
const FOV: Record<CameraPreset, number> = { '3d': 45, top: 17, side: 32 };

// The controls load after the scene's first frame (app/App.tsx sets sceneReady): not needed to draw it.
const OrbitControls = lazy(() =>
  import('./orbit-controls.tsx').then((m) => ({ default: m.OrbitControls })),
);
type Controls = ComponentRef<typeof import('./orbit-controls.tsx').OrbitControls>;

/** Orbit, zoom and pan; the presets and the reset put the camera back; panes side by side share one view. */
export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const [controls, setControls] = useState<Controls | null>(null);
  const sceneReady = useLab((s) => s.sceneReady);
  // A tall, narrow view (a phone in portrait, a pane of three) needs the camera further back.
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const distance = Math.min(2.6, Math.max(1, 1.25 / aspect));
  const preset = useLab((s) => s.experiment.camera);
  const resets = useLab((s) => s.cameraResets);
  const sync = useRef<ReturnType<typeof syncCamera> | null>(null);

  useEffect(() => {
    const c = controls;
    if (!c) return;
    sync.current = syncCamera({ camera, target: c.target, update: () => c.update(), invalidate });
    return () => sync.current?.dispose();
  }, [camera, invalidate, controls]);

  useEffect(() => {
    const [x, y, z] = POSITIONS[preset];
    camera.position.set(x * distance, y * distance, z * distance);
    if ('fov' in camera) {
      camera.fov = FOV[preset];
      camera.updateProjectionMatrix();
    }
    camera.lookAt(...TARGET);
    controls?.target.set(...TARGET);
    controls?.update();
    invalidate();
  }, [camera, invalidate, preset, resets, distance, controls]);

  return sceneReady ? (
    <Suspense fallback={null}>
      <OrbitControls
        ref={setControls}
        makeDefault
        target={TARGET}
        enableDamping={false}
        maxDistance={120}
        minDistance={2}
        onChange={() => sync.current?.moved()}
      />
    </Suspense>
  ) : null;
}
