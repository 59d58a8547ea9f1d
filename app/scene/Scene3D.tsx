import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { lazy, memo, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { allRuns } from '../../src/index.ts';
import { FIRST_FRAME_MARK } from '../perf/first-frame.ts';
import { useDriver, usePane } from '../lab/react/driver-context.tsx';
import type { PaneCanvas, PaneGl } from './pane-opening.tsx';
import { SceneBackground } from './SceneBackground.tsx';
import { useLandscape, usePaneProblem } from '../lab/react/use-landscape.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Axes } from './Axes.tsx';
import { CameraRig } from './CameraRig.tsx';
import { CaptureRegistration } from './CaptureRegistration.tsx';
import { LabelBoard, LabelBoardContext } from './label-board.tsx';
import { SceneLabels } from './SceneLabels.tsx';
import { ContourLines } from './ContourLines.tsx';
import { MinimaMarkers } from './MinimaMarkers.tsx';
import { OptimizerMarkers } from './OptimizerMarkers.tsx';
import { SurfaceMesh } from './SurfaceMesh.tsx';
import { warmUpInSlices, WarmUpContext } from './warm-up.tsx';
import { createSurfacePacing } from './surface-pacing.ts';

/**
 * Marks the first drawn frame in the performance timeline (read by the load benchmark), and calls
 * `then` with the canvas's context in a task of its own after it (after the frame's drawing calls).
 */
function FirstFrameMark({ then }: { then?: (gl: PaneGl) => void }) {
  const done = useRef(false);
  useFrame(({ gl }) => {
    if (done.current) return;
    done.current = true;
    if (performance.getEntriesByName(FIRST_FRAME_MARK).length === 0)
      performance.mark(FIRST_FRAME_MARK);
    if (then) setTimeout(() => then(gl.getContext()), 0);
  });
  return null;
}

// A network's path over its loss slice is drawn only once one is shown: it loads then.
const OverlayPath = lazy(() =>
  import('./OverlayPath.tsx').then((m) => ({ default: m.OverlayPath })),
);

/** How long a lost WebGL context may take to come back before the flat map replaces the scene. */
const RESTORE_WAIT_MS = 3000;

/**
 * Survives a lost WebGL context (a GPU reset, too many contexts): three.js rebuilds its state when
 * the context is restored and this draws a frame at once, even while paused; a context that does
 * not come back within RESTORE_WAIT_MS gives way to the 2-D map, with a message.
 */
function ContextLossGuard() {
  const lab = useLabApi();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let timer = 0;
    const lost = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const { setWebgl, addNotice } = lab.store.getState();
        setWebgl('failed');
        addNotice({ id: 'context-lost', key: 'noticeContextLost', tone: 'warning' });
      }, RESTORE_WAIT_MS);
    };
    const restored = () => {
      window.clearTimeout(timer);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      window.clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, lab]);
  return null;
}

/** Renders a frame whenever the driver changes something (the canvas is idle otherwise). */
function DriverInvalidator() {
  const driver = useDriver();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => driver.subscribe(() => invalidate()), [driver, invalidate]);
  return null;
}

/**
 * Everything inside the canvas, with the pane's labels. Memoized: the canvas re-renders when its
 * label changes (the current weights, a few times a second while playing), its contents need not.
 */
const SceneContents = memo(function SceneContents() {
  const board = useMemo(() => new LabelBoard(), []);
  return (
    <LabelBoardContext.Provider value={board}>
      <SceneObjects />
      <SceneLabels />
    </LabelBoardContext.Provider>
  );
});

function SceneObjects() {
  const landscape = useLandscape();
  const problem = usePaneProblem();
  const wireframe = useLab((s) => s.wireframe);
  const runCount = useLab((s) => allRuns(s.experiment).length);
  const overlay = useLab((s) => s.overlay);
  const { index } = usePane();
  // Another surface (a network's loss slice) is shown in the first pane in place of the experiment's.
  const shownOverlay = index === 0 ? overlay : null;
  const pacing = useMemo(() => createSurfacePacing(), []);
  useEffect(() => () => pacing.dispose(), [pacing]);
  return (
    <>
      <SceneBackground />
      <ambientLight intensity={0.55} />
      <directionalLight position={[6, 12, 8]} intensity={1.6} />
      <directionalLight position={[-8, 6, -6]} intensity={0.4} />
      <SurfaceMesh wireframe={wireframe} pacing={pacing} />
      <ContourLines pacing={pacing} />
      <Axes landscape={landscape} names={shownOverlay?.axes} />
      <MinimaMarkers
        landscape={landscape}
        surface={shownOverlay ? landscape.surface : problem.surface}
      />
      <OptimizerMarkers runCount={runCount} />
      {shownOverlay?.path ? (
        <Suspense fallback={null}>
          <OverlayPath />
        </Suspense>
      ) : null}
      <CameraRig />
      <DriverInvalidator />
      <ContextLossGuard />
      <CaptureRegistration />
      <FirstFrameMark />
    </>
  );
}

/**
 * The 3-D view: drawn on demand (frameloop "demand"), so a paused, idle scene costs nothing. Its
 * label names the current weights and is set on the element directly: a new label passed to the
 * canvas would re-render it, and R3F reconcile the scene, several times a second while playing.
 */
export function Scene3D({
  label,
  onFirstFrame,
  onCanvas,
  warmUp = false,
}: {
  label: string;
  onFirstFrame?: (gl: PaneGl) => void;
  /** Told when the canvas is created and when it goes. */
  onCanvas?: (canvas: PaneCanvas | null) => void;
  /**
   * Warm up before the first frame: lay out the surface and compile the shaders one by one, in
   * tasks of their own (in one frame, all of it blocks the page for over 100 ms on a software
   * rasterizer). Decided when the canvas is made (`warmsUp` says which panes do).
   */
  warmUp?: boolean;
}) {
  const lab = useLabApi();
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => holder.current?.setAttribute('aria-label', label), [label]);
  const firstFrame = useRef(onFirstFrame);
  firstFrame.current = onFirstFrame;
  const canvasChanged = useRef(onCanvas);
  canvasChanged.current = onCanvas;
  const slicing = useRef(() => {});
  useEffect(
    () => () => {
      slicing.current();
      canvasChanged.current?.(null);
    },
    [],
  );
  // What the pane's objects do before its first frame, when it warms up (decided when it is made:
  // a later change would make a new canvas).
  const [warmUps] = useState(() => (warmUp ? new Set<() => void>() : null));
  const marks = onFirstFrame !== undefined;
  const canvas = useMemo(
    () => (
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 45, near: 0.1, far: 200, position: [-9.5, 9, 11.5] }}
        gl={{ antialias: true }}
        // Checking each shader's log waits for the GPU to finish all it was given: in development only.
        onCreated={({ gl, scene, camera, setFrameloop, invalidate, get }) => {
          gl.debug.checkShaderErrors = import.meta.env.DEV;
          if (lab.store.getState().webgl === 'unknown') lab.store.getState().setWebgl('available');
          canvasChanged.current?.({ gl: gl.getContext(), setFrameloop, invalidate });
          if (!warmUps) return;
          // Nothing is drawn until the warm-up is done (R3F's loop skips an inactive root).
          get().internal.active = false;
          slicing.current = warmUpInSlices(gl, scene, camera, warmUps, () => {
            get().internal.active = true;
            invalidate();
          });
        }}
      >
        <WarmUpContext.Provider value={warmUps}>
          <SceneContents />
        </WarmUpContext.Provider>
        {marks ? <FirstFrameMark then={(gl) => firstFrame.current?.(gl)} /> : null}
      </Canvas>
    ),
    [marks, warmUps, lab],
  );
  return (
    <div ref={holder} role="img" data-testid="scene" style={{ width: '100%', height: '100%' }}>
      {canvas}
    </div>
  );
}
