import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { CameraPreset } from '../../src/index.ts';
import { useLab } from '../store/store.ts';

const TARGET: [number, number, number] = [0, 1, 0];
const POSITIONS: Record<CameraPreset, [number, number, number]> = {
  '3d': [-9.5, 9, 11.5],
  // Straight down onto the contours (a hair off vertical so orbiting stays well defined), from far
  // away with a narrow field of view so the map is nearly free of perspective distortion.
  top: [0, 42, 0.001],
  side: [0, 2.2, 24],
};
const FOV: Record<CameraPreset, number> = { '3d': 45, top: 17, side: 32 };

/** Orbit, zoom and pan; the camera presets and the reset put the camera back. */
export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as {
    target: { set(x: number, y: number, z: number): void };
    update(): void;
  } | null;
  const invalidate = useThree((s) => s.invalidate);
  // A tall, narrow view (a phone in portrait) needs the camera further back to fit the surface.
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const distance = Math.min(2.4, Math.max(1, 1.25 / aspect));
  const preset = useLab((s) => s.experiment.camera);
  const resets = useLab((s) => s.cameraResets);
  useEffect(() => {
    const [x, y, z] = POSITIONS[preset];
    camera.position.set(x * distance, y * distance, z * distance);
    if ('fov' in camera) {
      camera.fov = FOV[preset];
      camera.updateProjectionMatrix();
    }
    camera.lookAt(...TARGET);
    if (controls) {
      controls.target.set(...TARGET);
      controls.update();
    }
    invalidate();
  }, [camera, controls, invalidate, preset, resets, distance]);
  return (
    <OrbitControls
      makeDefault
      target={TARGET}
      enableDamping={false}
      maxDistance={120}
      minDistance={2}
    />
  );
}
