import { advance, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { OrthographicCamera, PerspectiveCamera } from 'three';
import { registerCapture } from './capture-port.ts';
import { usePane } from '../lab/react/driver-context.tsx';
import { useLabelBoard } from './label-board.tsx';
import { fitTopCamera } from './top-view.ts';

/**
 * Lets the export capture this pane: resize the renderer to the asked view, run one frame (the
 * scene's useFrame updates and a render), hand back the canvas and the labels placed for that
 * view, then put the on-screen size, pixel ratio and aspect back and ask for a normal frame.
 */
export function CaptureRegistration() {
  const { index, pane } = usePane();
  const board = useLabelBoard();
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(
    () =>
      registerCapture(index, {
        size: () => ({ width: get().size.width, height: get().size.height }),
        render(width, height, scale, draw) {
          const state = get();
          const { gl, camera, size } = state;
          const ratio = gl.getPixelRatio();
          const perspective = camera instanceof PerspectiveCamera ? camera : null;
          const aspect = perspective?.aspect ?? 1;
          // The top view's map is fitted to the image as it is to the pane.
          const map = camera instanceof OrthographicCamera ? camera : null;
          const setAspect = (a: number, w: number, h: number) => {
            if (map) fitTopCamera(map, pane().landscape.frame.half, w, h);
            if (!perspective) return;
            perspective.aspect = a;
            perspective.updateProjectionMatrix();
          };
          try {
            gl.setPixelRatio(scale);
            gl.setSize(width, height, false);
            setAspect(width / height, width, height);
            advance(performance.now(), false, state);
            // Read within this task: the drawing buffer is cleared once the page composites.
            draw(gl.domElement, board.place?.(camera, width, height) ?? []);
          } finally {
            gl.setPixelRatio(ratio);
            gl.setSize(size.width, size.height, false);
            setAspect(aspect, size.width, size.height);
            invalidate();
          }
        },
      }),
    [index, pane, board, get, invalidate],
  );
  return null;
}
