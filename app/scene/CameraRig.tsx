import { useThree } from '@react-three/fiber';
import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentRef,
} from 'react';
import { MOUSE, PerspectiveCamera, TOUCH, Vector3, type Camera } from 'three';
import type { CameraPreset } from '../../src/index.ts';
import { useLab } from '../lab/react/use-lab.tsx';
import { useLandscape } from '../lab/react/use-landscape.tsx';
import { syncCamera } from './camera-sync.ts';
import { createTopCamera, fitTopCamera, placeTopCamera } from './top-view.ts';

const TARGET: [number, number, number] = [0, 1, 0];
/** The perspective presets; the top view is a map, drawn with an orthographic camera (top-view.ts). */
const POSITIONS: Record<Exclude<CameraPreset, 'top'>, [number, number, number]> = {
  '3d': [-9.5, 9, 11.5],
  side: [0, 2.2, 24],
};
const FOV: Record<Exclude<CameraPreset, 'top'>, number> = { '3d': 45, side: 32 };

// In the top view the left button and one finger pan the map (it never tilts); the wheel and two
// fingers zoom. Choosing "3-D" or "Side" brings orbiting back.
const MAP_BUTTONS = { LEFT: MOUSE.PAN, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN };
const MAP_TOUCHES = { ONE: TOUCH.PAN, TWO: TOUCH.DOLLY_PAN };
const ORBIT_BUTTONS = { LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN };
const ORBIT_TOUCHES = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };

// The controls load after the scene's first frame (app/App.tsx sets sceneReady): not needed to draw it.
const OrbitControls = lazy(() =>
  import('./orbit-controls.tsx').then((m) => ({ default: m.OrbitControls })),
);
type Controls = ComponentRef<typeof import('./orbit-controls.tsx').OrbitControls>;

/**
 * Orbit, zoom and pan; the presets and the reset put the camera back; panes side by side share one
 * view. The top view switches the pane to an orthographic camera looking straight down, its
 * frustum fitted to the domain and the pane (on every resize): a flat map, panned and zoomed.
 */
export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const set = useThree((s) => s.set);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const [controls, setControls] = useState<Controls | null>(null);
  const sceneReady = useLab((s) => s.sceneReady);
  // A tall, narrow view (a phone in portrait, a pane of three) needs the camera further back.
  const aspect = width / Math.max(1, height);
  const distance = Math.min(2.6, Math.max(1, 1.25 / aspect));
  const preset = useLab((s) => s.experiment.camera);
  const resets = useLab((s) => s.cameraResets);
  const [hx, hz] = useLandscape().frame.half;
  const sync = useRef<ReturnType<typeof syncCamera> | null>(null);
  // The canvas's own perspective camera, and the top view's.
  const [perspective] = useState(() => get().camera);
  const [top] = useState(createTopCamera);
  const map = preset === 'top';

  useLayoutEffect(() => {
    const next = map ? top : perspective;
    if (get().camera !== next) set({ camera: next });
  }, [map, top, perspective, get, set]);

  useLayoutEffect(() => {
    if (map) fitTopCamera(top, [hx, hz], width, height);
    else if (perspective instanceof PerspectiveCamera) {
      // Resizes reach the current camera only: this one may have been put aside meanwhile.
      perspective.aspect = aspect;
      perspective.updateProjectionMatrix();
    }
    invalidate();
  }, [map, top, perspective, hx, hz, width, height, aspect, invalidate]);

  useEffect(() => {
    const c = controls;
    if (!c) return;
    sync.current = syncCamera({ camera, target: c.target, update: () => c.update(), invalidate });
    return () => sync.current?.dispose();
  }, [camera, invalidate, controls]);

  useEffect(() => {
    if (camera !== (map ? top : perspective)) return;
    if (map) {
      placeTopCamera(top, TARGET);
    } else {
      const [x, y, z] = POSITIONS[preset as Exclude<CameraPreset, 'top'>];
      camera.position.set(x * distance, y * distance, z * distance);
      if (camera instanceof PerspectiveCamera) {
        camera.fov = FOV[preset as Exclude<CameraPreset, 'top'>];
        camera.updateProjectionMatrix();
      }
      camera.lookAt(...TARGET);
    }
    controls?.target.set(...TARGET);
    controls?.update();
    describeCamera(gl.domElement, camera);
    invalidate();
  }, [camera, map, top, perspective, gl, invalidate, preset, resets, distance, controls]);

  return sceneReady ? (
    <Suspense fallback={null}>
      <OrbitControls
        ref={setControls}
        makeDefault
        target={TARGET}
        enableDamping={false}
        enableRotate={!map}
        mouseButtons={map ? MAP_BUTTONS : ORBIT_BUTTONS}
        touches={map ? MAP_TOUCHES : ORBIT_TOUCHES}
        // Never below the floor: the surface is drawn from above only (SurfaceMesh).
        maxPolarAngle={Math.PI / 2}
        maxDistance={120}
        minDistance={2}
        minZoom={0.5}
        maxZoom={20}
        onChange={() => {
          sync.current?.moved();
          describeCamera(gl.domElement, camera);
        }}
      />
    </Suspense>
  ) : null;
}

/**
 * Writes the kind of camera and the direction it looks in on the scene's element
 * (data-camera, data-camera-direction): what a browser test reads.
 */
const direction = new Vector3();

function describeCamera(canvas: HTMLElement, camera: Camera): void {
  const scene = canvas.closest<HTMLElement>('[data-testid="scene"]');
  if (!scene) return;
  camera.updateMatrixWorld();
  const d = camera.getWorldDirection(direction);
  scene.dataset.camera = 'isOrthographicCamera' in camera ? 'orthographic' : 'perspective';
  scene.dataset.cameraDirection = [d.x, d.y, d.z].map((v) => v.toFixed(3)).join(',');
}
