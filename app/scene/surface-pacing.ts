import { whenGpuIdle } from './gpu-idle.ts';

/**
 * Paces a pane's surface updates by its GPU. With batch normalization in training the surface
 * changes every step (a new mini-batch): its heights, colours and normals are sent to the GPU
 * again. Sent while the GPU is still drawing the last ones, the upload would wait for it on the
 * main thread (seconds a frame on a software rasterizer); so a new surface is sent only once the
 * GPU has finished drawing the one before, and meanwhile the pane keeps showing that one (the runs
 * go on moving). A GPU that keeps up sees every frame's surface, as before.
 */
export interface SurfacePacing {
  /** The landscape version the surface and its contours show. */
  shown: number;
  /** Whether a new surface may be sent now; if not, the pane is redrawn once it may (`invalidate`). */
  ready(invalidate: () => void): boolean;
  /** After a new surface was set in this frame (`version`): waits for the GPU to finish drawing it. */
  sent(gl: WebGLRenderingContext | WebGL2RenderingContext, version: number): void;
  dispose(): void;
}

export function createSurfacePacing(): SurfacePacing {
  let busy = false;
  let waiting: (() => void) | null = null;
  let cancel = () => {};
  let timer = 0;
  return {
    shown: -1,
    ready(invalidate) {
      if (busy) waiting = invalidate;
      return !busy;
    },
    sent(gl, version) {
      this.shown = version;
      busy = true;
      window.clearTimeout(timer);
      cancel();
      // The fence goes in after this frame's drawing calls (this runs before the frame's render).
      timer = window.setTimeout(() => {
        cancel = whenGpuIdle(gl, () => {
          busy = false;
          const redraw = waiting;
          waiting = null;
          redraw?.();
        });
      }, 0);
    },
    dispose() {
      window.clearTimeout(timer);
      cancel();
    },
  };
}
